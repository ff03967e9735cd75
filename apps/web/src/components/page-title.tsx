import { useEffect } from "react";

/** The browser tab names the screen (and screen readers announce it). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · DTI`;
  }, [title]);
}

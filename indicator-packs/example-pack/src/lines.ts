/** Joins the lines of a multi-line text (the method texts keep the source's line breaks). */
export function lines(...parts: string[]): string {
  return parts.join("\n");
}

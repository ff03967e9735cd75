import type { ReactNode } from "react";
import { apiErrorOf } from "../api/errors";
import { useI18n } from "../i18n/context";
import { errorText } from "../i18n/errors";

/** A visible, announced loading state (never a blank screen). */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </div>
  );
}

/** A failed load: what went wrong in the user's language, and a way to try again. */
export function ErrorState({ error, retry, title }: { error: unknown; retry?: () => void; title?: string }) {
  const { t } = useI18n();
  const info = apiErrorOf(error);
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title ?? t("common.loadFailed")}</strong>
      <p>{errorText(info, t)}</p>
      {retry && (
        <button type="button" className="btn" onClick={retry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** Shows a query's three states in one place. */
export function QueryView<T>({
  query,
  children,
  label,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
  label?: string;
}) {
  if (query.isPending) return <Loading {...(label ? { label } : {})} />;
  if (query.isError || query.data === undefined) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function DemoBadge() {
  const { t } = useI18n();
  return <span className="badge badge-demo">{t("demo.badge")}</span>;
}

import { Link, useRouteError } from "react-router";
import { ErrorState } from "../components/status";
import { useI18n } from "../i18n/context";

/** A render fault or a chunk that failed to load: say so, offer a reload, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  return (
    <main id="main" className="app-main">
      <h1>{t("error.pageTitle")}</h1>
      <ErrorState error={error} retry={() => window.location.reload()} />
      <p>
        <Link to="/">{t("common.backHome")}</Link>
      </p>
    </main>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("error.notFoundTitle")}</h1>
      <p>{t("error.notFoundText")}</p>
      <Link to="/">{t("common.backHome")}</Link>
    </section>
  );
}

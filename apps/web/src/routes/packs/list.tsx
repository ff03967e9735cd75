import { Link } from "react-router";
import { usePacks } from "../../api/hooks";
import { useUser } from "../../api/session";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatDate } from "../../format/date";
import { useI18n } from "../../i18n/context";

export default function PackList() {
  const { t } = useI18n();
  const user = useUser();
  usePageTitle(t("packs.title"));
  const packs = usePacks();
  return (
    <section>
      <div className="title-row">
        <h1>{t("packs.title")}</h1>
        <span className="button-row">
          <Link className="btn" to="/packs/compare">
            {t("compare.link")}
          </Link>
          {user.role === "national_admin" && (
            <Link className="btn" to="/packs/variant">
              {t("variant.title")}
            </Link>
          )}
          {user.role === "national_admin" && (
            <Link className="btn" to="/packs/upload">
              {t("packs.upload")}
            </Link>
          )}
        </span>
      </div>
      {packs.isPending ? (
        <Loading />
      ) : packs.isError ? (
        <ErrorState error={packs.error} retry={() => void packs.refetch()} />
      ) : packs.data.length === 0 ? (
        <Empty>{t("packs.none")}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("packs.name")}</th>
              <th scope="col">{t("packs.id")}</th>
              <th scope="col">{t("packs.years")}</th>
              <th scope="col">{t("packs.coverage")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("common.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {packs.data.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/packs/${p.id}`}>{p.title}</Link>
                </td>
                <td>
                  {p.packId} <span className="muted">v{p.version}</span>
                </td>
                <td>{p.years.join(", ")}</td>
                <td>
                  {t(
                    `packs.coverage.${p.coverage === "full" || p.coverage === "indices" || p.coverage === "published" ? p.coverage : "full"}`,
                  )}
                </td>
                <td>
                  <StatusBadge status={p.status} /> {p.pinned && <span className="badge">{t("packs.pinned")}</span>}
                </td>
                <td>{formatDate(p.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

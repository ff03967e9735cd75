import { useInfiniteQuery } from "@tanstack/react-query";
import { api, type RouterInputs } from "../api/client";
import { formatDateTime } from "../format/date";
import { useI18n } from "../i18n/context";
import { Empty, ErrorState, Loading } from "./status";

type Filter = Omit<RouterInputs["audit"]["list"], "before" | "limit">;

function short(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** The append-only audit log, newest first, a page at a time. */
export function AuditTable({ filter }: { filter: Filter }) {
  const { t } = useI18n();
  const log = useInfiniteQuery({
    queryKey: ["audit.list", filter],
    queryFn: ({ pageParam }) => api.audit.list.query({ ...filter, limit: 50, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorState error={log.error} retry={() => void log.refetch()} />;
  const entries = log.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0) return <Empty>{t("audit.none")}</Empty>;
  return (
    <>
      <table className="table table-compact audit-table">
        <thead>
          <tr>
            <th scope="col">{t("audit.when")}</th>
            <th scope="col">{t("audit.who")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.entity")}</th>
            <th scope="col">{t("audit.before")}</th>
            <th scope="col">{t("audit.after")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.actorEmail ?? t("audit.system")}</td>
              <td>{e.action}</td>
              <td>
                {e.entity} <span className="muted small">{e.entityId}</span>
              </td>
              <td className="mono">{short(e.before)}</td>
              <td className="mono">{short(e.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage && (
        <button type="button" className="btn" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          {log.isFetchingNextPage ? t("common.loading") : t("common.more")}
        </button>
      )}
    </>
  );
}

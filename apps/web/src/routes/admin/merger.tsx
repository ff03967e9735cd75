import { useQueries, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { keys, useUnits } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";

/** The 63 and the 34 across the merger of 1/7/2025, with the 2022 published values of the old units. */
export default function Merger() {
  const { t, lang } = useI18n();
  usePageTitle(t("merger.title"));
  const after = useUnits("2025-07-01");
  const before = useUnits("2025-06-30");
  const lineage = useQueries({
    queries: (after.data ?? [])
      .filter((u) => !u.isDemo)
      .map((u) => ({ queryKey: ["units.lineage", u.id], queryFn: () => api.units.lineage.query({ unitId: u.id }), staleTime: Infinity })),
  });
  const published = useQuery({ queryKey: keys.published(2022), queryFn: () => api.published.list.query({ period: 2022 }) });
  if (after.isPending || before.isPending || lineage.some((q) => q.isPending)) return <Loading />;
  if (after.isError) return <ErrorState error={after.error} retry={() => void after.refetch()} />;
  const name = new Map((before.data ?? []).map((u) => [u.id, u.name]));
  const value = new Map((published.data ?? []).map((r) => [r.unitId, r.overall]));
  const units = (after.data ?? []).filter((u) => !u.isDemo);
  return (
    <section>
      <h1>{t("merger.title")}</h1>
      <p className="muted">{t("merger.intro")}</p>
      <table className="table" data-testid="merger-table">
        <thead>
          <tr>
            <th scope="col">{t("merger.new")}</th>
            <th scope="col">{t("merger.from")}</th>
            <th scope="col" className="num">
              {t("merger.published2022")}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => {
            const from = (lineage[i]?.data ?? []).filter((l) => l.toUnitId === u.id).map((l) => l.fromUnitId);
            return (
              <tr key={u.id}>
                <td>
                  <strong>{u.name}</strong> <span className="muted small">({u.code})</span>
                </td>
                <td>
                  {from.length > 1 || (from.length === 1 && from[0] !== u.id)
                    ? from.map((id) => name.get(id) ?? id).join(" + ")
                    : t("merger.unchanged")}
                </td>
                <td className="num">{from.map((id) => formatIndex(value.get(id), lang)).join(" · ")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

import { useQueries, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { keys, useUnits } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";

/**
 * The 63 and the 34 across the merger of 1/7/2025, with the 2022 published results of the old
 * units (value, or rank where only the rank was published) and the 2024 published for the new ones.
 */
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
  const published2024 = useQuery({ queryKey: keys.published(2024), queryFn: () => api.published.list.query({ period: 2024 }) });
  if (after.isPending || before.isPending || lineage.some((q) => q.isPending)) return <Loading />;
  if (after.isError) return <ErrorState error={after.error} retry={() => void after.refetch()} />;
  const name = new Map((before.data ?? []).map((u) => [u.id, u.name]));
  const byUnit = new Map((published.data ?? []).map((r) => [r.unitId, r]));
  const byUnit2024 = new Map((published2024.data ?? []).map((r) => [r.unitId, r]));
  const shown = (r: { overall: number | null; rank: number | null } | undefined) =>
    r ? `${formatIndex(r.overall, lang)}${r.rank !== null ? ` (${t("rankings.pillarRank", { rank: r.rank })})` : ""}` : "—";
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
            <th scope="col" className="num">
              {t("merger.published2024")}
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
                <td className="num">{from.map((id) => shown(byUnit.get(id))).join(" · ")}</td>
                <td className="num">{shown(byUnit2024.get(u.id))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

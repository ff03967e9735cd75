import { useQueries, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useState } from "react";
import { api } from "../../api/client";
import { keys, usePacks, useUnits } from "../../api/hooks";
import { useUser } from "../../api/session";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { TrendSeries } from "../../charts/trend-chart";
import { UnitOptions } from "../../components/unit-options";

const TrendChart = lazy(() => import("../../charts/trend-chart"));

/** The framework each year is assessed under (the newest pack whose years include it). */
export function frameworkByYear(packs: { packId: string; years: number[]; status: string }[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const p of [...packs].filter((x) => x.status === "active").sort((a, b) => Math.min(...a.years) - Math.min(...b.years)))
    for (const y of p.years) map.set(y, p.packId);
  return map;
}

/** Years where the framework changed: the line breaks there. */
export function frameworkBreaks(years: number[], framework: Map<number, string>): number[] {
  return years.filter(
    (y, i) =>
      i > 0 &&
      framework.get(y) !== undefined &&
      framework.get(years[i - 1]!) !== undefined &&
      framework.get(y) !== framework.get(years[i - 1]!),
  );
}

export default function Trend() {
  const { t, lang } = useI18n();
  const user = useUser();
  usePageTitle(t("trend.title"));
  const units = useUnits();
  const packs = usePacks();
  const [unitId, setUnitId] = useState<string>(user.unitId ?? "p63-48");
  const framework = frameworkByYear(packs.data ?? []);
  const years = [...framework.keys()].sort((a, b) => a - b);
  const published = useQueries({
    queries: years.map((year) => ({
      queryKey: keys.published(year),
      queryFn: () => api.published.list.query({ period: year }).catch(() => []),
    })),
  });
  const assessments = useQuery({
    queryKey: keys.assessments({ unitId }),
    queryFn: () => api.assessments.list.query({ unitId }),
    enabled: user.role !== "viewer",
  });
  const scores = useQueries({
    queries: (assessments.data ?? []).map((a) => ({
      queryKey: keys.score(a.id),
      queryFn: () => api.assessments.score.query({ assessmentId: a.id }),
    })),
  });
  const fmt = useCallback((v: number) => formatIndex(v, lang), [lang]);
  if (packs.isPending || units.isPending) return <Loading />;
  if (packs.isError) return <ErrorState error={packs.error} retry={() => void packs.refetch()} />;

  const series: TrendSeries[] = [];
  const frameworks = [...new Set(years.map((y) => framework.get(y)!))];
  for (const f of frameworks) {
    const pub = years.flatMap((y, i) => {
      const row = (published[i]?.data ?? []).find((r) => r.unitId === unitId);
      return row && row.overall !== null && framework.get(y) === f ? [{ year: y, value: row.overall }] : [];
    });
    if (pub.length) series.push({ name: `${t("trend.published")} · ${f}`, points: pub });
    const comp = (assessments.data ?? []).flatMap((a, i) => {
      const s = scores[i]?.data?.result.units[0];
      return s && a.pack.id === f ? [{ year: a.period, value: s.overall }] : [];
    });
    if (comp.length) series.push({ name: `${t("trend.computed")} · ${f}`, points: comp, dashed: true });
  }
  const breaks = frameworkBreaks(years, framework);
  // Every published row of the province, rank-only ones too, year by year.
  const record = years.flatMap((y, i) => (published[i]?.data ?? []).filter((r) => r.unitId === unitId).map((r) => ({ year: y, row: r })));
  const loading = published.some((q) => q.isPending) || scores.some((q) => q.isPending);

  return (
    <section>
      <h1>{t("trend.title")}</h1>
      <div className="toolbar">
        <label htmlFor="trend-unit">{t("common.province")}</label>
        <select id="trend-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <UnitOptions units={units.data ?? []} />
        </select>
      </div>
      <p className="muted">{t("trend.intro")}</p>
      {record.length > 0 && (
        <table className="table table-compact" data-testid="trend-published">
          <caption>{t("trend.table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trend.year")}</th>
              <th scope="col">{t("common.framework")}</th>
              <th scope="col" className="num">
                {t("rankings.rank")}
              </th>
              <th scope="col" className="num">
                {t("common.value")}
              </th>
              <th scope="col">{t("published.field.note")}</th>
            </tr>
          </thead>
          <tbody>
            {record.map(({ year, row }) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{row.framework ?? framework.get(year)}</td>
                <td className="num">
                  {row.rank ?? "—"}
                  {row.rank !== null && row.cohort ? ` ${t("trend.of", { n: row.cohort })}` : ""}
                </td>
                <td className="num">{formatIndex(row.overall, lang)}</td>
                <td className="small" lang="en">
                  {row.note ?? ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="table table-compact">
        <caption>{t("trend.frameworks")}</caption>
        <tbody>
          {years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td>{framework.get(y)}</td>
              <td>{breaks.includes(y) ? <strong>{t("trend.break")}</strong> : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loading ? (
        <Loading />
      ) : series.length === 0 ? (
        <Empty>{t("trend.none")}</Empty>
      ) : (
        <div className="card">
          <Suspense fallback={<Loading label={t("common.loadingChart")} />}>
            <TrendChart years={years} series={series} breaks={breaks} format={fmt} label={t("trend.label")} breakLabel={t("trend.break")} />
          </Suspense>
        </div>
      )}
    </section>
  );
}

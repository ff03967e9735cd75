import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useState } from "react";
import { api } from "../../api/client";
import { keys } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { PeriodPicker } from "../../components/period-picker";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";

const VietnamMap = lazy(() => import("../../map/vietnam-map"));

/**
 * Provinces coloured by their published DTI; 63 units before 1/7/2025, 34 after. Where most
 * provinces have only a published rank (2022: 63 ranks, 7 values), the map is coloured by rank.
 */
export default function MapPage() {
  const { t, lang } = useI18n();
  usePageTitle(t("map.title"));
  const [period, setPeriod] = useState(2022);
  const [choice, setChoice] = useState<"auto" | "63" | "34">("auto");
  const [measureChoice, setMeasureChoice] = useState<"auto" | "value" | "rank">("auto");
  const published = useQuery({ queryKey: keys.published(period), queryFn: () => api.published.list.query({ period }) });
  const fmt = useCallback((v: number) => formatIndex(v, lang), [lang]);
  const fmtRank = useCallback((v: number) => t("map.rank", { rank: Math.round(-v) }), [t]);
  const rows = (published.data ?? []).flatMap((r) =>
    r.unitId !== null && (r.unitId.startsWith("p63-") || r.unitId.startsWith("p34-")) ? [{ ...r, unitId: r.unitId }] : [],
  );
  // The period decides: results of 2024 and later are published for the 34 units; before, the 63.
  const byPeriod: 63 | 34 = rows.some((r) => r.unitId.startsWith("p34-")) || (rows.length === 0 && period >= 2024) ? 34 : 63;
  const cohort: 63 | 34 = choice === "auto" ? byPeriod : (Number(choice) as 63 | 34);
  const inCohort = rows.filter((r) => r.unitId.startsWith(`p${cohort}-`));
  const withValue = inCohort.filter((r) => r.overall !== null).length;
  const withRank = inCohort.filter((r) => r.rank !== null).length;
  const measure = measureChoice === "auto" ? (withRank > withValue ? "rank" : "value") : measureChoice;
  // By rank, the value drawn is minus the rank: rank 1 is the highest, the darkest.
  const values = inCohort.flatMap((r) =>
    measure === "rank"
      ? r.rank !== null
        ? [{ unitId: r.unitId, name: r.unitName, value: -r.rank }]
        : []
      : r.overall !== null
        ? [{ unitId: r.unitId, name: r.unitName, value: r.overall }]
        : [],
  );
  return (
    <section>
      <h1>{t("map.title")}</h1>
      <div className="toolbar">
        <PeriodPicker value={period} onChange={setPeriod} extra={[2024, 2025]} />
        <label htmlFor="cohort">{t("map.units")}</label>
        <select id="cohort" value={choice} onChange={(e) => setChoice(e.target.value as "auto" | "63" | "34")}>
          <option value="auto">{t("map.auto", { n: byPeriod })}</option>
          <option value="63">{t("map.c63")}</option>
          <option value="34">{t("map.c34")}</option>
        </select>
        <span className="muted">{t("map.cohort", { n: cohort })}</span>
        <label htmlFor="map-measure">{t("map.measure")}</label>
        <select id="map-measure" value={measure} onChange={(e) => setMeasureChoice(e.target.value as "value" | "rank")}>
          <option value="value">{t("map.byValue")}</option>
          <option value="rank">{t("map.byRank")}</option>
        </select>
      </div>
      {measure === "rank" && measureChoice === "auto" && <p className="muted small">{t("map.rankNote", { year: period })}</p>}
      {published.isPending ? (
        <Loading />
      ) : published.isError ? (
        <ErrorState error={published.error} retry={() => void published.refetch()} />
      ) : (
        <>
          {rows.length === 0 && <Empty>{t("map.noData", { year: period })}</Empty>}
          {rows.length > 0 && values.length === 0 && <Empty>{t("map.otherCohort", { n: cohort, year: period })}</Empty>}
          <div className="map-layout">
            <div className="card map-card">
              <Suspense fallback={<Loading label={t("common.loadingMap")} />}>
                <VietnamMap
                  cohort={cohort}
                  values={values}
                  format={measure === "rank" ? fmtRank : fmt}
                  label={t("map.label", { year: period, n: cohort })}
                  legend={[t("map.high"), t("map.low")]}
                />
              </Suspense>
              <p className="muted small">{t("map.islandsNote")}</p>
              <p className="muted small">{t("map.source")}</p>
            </div>
            {rows.length > 0 && (
              // Scrolls when long (63 rows): reachable by keyboard, named for screen readers.
              <div className="card map-table" tabIndex={0} role="region" aria-label={t("map.tableCaption", { year: period })}>
                <table className="table table-compact">
                  <caption>{t("map.tableCaption", { year: period })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t("rankings.rank")}
                      </th>
                      <th scope="col">{t("common.province")}</th>
                      <th scope="col" className="num">
                        {t("common.value")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...inCohort]
                      .sort((a, b) => (a.cohort ?? "").localeCompare(b.cohort ?? "") || (a.rank ?? 999) - (b.rank ?? 999))
                      .map((r) => (
                        <tr key={r.unitId} data-cohort={r.cohort}>
                          <td className="num">{r.rank ?? "—"}</td>
                          <td>{r.unitName}</td>
                          <td className="num">{formatIndex(r.overall, lang)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}

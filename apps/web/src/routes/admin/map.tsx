import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useState } from "react";
import { api } from "../../api/client";
import { useUser } from "../../api/session";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { MapFigures } from "../../map/map-figures";

const VietnamMap = lazy(() => import("../../map/vietnam-map"));

type Units = 63 | 34;
type Source = "published" | "computed";

/**
 * Provinces coloured by their DTI, for every year with data (`map.get`): 63 units before 1/7/2025,
 * 34 after. Where most provinces have only a rank (2022: 63 ranks, 7 values), coloured by rank. On
 * the 34 without figures of their own (2025, or an earlier year of the 63 seen on the 34), the
 * back-cast of the 63's figures, labelled as an estimate, with the year it comes from to choose.
 */
export default function MapPage() {
  const { t, lang } = useI18n();
  usePageTitle(t("map.title"));
  const user = useUser();
  const [period, setPeriod] = useState(2022);
  const [choice, setChoice] = useState<"auto" | "63" | "34">("auto");
  const [source, setSource] = useState<Source>("published");
  const [from, setFrom] = useState<number | undefined>(undefined);
  const [measureChoice, setMeasureChoice] = useState<"auto" | "value" | "rank">("auto");
  const units = choice === "auto" ? undefined : (Number(choice) as Units);
  const map = useQuery({
    queryKey: ["map.get", period, units ?? "auto", source, from ?? "auto"],
    queryFn: () => api.map.get.query({ period, source, ...(units ? { units } : {}), ...(from ? { from } : {}) }),
    // The year list and the map stay on screen while another year loads.
    placeholderData: keepPreviousData,
  });
  const fmt = useCallback((v: number) => formatIndex(v, lang), [lang]);
  const fmtRank = useCallback((v: number) => t("map.rank", { rank: Math.round(-v) }), [t]);
  const data = map.data;
  const cohort: Units = data?.units ?? units ?? 63;
  const rows = data?.rows ?? [];
  const backcast = data?.mode === "backcast" ? data.backcast : null;
  const withValue = rows.filter((r) => r.overall !== null).length;
  const withRank = rows.filter((r) => r.rank !== null).length;
  // A back-cast has values only: the mean of old values is not a rank anyone gave.
  const measure = backcast ? "value" : measureChoice === "auto" ? (withRank > withValue ? "rank" : "value") : measureChoice;
  // By rank, the value drawn is minus the rank: rank 1 is the highest, the darkest.
  const values = rows.flatMap((r) =>
    measure === "rank"
      ? r.rank !== null
        ? [{ unitId: r.unitId, name: r.unitName, value: -r.rank }]
        : []
      : r.overall !== null
        ? [{ unitId: r.unitId, name: r.unitName, value: r.overall }]
        : [],
  );
  const years = data?.years.map((y) => y.period) ?? [];
  const yearOptions = years.includes(period) ? years : [period, ...years].sort((a, b) => b - a);
  return (
    <section>
      <h1>{t("map.title")}</h1>
      <div className="toolbar">
        <label htmlFor="period">{t("common.year")}</label>
        <select
          id="period"
          value={period}
          onChange={(e) => {
            setPeriod(Number(e.target.value));
            setFrom(undefined);
          }}
        >
          {yearOptions.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor="cohort">{t("map.units")}</label>
        <select id="cohort" value={choice} onChange={(e) => setChoice(e.target.value as "auto" | "63" | "34")}>
          <option value="auto">{t("map.auto", { n: data?.defaultUnits ?? cohort })}</option>
          <option value="63">{t("map.c63")}</option>
          <option value="34">{t("map.c34")}</option>
        </select>
        <span className="muted">{t("map.cohort", { n: cohort })}</span>
        {user.role === "national_admin" && (
          <>
            <label htmlFor="map-source">{t("map.sourceLabel")}</label>
            <select id="map-source" value={source} onChange={(e) => setSource(e.target.value as Source)}>
              <option value="published">{t("map.sourcePublished")}</option>
              <option value="computed">{t("map.sourceComputed")}</option>
            </select>
          </>
        )}
        <label htmlFor="map-measure">{t("map.measure")}</label>
        <select
          id="map-measure"
          value={measure}
          disabled={backcast !== null}
          onChange={(e) => setMeasureChoice(e.target.value as "value" | "rank")}
        >
          <option value="value">{t("map.byValue")}</option>
          <option value="rank">{t("map.byRank")}</option>
        </select>
      </div>
      {measure === "rank" && measureChoice === "auto" && <p className="muted small">{t("map.rankNote", { year: period })}</p>}
      {backcast && (
        <div className="alert alert-info" role="note" data-testid="map-backcast">
          {!data?.years.find((y) => y.period === period && (y.published || y.computed)) && <p>{t("map.noOwnData", { year: period })}</p>}
          <p>
            <strong>{t("map.backcastTitle")}</strong>
          </p>
          <p>
            {backcast.withValue > 0
              ? t("map.backcastText", { from: backcast.from, n: backcast.withValue })
              : t("map.backcastEmpty", { from: backcast.from })}
          </p>
          <label htmlFor="map-from">{t("map.backcastFrom")}</label>{" "}
          <select id="map-from" value={backcast.from} onChange={(e) => setFrom(Number(e.target.value))}>
            {backcast.fromYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      {map.isPending ? (
        <Loading />
      ) : map.isError ? (
        <ErrorState error={map.error} retry={() => void map.refetch()} />
      ) : (
        <>
          {data?.mode === "none" && (
            <Empty>{data.reason === "cannot_split" ? t("map.cannotSplit", { year: period }) : t("map.noData", { year: period })}</Empty>
          )}
          <div className="map-layout">
            <div className="card map-card">
              <Suspense fallback={<Loading label={t("common.loadingMap")} />}>
                <VietnamMap
                  cohort={cohort}
                  values={values}
                  format={measure === "rank" ? fmtRank : fmt}
                  label={backcast ? t("map.labelBackcast", { from: backcast.from }) : t("map.label", { year: period, n: cohort })}
                  legend={[t("map.high"), t("map.low")]}
                />
              </Suspense>
              <p className="muted small">{t("map.islandsNote")}</p>
              <p className="muted small">{t("map.source")}</p>
            </div>
            {data && rows.length > 0 && <MapFigures map={data} />}
          </div>
        </>
      )}
    </section>
  );
}

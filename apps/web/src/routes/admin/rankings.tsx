import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api } from "../../api/client";
import { fileUrls } from "../../api/files";
import { keys, useUnits } from "../../api/hooks";
import { Downloads } from "../../components/downloads";
import { useUser } from "../../api/session";
import { usePageTitle } from "../../components/page-title";
import { PeriodPicker, REGIONS } from "../../components/period-picker";
import { DemoBadge, Empty, ErrorState, Loading } from "../../components/status";
import { competitionRanks } from "@dti/conventions";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { MessageKey } from "../../i18n/messages";
import { PublishedImport } from "./published-import";

/** Published ranks beside the ranks computed from the assessments, nationally or within a region. */
export default function Rankings() {
  const { t, lang } = useI18n();
  const user = useUser();
  usePageTitle(t("rankings.title"));
  const [period, setPeriod] = useState(2022);
  const [region, setRegion] = useState<string>("all");
  const rankings = useQuery({ queryKey: keys.rankings(period), queryFn: () => api.rankings.get.query({ period }) });
  const units = useUnits();
  const regionOf = new Map((units.data ?? []).map((u) => [u.id, u.region]));
  // Published ranks first (the official order), then units ranked only from entered data.
  const rows = (rankings.data?.rows ?? [])
    .filter((r) => region === "all" || regionOf.get(r.unitId) === region)
    .sort(
      (a, b) =>
        (a.published ? 0 : 1) - (b.published ? 0 : 1) ||
        (a.published?.rank ?? a.computed?.rank ?? 1e9) - (b.published?.rank ?? b.computed?.rank ?? 1e9),
    );
  // Within a region, ranks are recounted among the region's units (ties share a rank, as published).
  const regional = region === "all" ? null : competitionRanks(rows.map((r) => r.published?.overall ?? null));
  const showComputed = user.role === "national_admin";

  return (
    <section>
      <h1>{t("rankings.title")}</h1>
      <div className="toolbar">
        <PeriodPicker value={period} onChange={setPeriod} />
        <label htmlFor="region">{t("rankings.region")}</label>
        <select id="region" value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="all">{t("rankings.national")}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`region.${r}` as MessageKey)}
            </option>
          ))}
          <option value="demo">{t("region.demo")}</option>
        </select>
      </div>
      {rankings.data && <p className="muted small">{t("rankings.framework", { pack: rankings.data.packId })}</p>}
      {rankings.data && rankings.data.rows.some((r) => r.published) && (
        <Downloads label={t("export.ranking")} xlsx={fileUrls.ranking(period, "xlsx")} csv={fileUrls.ranking(period, "csv")} />
      )}
      {user.role === "national_admin" && <PublishedImport period={period} />}
      {rankings.isPending ? (
        <Loading />
      ) : rankings.isError ? (
        <ErrorState error={rankings.error} retry={() => void rankings.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{t("rankings.none", { year: period })}</Empty>
      ) : (
        <table className="table" data-testid="rankings-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {region === "all" ? t("rankings.rank") : t("rankings.regionRank")}
              </th>
              <th scope="col">{t("common.province")}</th>
              <th scope="col" className="num">
                {t("rankings.published")}
              </th>
              {region !== "all" && (
                <th scope="col" className="num">
                  {t("rankings.nationalRank")}
                </th>
              )}
              {showComputed && (
                <>
                  <th scope="col" className="num">
                    {t("rankings.computed")}
                  </th>
                  <th scope="col" className="num">
                    {t("rankings.computedRank")}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.unitId}>
                <td className="num">{regional ? (regional[i] ?? "—") : (r.published?.rank ?? "—")}</td>
                <td>
                  {r.unitName} {r.isDemo && <DemoBadge />}
                </td>
                <td className="num">{formatIndex(r.published?.overall, lang)}</td>
                {region !== "all" && <td className="num">{r.published?.rank ?? "—"}</td>}
                {showComputed && (
                  <>
                    <td className="num">
                      {r.computed ? (
                        <Link to={`/assessments/${r.computed.assessmentId}`}>{formatIndex(r.computed.overall, lang)}</Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="num">{r.computed?.rank ?? "—"}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

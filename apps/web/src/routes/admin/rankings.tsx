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
import { NoteMarker, numberNotes, PublishedNotes, type NoteSource } from "./published-notes";

const PILLARS = ["cqs", "kts", "xhs"] as const;

/** The cohort a published row was ranked in: "63" (also "63?"), "34", or null (no published row). */
function cohortOf(cohort: string | null | undefined): "63" | "34" | null {
  return cohort?.startsWith("34") ? "34" : cohort?.startsWith("63") ? "63" : null;
}

/**
 * Published ranks beside the ranks computed from the assessments, nationally or within a region.
 * Every published row is shown as the sources give it: a rank without a value shows "—" for the
 * value; notes and an unknown cohort ("63?") are footnotes; the provincial average closes the table.
 * A period published for two cohorts (2024: the 63 and the 34) shows one table at a time.
 */
export default function Rankings() {
  const { t, lang } = useI18n();
  const user = useUser();
  usePageTitle(t("rankings.title"));
  const [period, setPeriod] = useState(2022);
  const [region, setRegion] = useState<string>("all");
  const [cohortChoice, setCohortChoice] = useState<"63" | "34" | null>(null);
  const rankings = useQuery({ queryKey: keys.rankings(period), queryFn: () => api.rankings.get.query({ period }) });
  const units = useUnits();
  const regionOf = new Map((units.data ?? []).map((u) => [u.id, u.region]));
  const cohorts = [...new Set((rankings.data?.rows ?? []).map((r) => cohortOf(r.published?.cohort)).filter((c) => c !== null))].sort();
  // Two cohorts (2024): the 34 current provinces by default.
  const cohort = cohortChoice && cohorts.includes(cohortChoice) ? cohortChoice : cohorts.includes("34") ? "34" : (cohorts[0] ?? null);
  // Published ranks first (the official order), then units ranked only from entered data.
  const rows = (rankings.data?.rows ?? [])
    .filter((r) => region === "all" || regionOf.get(r.unitId) === region)
    .filter((r) => cohorts.length < 2 || !r.published || cohortOf(r.published.cohort) === cohort)
    .sort(
      (a, b) =>
        (a.published ? 0 : 1) - (b.published ? 0 : 1) ||
        (a.published?.rank ?? a.computed?.rank ?? 1e9) - (b.published?.rank ?? b.computed?.rank ?? 1e9),
    );
  // Within a region, ranks are recounted among the region's units in the published order (ties share a rank, as published).
  const regional =
    region === "all"
      ? null
      : competitionRanks(
          rows.map((r) => (typeof r.published?.rank === "number" ? -r.published.rank : null)),
          0,
        );
  const showComputed = user.role === "national_admin";
  const averages = (rankings.data?.averages ?? []).filter((a) => cohorts.length < 2 || cohortOf(a.cohort) === cohort);
  const pillars = PILLARS.filter((id) =>
    rows.some((r) => r.published?.pillars[id] !== undefined || r.published?.pillarRanks[id] !== undefined),
  );
  const notes: NoteSource[] = [
    ...rows.flatMap((r) =>
      r.published
        ? [
            {
              key: r.unitId,
              name: r.unitName,
              note: r.published.note,
              cohort: r.published.cohort,
              nameAsPublished: r.published.nameAsPublished,
              sources: r.published.sources,
            },
          ]
        : [],
    ),
    ...averages.map((a) => ({
      key: `average:${a.cohort ?? ""}`,
      name: t("rankings.average"),
      note: a.note,
      cohort: a.cohort,
      sources: a.sources,
    })),
  ];
  const numbers = numberNotes(notes);
  const pillarCell = (value: number | undefined, rank: number | undefined) =>
    value === undefined && rank === undefined
      ? "—"
      : `${formatIndex(value, lang)}${rank !== undefined ? ` (${t("rankings.pillarRank", { rank })})` : ""}`;

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
        {cohorts.length > 1 && (
          <>
            <label htmlFor="ranking-cohort">{t("rankings.cohort")}</label>
            <select id="ranking-cohort" value={cohort ?? ""} onChange={(e) => setCohortChoice(e.target.value as "63" | "34")}>
              {cohorts.map((c) => (
                <option key={c} value={c}>
                  {t(c === "34" ? "rankings.cohort34" : "rankings.cohort63")}
                </option>
              ))}
            </select>
          </>
        )}
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
              {pillars.map((id) => (
                <th key={id} scope="col" className="num">
                  {t(`rankings.pillar.${id}` as MessageKey)}
                </th>
              ))}
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
                  {r.unitName}
                  <NoteMarker n={numbers.get(r.unitId)} /> {r.isDemo && <DemoBadge />}
                </td>
                <td
                  className="num"
                  title={r.published && r.published.overall === null && r.published.rank !== null ? t("rankings.rankOnly") : undefined}
                >
                  {formatIndex(r.published?.overall, lang)}
                </td>
                {region !== "all" && <td className="num">{r.published?.rank ?? "—"}</td>}
                {pillars.map((id) => (
                  <td key={id} className="num">
                    {pillarCell(r.published?.pillars[id], r.published?.pillarRanks[id])}
                  </td>
                ))}
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
          {averages.length > 0 && (
            <tfoot>
              {averages.map((a) => (
                <tr key={a.cohort ?? "all"} className="average-row" data-testid="average-row">
                  <td className="num">—</td>
                  <th scope="row">
                    {t("rankings.average")}
                    <NoteMarker n={numbers.get(`average:${a.cohort ?? ""}`)} />
                  </th>
                  <td className="num">{formatIndex(a.overall, lang)}</td>
                  {region !== "all" && <td className="num">—</td>}
                  {pillars.map((id) => (
                    <td key={id} className="num">
                      {pillarCell(a.pillars[id], a.pillarRanks[id])}
                    </td>
                  ))}
                  {showComputed && (
                    <>
                      <td className="num">—</td>
                      <td className="num">—</td>
                    </>
                  )}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      )}
      {rows.length > 0 && <PublishedNotes rows={notes} numbers={numbers} />}
    </section>
  );
}

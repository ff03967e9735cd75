import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { fileUrls } from "../../api/files";
import { useScore } from "../../api/hooks";
import { Downloads } from "../../components/downloads";
import { ErrorState, Loading } from "../../components/status";
import { usePageTitle } from "../../components/page-title";
import { formatIndex, formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { MessageKey } from "../../i18n/messages";
import { compareCodes } from "@dti/conventions";
import { useAssessmentContext } from "./context";
import { Snapshots } from "./snapshots";
import { provisionalText } from "../../pack/provisional";

const IndexRadar = lazy(() => import("../../charts/radar-chart"));

export default function Scorecard() {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const a = detail.assessment;
  usePageTitle(t("scorecard.title", { unit: a.unitName, year: a.period }));
  const score = useScore(a.id);
  if (score.isPending) return <Loading label={t("scorecard.computing")} />;
  if (score.isError) return <ErrorState error={score.error} retry={() => void score.refetch()} />;
  const unit = score.data.result.units[0];
  if (!unit) return <ErrorState error={new Error("no result")} />;
  const { provided, total } = score.data.completeness;
  const scored = model.indices.filter((i) => i.group !== "unscored" && unit.indices[i.code]);
  const fmt = (v: number) => formatIndex(v, lang);

  return (
    <section className="scorecard">
      <h1>{t("scorecard.title", { unit: a.unitName, year: a.period })}</h1>
      {provided < total && (
        <p className="alert alert-info" role="note">
          {t("scorecard.incomplete", { provided, total })} <Link to={`/assessments/${a.id}/entry`}>{t("scorecard.goEnter")}</Link>
        </p>
      )}
      <div className="summary-cards">
        <div className="stat">
          <span className="stat-label">{t("scorecard.overall")}</span>
          <span className="stat-value" data-testid="overall-value">
            {fmt(unit.overall)}
          </span>
          <span className="stat-sub">
            {t("scorecard.points", { points: formatPoints(unit.points, lang), max: formatPoints(unit.max, lang) })}
          </span>
        </div>
        {model.pack.aggregation.pillars.map((p) => (
          <div className="stat" key={p.id}>
            <span className="stat-label">{l(p.name)}</span>
            <span className="stat-value">{fmt(unit.pillars[p.id]?.value ?? 0)}</span>
          </div>
        ))}
        <div className="stat">
          <span className="stat-label">{t("scorecard.completeness")}</span>
          <span className="stat-value">
            {provided}/{total}
          </span>
          <span className="stat-sub">{t("scorecard.inputsEntered")}</span>
        </div>
      </div>

      <div className="two-col">
        <div className="card">
          <h2>{t("scorecard.indices")}</h2>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t("common.code")}</th>
                <th scope="col">{t("scorecard.index")}</th>
                <th scope="col" className="num">
                  {t("common.points")}
                </th>
                <th scope="col" className="num">
                  {t("common.max")}
                </th>
                <th scope="col" className="num">
                  {t("common.value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {scored.map((i) => {
                const v = unit.indices[i.code]!;
                return (
                  <tr key={i.code}>
                    <td>{i.code}</td>
                    <td>{l(i.name)}</td>
                    <td className="num">{formatPoints(v.points, lang)}</td>
                    <td className="num">{formatPoints(v.max, lang)}</td>
                    <td className="num">{fmt(v.value)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="card no-print-break">
          <h2>{t("scorecard.radar")}</h2>
          <Suspense fallback={<Loading label={t("common.loadingChart")} />}>
            <IndexRadar
              axes={scored.map((i) => `${i.code}. ${l(i.name)}`)}
              series={[{ name: a.unitName, values: scored.map((i) => unit.indices[i.code]!.value) }]}
              format={fmt}
              label={t("scorecard.radarLabel")}
            />
          </Suspense>
        </div>
      </div>

      <h2>{t("scorecard.indicators")}</h2>
      {model.indices.map((index) => {
        const list = [...(model.byIndex.get(index.code) ?? [])].sort((x, y) => compareCodes(x.code, y.code));
        if (list.length === 0) return null;
        const v = unit.indices[index.code];
        return (
          <details key={index.code} className="index-group">
            <summary>
              <span>
                {index.code}. {l(index.name)}
              </span>
              {v && (
                <span className="muted">
                  {formatPoints(v.points, lang)}/{formatPoints(v.max, lang)}
                </span>
              )}
            </summary>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t("common.code")}</th>
                  <th scope="col">{t("common.indicator")}</th>
                  <th scope="col" className="num">
                    {t("common.points")}
                  </th>
                  <th scope="col" className="num">
                    {t("common.max")}
                  </th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((ind) => {
                  const r = unit.indicators?.[ind.code];
                  return (
                    <tr key={ind.code}>
                      <td>
                        <Link to={`/assessments/${a.id}/indicators/${ind.code}`}>{ind.code}</Link>
                      </td>
                      <td>
                        {l(ind.name)}{" "}
                        {ind.provisional && (
                          <span className="badge badge-provisional" title={provisionalText(ind.provisional, l).join(" ")}>
                            {t("common.provisional")}
                          </span>
                        )}
                      </td>
                      <td className="num">{r ? formatPoints(r.points, lang) : "—"}</td>
                      <td className="num">{formatPoints(r?.max ?? ind.maxPoints, lang)}</td>
                      <td>{r ? t(`indicatorStatus.${r.status}` as MessageKey) : "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
      <Snapshots />
      <Downloads label={t("export.scorecard")} xlsx={fileUrls.scorecard(a.id, "xlsx")} csv={fileUrls.scorecard(a.id, "csv")} />
      <p className="muted small">
        {t("scorecard.packRef", {
          id: score.data.result.pack.id,
          version: score.data.result.pack.version,
          hash: score.data.result.pack.hash.slice(0, 12),
        })}
      </p>
    </section>
  );
}

import { useScore } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatDate } from "../../format/date";
import { formatIndex, formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { useAssessmentContext } from "./context";
import { PlanSummary, PlanTable, usePlan } from "./plan";

/** The province report: scorecard, lost points, plan — laid out to print to PDF from the browser. */
export default function Report() {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const a = detail.assessment;
  usePageTitle(t("report.title", { unit: a.unitName, year: a.period }));
  const score = useScore(a.id);
  const plan = usePlan(a.id);
  if (score.isPending) return <Loading label={t("scorecard.computing")} />;
  if (score.isError) return <ErrorState error={score.error} retry={() => void score.refetch()} />;
  const unit = score.data.result.units[0]!;
  const lost = Object.entries(unit.indicators ?? {})
    .filter(([code, r]) => r.lost > 1e-9 && r.status !== "not_scored" && model.indicator.get(code)?.rule.kind !== "sum_children")
    .sort(([, x], [, y]) => y.lost - x.lost)
    .slice(0, 15);
  return (
    <section className="report">
      <div className="title-row">
        <h1>{t("report.title", { unit: a.unitName, year: a.period })}</h1>
        <button type="button" className="btn no-print" onClick={() => window.print()}>
          {t("common.print")}
        </button>
      </div>
      <p className="muted">
        {l(model.pack.meta.title)} · {t("report.printed", { date: formatDate(new Date()) })}
        {a.isDemo && <strong> · {t("demo.badge")}</strong>}
      </p>
      <h2>{t("report.scorecard")}</h2>
      <table className="table table-compact">
        <tbody>
          <tr>
            <th scope="row">{t("scorecard.overall")}</th>
            <td className="num">{formatIndex(unit.overall, lang)}</td>
            <td className="num">
              {formatPoints(unit.points, lang)}/{formatPoints(unit.max, lang)}
            </td>
          </tr>
          {model.pack.aggregation.pillars.map((p) => (
            <tr key={p.id}>
              <th scope="row">{l(p.name)}</th>
              <td className="num">{formatIndex(unit.pillars[p.id]?.value, lang)}</td>
              <td className="num">
                {formatPoints(unit.pillars[p.id]?.points, lang)}/{formatPoints(unit.pillars[p.id]?.max, lang)}
              </td>
            </tr>
          ))}
          {model.indices
            .filter((i) => unit.indices[i.code] && i.group !== "unscored")
            .map((i) => (
              <tr key={i.code}>
                <th scope="row">
                  {i.code}. {l(i.name)}
                </th>
                <td className="num">{formatIndex(unit.indices[i.code]!.value, lang)}</td>
                <td className="num">
                  {formatPoints(unit.indices[i.code]!.points, lang)}/{formatPoints(unit.indices[i.code]!.max, lang)}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <h2>{t("report.lost")}</h2>
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">{t("common.indicator")}</th>
            <th scope="col" className="num">
              {t("gains.attainable")}
            </th>
            <th scope="col" className="num">
              {t("gains.current")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lost.map(([code, r]) => (
            <tr key={code}>
              <td>
                <strong>{code}</strong> {l(model.indicator.get(code)?.name)}
              </td>
              <td className="num">+{formatPoints(r.lost, lang)}</td>
              <td className="num">
                {formatPoints(r.points, lang)}/{formatPoints(r.max, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("plan.title")}</h2>
      <PlanSummary readOnly />
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorState error={plan.error} />
      ) : plan.data.length === 0 ? (
        <Empty>{t("plan.none")}</Empty>
      ) : (
        <PlanTable items={plan.data} readOnly />
      )}
    </section>
  );
}

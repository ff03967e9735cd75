import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { keys, useScore } from "../../api/hooks";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { useAssessmentContext } from "./context";
import { currentValue, describeValue } from "./values-text";

/**
 * "Nơi có thể tăng điểm": every indicator that lost points, ranked by the points still attainable,
 * with the value that would earn them, as the provinces' own improvement plans list them.
 */
export default function Gains() {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  usePageTitle(t("gains.title"));
  const score = useScore(a.id);
  const plans = useQuery({ queryKey: keys.plans(a.id), queryFn: () => api.plans.list.query({ assessmentId: a.id }) });
  const add = useMutation({
    // A suggestion the stored values do not allow (a denominator not entered yet…) is kept as a note:
    // the task is still added, its target set later on the plan page.
    mutationFn: async (input: Parameters<typeof api.plans.create.mutate>[0]) => {
      try {
        return await api.plans.create.mutate(input);
      } catch (error) {
        if (apiErrorOf(error).code !== "PLAN_TARGET_INVALID" || !input.targetInputs) throw error;
        const { targetInputs: _dropped, ...rest } = input;
        return api.plans.create.mutate(rest);
      }
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.plans(a.id) }),
  });
  if (score.isPending) return <Loading label={t("scorecard.computing")} />;
  if (score.isError) return <ErrorState error={score.error} retry={() => void score.refetch()} />;
  const unit = score.data.result.units[0];
  const rows = Object.entries(unit?.indicators ?? {})
    .filter(([code, r]) => r.lost > 1e-9 && r.status !== "not_scored" && model.indicator.get(code)?.rule.kind !== "sum_children")
    .sort(([ca, ra], [cb, rb]) => rb.lost - ra.lost || ca.localeCompare(cb, undefined, { numeric: true }));
  const total = rows.reduce((s, [, r]) => s + r.lost, 0);
  const planned = new Set((plans.data ?? []).map((p) => p.indicatorCode));
  const vt = (id: string, v: unknown) => describeValue(model, id, v, lang, t);

  return (
    <section>
      <h1>{t("gains.title")}</h1>
      <p className="lead">{t("gains.intro", { points: formatPoints(total, lang), n: rows.length })}</p>
      {add.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(add.error), t)}
        </p>
      )}
      {rows.length === 0 ? (
        <Empty>{t("gains.none")}</Empty>
      ) : (
        <div className="table-scroll">
          <table className="table stack-on-phone" data-testid="gains-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("common.indicator")}</th>
                <th scope="col" className="num">
                  {t("gains.attainable")}
                </th>
                <th scope="col" className="num">
                  {t("gains.current")}
                </th>
                <th scope="col">{t("gains.needed")}</th>
                <th scope="col">{t("common.leadAgency")}</th>
                <th scope="col">
                  <span className="sr-only">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([code, r], i) => {
                const ind = model.indicator.get(code);
                const hints = r.explanation?.toFullPoints ?? [];
                const assignment = detail.assignments.find((x) => x.indicatorCode === code);
                const lead = assignment?.leadAgency ?? ind?.leadAgency ?? null;
                // The value the score was computed from (the explanation's), else the stored one.
                const now = (id: string) => r.explanation?.inputs.find((x) => x.input === id)?.value ?? currentValue(detail, id);
                const currentText = hints.map((h) => `${h.address} = ${vt(h.input, now(h.input))}`).join("; ");
                return (
                  <tr key={code}>
                    <td data-label="#">{i + 1}</td>
                    <td data-label={t("common.indicator")}>
                      <Link to={`/assessments/${a.id}/indicators/${code}`}>
                        <strong>{code}</strong> {l(ind?.name)}
                      </Link>
                    </td>
                    <td className="num" data-label={t("gains.attainable")}>
                      <strong>+{formatPoints(r.lost, lang)}</strong>
                    </td>
                    <td className="num" data-label={t("gains.current")}>
                      {formatPoints(r.points, lang)}/{formatPoints(r.max, lang)}
                    </td>
                    <td data-label={t("gains.needed")}>
                      {hints.length > 0 ? (
                        <ul className="plain">
                          {hints.map((h) => (
                            <li key={h.input}>
                              {h.address} = <strong>{vt(h.input, h.value)}</strong>
                              <span className="muted small">
                                {" "}
                                ({t("gains.now")}: {vt(h.input, now(h.input))})
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">{r.status === "missing" ? t("gains.enterData") : t("gains.seeMethod")}</span>
                      )}
                    </td>
                    <td data-label={t("common.leadAgency")}>{model.agencyName(lead, lang)}</td>
                    <td className="nowrap">
                      {planned.has(code) ? (
                        <Link to={`/assessments/${a.id}/plan`}>{t("gains.inPlan")}</Link>
                      ) : detail.permissions.manage ? (
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={add.isPending}
                          aria-label={t("gains.addToPlanNamed", { code })}
                          onClick={() =>
                            add.mutate({
                              assessmentId: a.id,
                              indicatorCode: code,
                              currentValue: currentText || null,
                              // The engine's "what would earn full points", as the target: its points are computed.
                              ...(hints.some((h) => h.value !== null)
                                ? {
                                    targetInputs: Object.fromEntries(
                                      hints.filter((h) => h.value !== null).map((h) => [h.input, h.value as number | boolean | string]),
                                    ),
                                  }
                                : {}),
                              leadAgency: lead,
                              cooperatingAgencies: assignment?.cooperatingAgencies ?? ind?.cooperatingAgencies ?? [],
                            })
                          }
                        >
                          {t("gains.addToPlan")}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

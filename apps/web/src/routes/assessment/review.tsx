import { INDICATOR_STATUSES } from "@dti/contracts/enums";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { keys } from "../../api/hooks";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { compareCodes } from "@dti/conventions";
import { useAssessmentContext } from "./context";

type Filter = "all" | "submitted" | "returned" | "approved" | "draft";

/** The province's review: approve or return each submitted indicator, then submit / lock the assessment. */
export default function Review() {
  const { detail, model } = useAssessmentContext();
  const { t, l } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  usePageTitle(t("review.title"));
  const [filter, setFilter] = useState<Filter>("submitted");
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [missingReason, setMissingReason] = useState<string | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: keys.assessment(a.id) });
    void queryClient.invalidateQueries({ queryKey: ["assessments.list"] });
  };
  const move = useMutation({
    mutationFn: (input: { code: string; action: "approve" | "return"; version: number }) =>
      api.workflow.transition.mutate({
        assessmentId: a.id,
        indicatorCode: input.code,
        action: input.action,
        expectedVersion: input.version,
        ...(input.action === "return" ? { reason: reasons[input.code]?.trim() ?? "" } : {}),
      }),
    onSuccess: refresh,
  });
  const transition = useMutation({
    mutationFn: (action: "submit" | "lock" | "reopen") =>
      api.assessments.transition.mutate({ assessmentId: a.id, action, expectedVersion: a.version }),
    onSuccess: refresh,
  });
  const state = (code: string) => detail.workflow.find((w) => w.indicatorCode === code);
  const indicators = [...model.pack.indicators]
    .sort((x, y) => compareCodes(x.code, y.code))
    .filter((i) => filter === "all" || (state(i.code)?.status ?? "draft") === filter);
  const counts = model.pack.indicators.reduce<Record<string, number>>((acc, i) => {
    const s = state(i.code)?.status ?? "draft";
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});
  const error = move.error ?? transition.error;

  return (
    <section>
      <h1>{t("review.title")}</h1>
      <div className="card">
        <h2>{t("review.assessment")}</h2>
        <p>
          {t("common.status")}: <StatusBadge status={a.status} />{" "}
          <span className="muted">{INDICATOR_STATUSES.map((s) => `${t(`status.${s}`)}: ${counts[s] ?? 0}`).join(" · ")}</span>
        </p>
        <div className="button-row">
          {detail.permissions.manage && a.status === "open" && (
            <button type="button" className="btn btn-primary" onClick={() => transition.mutate("submit")} disabled={transition.isPending}>
              {t("review.submitAssessment")}
            </button>
          )}
          {detail.permissions.lock && a.status === "submitted" && (
            <>
              <button type="button" className="btn btn-primary" onClick={() => transition.mutate("lock")} disabled={transition.isPending}>
                {t("review.lock")}
              </button>
              <button type="button" className="btn" onClick={() => transition.mutate("reopen")} disabled={transition.isPending}>
                {t("review.reopen")}
              </button>
            </>
          )}
        </div>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(error), t)}
        </p>
      )}
      <div className="toolbar">
        <label htmlFor="review-filter">{t("review.show")}</label>
        <select id="review-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {(["submitted", "returned", "approved", "draft", "all"] as const).map((f) => (
            <option key={f} value={f}>
              {f === "all" ? t("common.all") : t(`status.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {indicators.length === 0 ? (
        <p className="empty">{t("review.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("common.indicator")}</th>
              <th scope="col">{t("common.status")}</th>
              <th scope="col">{t("review.reason")}</th>
              <th scope="col">
                <span className="sr-only">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => {
              const s = state(i.code);
              const status = s?.status ?? "draft";
              const reviewable = detail.permissions.review && status === "submitted" && a.status !== "locked";
              const reasonId = `reason-${i.code}`;
              return (
                <tr key={i.code}>
                  <td>
                    <Link to={`/assessments/${a.id}/indicators/${i.code}`}>
                      <strong>{i.code}</strong> {l(i.name)}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge status={status} />
                  </td>
                  <td>
                    {reviewable ? (
                      <>
                        <label htmlFor={reasonId} className="sr-only">
                          {t("review.reasonFor", { code: i.code })}
                        </label>
                        <input
                          id={reasonId}
                          value={reasons[i.code] ?? ""}
                          onChange={(e) => setReasons({ ...reasons, [i.code]: e.target.value })}
                          placeholder={t("review.reasonPlaceholder")}
                          aria-invalid={missingReason === i.code || undefined}
                        />
                        {missingReason === i.code && <p className="field-error">{t("review.reasonRequired")}</p>}
                      </>
                    ) : (
                      (s?.reason ?? "")
                    )}
                  </td>
                  <td className="actions">
                    {reviewable && (
                      <>
                        <button
                          type="button"
                          className="btn btn-small btn-primary"
                          onClick={() => move.mutate({ code: i.code, action: "approve", version: s?.version ?? 0 })}
                          aria-label={t("review.approveNamed", { code: i.code })}
                        >
                          {t("review.approve")}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-label={t("review.returnNamed", { code: i.code })}
                          onClick={() => {
                            if (!reasons[i.code]?.trim()) return setMissingReason(i.code);
                            setMissingReason(null);
                            move.mutate({ code: i.code, action: "return", version: s?.version ?? 0 });
                          }}
                        >
                          {t("review.return")}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

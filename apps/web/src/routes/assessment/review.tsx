import { INDICATOR_STATUSES } from "@dti/contracts/enums";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { CompletenessDto } from "@dti/contracts";
import { Link } from "react-router";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { keys } from "../../api/hooks";
import { StatusBadge } from "../../components/badges";
import { Dialog } from "../../components/dialog";
import { useUser } from "../../api/session";
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
  const user = useUser();
  const [dialog, setDialog] = useState<null | "submit" | "lock" | "reopen">(null);
  const [reopenReason, setReopenReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const transition = useMutation({
    mutationFn: (action: "submit" | "lock" | "reopen") =>
      api.assessments.transition.mutate({
        assessmentId: a.id,
        action,
        expectedVersion: a.version,
        ...(action === "submit" ? { confirm: true } : {}),
        ...(action === "reopen" ? { reason: reopenReason.trim() } : {}),
      }),
    onSuccess: () => {
      setDialog(null);
      setReopenReason("");
      refresh();
      void queryClient.invalidateQueries({ queryKey: ["inbox.mine"] });
    },
  });
  // What is incomplete, read when the submit dialog opens: the province confirms knowing it.
  const completeness = useQuery({
    queryKey: ["assessments.completeness", a.id, a.version, detail.workflow.length],
    queryFn: () => api.assessments.completeness.query({ assessmentId: a.id }),
    enabled: dialog === "submit",
  });
  const openDialog = (which: "submit" | "lock" | "reopen") => {
    transition.reset();
    setReasonMissing(false);
    setDialog(which);
  };
  const state = (code: string) => detail.workflow.find((w) => w.indicatorCode === code);
  const indicators = [...model.pack.indicators]
    .sort((x, y) => compareCodes(x.code, y.code))
    .filter((i) => filter === "all" || (state(i.code)?.status ?? "draft") === filter);
  const counts = model.pack.indicators.reduce<Record<string, number>>((acc, i) => {
    const s = state(i.code)?.status ?? "draft";
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});
  const error = move.error ?? (dialog === null ? transition.error : null);
  const indexName = (code: string) => {
    const index = model.indices.find((i) => i.code === code);
    return index ? `${index.code}. ${l(index.name)}` : code;
  };

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
            <button type="button" className="btn btn-primary" onClick={() => openDialog("submit")} disabled={transition.isPending}>
              {t("review.submitAssessment")}
            </button>
          )}
          {detail.permissions.lock && a.status === "submitted" && (
            <button type="button" className="btn btn-primary" onClick={() => openDialog("lock")} disabled={transition.isPending}>
              {t("review.lock")}
            </button>
          )}
          {detail.permissions.lock && a.status !== "open" && (
            <button type="button" className="btn" onClick={() => openDialog("reopen")} disabled={transition.isPending}>
              {t("review.reopen")}
            </button>
          )}
        </div>
      </div>
      <Dialog open={dialog === "submit"} title={t("submit.title")} onClose={() => setDialog(null)}>
        {completeness.isPending ? (
          <p role="status">{t("common.loading")}</p>
        ) : completeness.isError ? (
          <p className="alert alert-error" role="alert">
            {errorText(apiErrorOf(completeness.error), t)}
          </p>
        ) : (
          <Incomplete data={completeness.data} assessmentId={a.id} indexName={(code) => indexName(code)} />
        )}
        <p className="muted small">{t("submit.afterSubmit")}</p>
        {dialog === "submit" && transition.error && (
          <p className="alert alert-error" role="alert">
            {errorText(apiErrorOf(transition.error), t)}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={!completeness.data || transition.isPending}
            onClick={() => transition.mutate("submit")}
          >
            {completeness.data && completeness.data.incomplete === 0 ? t("submit.confirmComplete") : t("submit.confirm")}
          </button>
          <button type="button" className="btn" onClick={() => setDialog(null)}>
            {t("submit.cancel")}
          </button>
        </div>
      </Dialog>
      <Dialog open={dialog === "lock"} title={t("lock.title")} onClose={() => setDialog(null)}>
        <p>{t("lock.text")}</p>
        {dialog === "lock" && transition.error && (
          <p className="alert alert-error" role="alert">
            {errorText(apiErrorOf(transition.error), t)}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="btn btn-primary" disabled={transition.isPending} onClick={() => transition.mutate("lock")}>
            {t("lock.confirm")}
          </button>
          <button type="button" className="btn" onClick={() => setDialog(null)}>
            {t("submit.cancel")}
          </button>
        </div>
      </Dialog>
      <Dialog open={dialog === "reopen"} title={t("reopen.title")} onClose={() => setDialog(null)}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!reopenReason.trim()) return setReasonMissing(true);
            setReasonMissing(false);
            transition.mutate("reopen");
          }}
        >
          <p>{t("reopen.text")}</p>
          <label htmlFor="reopen-reason">{t("reopen.reason")}</label>
          <textarea
            id="reopen-reason"
            value={reopenReason}
            onChange={(e) => setReopenReason(e.target.value)}
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? "reopen-reason-error" : undefined}
            maxLength={2000}
          />
          {reasonMissing && (
            <p id="reopen-reason-error" className="field-error">
              {t("reopen.reasonRequired")}
            </p>
          )}
          {dialog === "reopen" && transition.error && (
            <p className="alert alert-error" role="alert">
              {errorText(apiErrorOf(transition.error), t)}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={transition.isPending}>
              {t("reopen.confirm")}
            </button>
            <button type="button" className="btn" onClick={() => setDialog(null)}>
              {t("submit.cancel")}
            </button>
          </div>
        </form>
      </Dialog>
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
                    {reviewable && s?.updatedBy === user.id && <p className="hint">{t("review.ownSubmission")}</p>}
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

const KINDS = ["draft", "returned", "submitted", "missingInputs", "missingEvidence"] as const;
const FIRST = 10;

/** What is incomplete, before the province submits: counts per kind and per main index, and the first indicators, linked. */
function Incomplete({
  data,
  assessmentId,
  indexName,
}: {
  data: CompletenessDto;
  assessmentId: string;
  indexName: (code: string) => string;
}) {
  const { t } = useI18n();
  if (data.incomplete === 0) return <p>{t("submit.allComplete")}</p>;
  return (
    <div className="incomplete" data-testid="incomplete">
      <p>
        <strong>{t("submit.incomplete", { n: data.incomplete, total: data.total })}</strong>
      </p>
      <ul className="incomplete-counts">
        {KINDS.filter((k) => data.counts[k] > 0).map((k) => (
          <li key={k}>
            {t(`submit.kind.${k}`)}: <strong>{data.counts[k]}</strong>
          </li>
        ))}
      </ul>
      <h3 className="small">{t("submit.perIndex")}</h3>
      <ul className="incomplete-counts">
        {data.indices
          .filter((i) => i.incomplete > 0)
          .map((i) => (
            <li key={i.index}>{t("submit.indexLine", { index: indexName(i.index), n: i.incomplete })}</li>
          ))}
      </ul>
      <h3 className="small">{t("submit.firstItems")}</h3>
      <ul className="incomplete-items">
        {data.items.slice(0, FIRST).map((item) => (
          <li key={item.indicatorCode}>
            <Link to={`/assessments/${assessmentId}/indicators/${item.indicatorCode}`}>{item.indicatorCode}</Link>:{" "}
            {item.problems.map((p) => t(`submit.kind.${p}`)).join(", ")}
          </li>
        ))}
      </ul>
      {data.items.length > FIRST && <p className="muted small">{t("inbox.more", { n: data.items.length - FIRST })}</p>}
    </div>
  );
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { evidenceUrl, uploadEvidence } from "../../api/evidence";
import { keys, useScore } from "../../api/hooks";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { toText } from "../../entry/values";
import { formatDateTime } from "../../format/date";
import { formatNumber, formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import type { MessageKey } from "../../i18n/messages";
import { ProvisionalNotice } from "../../pack/provisional";
import { AssignmentCard } from "./assignment";
import { useAssessmentContext } from "./context";

export default function IndicatorDetail() {
  const { code = "" } = useParams();
  const { detail, model, canEdit } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const a = detail.assessment;
  const indicator = model.indicator.get(code);
  usePageTitle(indicator ? `${code} ${l(indicator.name)}` : code);
  const score = useScore(a.id);
  if (!indicator)
    return (
      <section>
        <h1>{t("error.notFoundTitle")}</h1>
        <p>{t("indicator.unknown", { code })}</p>
      </section>
    );
  const result = score.data?.result.units[0]?.indicators?.[code];
  const explanation = result?.explanation;
  const sourceOf = new Map(detail.inputs.filter((v) => v.source).map((v) => [v.inputId, v.source!]));
  const valueText = (inputId: string, value: unknown) => {
    const def = model.input.get(inputId);
    if (value === null || value === undefined) return t("entry.notEntered");
    if (def?.unit === "boolean") return value ? t("common.yes") : t("common.no");
    if (def?.unit === "choice") return l(def.options?.find((o) => o.value === value)?.label) || String(value);
    if (typeof value === "number") return formatNumber(value, lang);
    return def ? toText(value as never, def, lang) : String(value);
  };

  return (
    <section className="indicator-detail">
      <p className="eyebrow">
        <Link to={`/assessments/${a.id}/entry?index=${indicator.index}`}>← {t("indicator.backToEntry")}</Link>
      </p>
      <h1>
        <span className="code">{indicator.code}</span> {l(indicator.name)}
      </h1>
      <div className="summary-cards">
        <div className="stat">
          <span className="stat-label">{t("common.points")}</span>
          <span className="stat-value">{result ? formatPoints(result.points, lang) : "—"}</span>
          <span className="stat-sub">{t("indicator.ofMax", { max: formatPoints(indicator.maxPoints, lang) })}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t("indicator.lost")}</span>
          <span className="stat-value">{result ? formatPoints(result.lost, lang) : "—"}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t("common.status")}</span>
          <span className="stat-value small-value">{result ? t(`indicatorStatus.${result.status}` as MessageKey) : "—"}</span>
        </div>
      </div>
      {indicator.provisional && <ProvisionalNotice provisional={indicator.provisional} i18n={{ t, l }} />}

      <div className="two-col">
        <div className="card">
          <h2>{t("indicator.how")}</h2>
          {score.isPending && <Loading />}
          {score.isError && <ErrorState error={score.error} retry={() => void score.refetch()} />}
          {explanation && (
            <>
              <p className="formula">{l(explanation.rule)}</p>
              <table className="table table-compact">
                <caption>{t("indicator.inputsUsed")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("indicator.address")}</th>
                    <th scope="col">{t("indicator.input")}</th>
                    <th scope="col" className="num">
                      {t("common.value")}
                    </th>
                    <th scope="col">{t("indicator.source")}</th>
                  </tr>
                </thead>
                <tbody>
                  {explanation.inputs.map((x) => (
                    <tr key={x.input}>
                      <td>{x.address}</td>
                      <td>{l(model.input.get(x.input)?.label) || x.input}</td>
                      <td className="num">{valueText(x.input, x.value)}</td>
                      <td className="small">{sourceOf.get(x.input) ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {explanation.notes.length > 0 && (
                <ul className="notes">
                  {explanation.notes.map((n, i) => (
                    <li key={i}>{l(n)}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <h3>{t("indicator.fullPoints")}</h3>
          {result && result.lost <= 0 ? (
            <p className="ok">{t("indicator.alreadyFull")}</p>
          ) : explanation && explanation.toFullPoints.length > 0 ? (
            <ul>
              {explanation.toFullPoints.map((h) => (
                <li key={h.input}>
                  <strong>{h.address}</strong> ({l(model.input.get(h.input)?.label) || h.input}) ={" "}
                  <strong>{valueText(h.input, h.value)}</strong>
                  {h.note && <span className="muted"> — {l(h.note)}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("indicator.noSingleChange")}</p>
          )}
        </div>
        <div className="card">
          <h2>{t("indicator.methodTitle")}</h2>
          <p className="pre">{l(indicator.method)}</p>
          <p className="small">
            <strong>{t("common.leadAgency")}:</strong> {model.agencyName(indicator.leadAgency, lang)}
          </p>
          {indicator.evidence && (
            <p className="small">
              <strong>{t("entry.evidenceNeeded")}:</strong> {l(indicator.evidence)}
            </p>
          )}
        </div>
      </div>
      <AssignmentCard code={code} />
      <Workflow code={code} />
      <EvidencePanel code={code} canUpload={canEdit(code)} />
    </section>
  );
}

function Workflow({ code }: { code: string }) {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  const state = detail.workflow.find((w) => w.indicatorCode === code);
  const status = state?.status ?? "draft";
  const version = state?.version ?? 0;
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState(false);
  const move = useMutation({
    mutationFn: (action: "submit" | "approve" | "return") =>
      api.workflow.transition.mutate({
        assessmentId: a.id,
        indicatorCode: code,
        action,
        expectedVersion: version,
        ...(action === "return" ? { reason: reason.trim() } : {}),
      }),
    onSuccess: () => {
      setReason("");
      void queryClient.invalidateQueries({ queryKey: keys.assessment(a.id) });
    },
  });
  const canSubmit = a.status === "open" && detail.permissions.indicators.includes(code) && (status === "draft" || status === "returned");
  const canReview = a.status !== "locked" && detail.permissions.review && status === "submitted";
  return (
    <div className="card">
      <h2>{t("indicator.workflow")}</h2>
      <p>
        {t("common.status")}: <StatusBadge status={status} />
        {state?.updatedAt && <span className="muted small"> · {formatDateTime(state.updatedAt)}</span>}
      </p>
      {status === "returned" && state?.reason && (
        <p className="alert alert-warn">
          <strong>{t("review.returnedBecause")}:</strong> {state.reason}
        </p>
      )}
      {move.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(move.error), t)}
        </p>
      )}
      <div className="button-row">
        {canSubmit && (
          <button type="button" className="btn btn-primary" onClick={() => move.mutate("submit")} disabled={move.isPending}>
            {t("review.submitIndicator")}
          </button>
        )}
        {canReview && (
          <button type="button" className="btn btn-primary" onClick={() => move.mutate("approve")} disabled={move.isPending}>
            {t("review.approve")}
          </button>
        )}
      </div>
      {canReview && (
        <form
          className="return-form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (!reason.trim()) return setReasonError(true);
            setReasonError(false);
            move.mutate("return");
          }}
        >
          <label htmlFor={`reason-${code}`}>{t("review.reason")}</label>
          <textarea
            id={`reason-${code}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError || undefined}
            aria-describedby={reasonError ? `reason-${code}-error` : undefined}
            rows={2}
          />
          {reasonError && (
            <p id={`reason-${code}-error`} className="field-error">
              {t("review.reasonRequired")}
            </p>
          )}
          <button type="submit" className="btn" disabled={move.isPending}>
            {t("review.return")}
          </button>
        </form>
      )}
    </div>
  );
}

function EvidencePanel({ code, canUpload }: { code: string; canUpload: boolean }) {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  const fileRef = useRef<HTMLInputElement>(null);
  const list = useQuery({
    queryKey: keys.evidence(a.id, code),
    queryFn: () => api.evidence.list.query({ assessmentId: a.id, indicatorCode: code }),
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence({ assessmentId: a.id, indicatorCode: code, file }),
    onSuccess: () => {
      if (fileRef.current) fileRef.current.value = "";
      void queryClient.invalidateQueries({ queryKey: keys.evidence(a.id, code) });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.evidence.remove.mutate({ id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.evidence(a.id, code) }),
  });
  return (
    <div className="card">
      <h2>{t("evidence.title")}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t("evidence.none")}</Empty>
      ) : (
        <ul className="evidence-list">
          {list.data.map((e) => (
            <li key={e.id}>
              <a href={evidenceUrl(e.id)} download={e.fileName}>
                {e.fileName}
              </a>{" "}
              <span className="muted small">
                {e.mediaType} · {Math.ceil(e.sizeBytes / 1024)} KB · {formatDateTime(e.uploadedAt)}
              </span>
              {canUpload && (
                <button
                  type="button"
                  className="btn-link danger"
                  onClick={() => remove.mutate(e.id)}
                  aria-label={t("evidence.removeNamed", { name: e.fileName })}
                >
                  {t("evidence.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <form
          className="upload-form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            const file = fileRef.current?.files?.[0];
            if (file) upload.mutate(file);
          }}
        >
          <label htmlFor={`evidence-${code}`}>{t("evidence.choose")}</label>
          <input id={`evidence-${code}`} type="file" ref={fileRef} accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,.ods,.txt,.csv" />
          <button type="submit" className="btn" disabled={upload.isPending}>
            {upload.isPending ? t("evidence.uploading") : t("evidence.upload")}
          </button>
          <p className="muted small">{t("evidence.hint")}</p>
          {upload.error && (
            <p className="alert alert-error" role="alert">
              {errorText(apiErrorOf(upload.error), t)}
            </p>
          )}
          {upload.isSuccess && (
            <p className="ok" role="status">
              {upload.data.created ? t("evidence.uploaded") : t("evidence.duplicate")}
            </p>
          )}
        </form>
      )}
    </div>
  );
}

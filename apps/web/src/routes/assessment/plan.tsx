import { PLAN_STATUSES } from "@dti/contracts/enums";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, type RouterOutputs } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { fileUrls } from "../../api/files";
import { keys } from "../../api/hooks";
import { Downloads } from "../../components/downloads";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatDate, parseDate } from "../../format/date";
import { compareCodes, parseNumber } from "@dti/conventions";
import { formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { useUser } from "../../api/session";
import { useAssessmentContext } from "./context";

export type PlanItem = RouterOutputs["plans"]["list"][number];

export function usePlan(assessmentId: string) {
  return useQuery({ queryKey: keys.plans(assessmentId), queryFn: () => api.plans.list.query({ assessmentId }) });
}

/** The improvement plan (Phụ lục 1): task per indicator, target, lead agency, deadline; prints as a table. */
export default function Plan() {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const a = detail.assessment;
  usePageTitle(t("plan.title"));
  const plan = usePlan(a.id);
  return (
    <section>
      <div className="title-row">
        <h1>{t("plan.title")}</h1>
        <button type="button" className="btn no-print" onClick={() => window.print()}>
          {t("common.print")}
        </button>
      </div>
      <p className="print-only">
        {a.unitName} · {t("common.year")} {a.period}
      </p>
      <p className="muted no-print">
        {t("plan.intro")} <Link to={`/assessments/${a.id}/gains`}>{t("tab.gains")}</Link>
      </p>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorState error={plan.error} retry={() => void plan.refetch()} />
      ) : plan.data.length === 0 ? (
        <Empty>{t("plan.none")}</Empty>
      ) : (
        <PlanTable items={plan.data} />
      )}
      {plan.data && plan.data.length > 0 && (
        <Downloads label={t("export.plan")} xlsx={fileUrls.plan(a.id, "xlsx")} csv={fileUrls.plan(a.id, "csv")} />
      )}
    </section>
  );
}

export function PlanTable({ items, readOnly = false }: { items: PlanItem[]; readOnly?: boolean }) {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const sorted = [...items].sort((x, y) => compareCodes(x.indicatorCode, y.indicatorCode));
  const manage = detail.permissions.manage && !readOnly;
  return (
    <table className="table plan-table" data-testid="plan-table">
      <thead>
        <tr>
          <th scope="col">{t("common.indicator")}</th>
          <th scope="col">{t("plan.current")}</th>
          <th scope="col">{t("plan.target")}</th>
          <th scope="col" className="num">
            {t("plan.targetPoints")}
          </th>
          <th scope="col">{t("common.leadAgency")}</th>
          <th scope="col">{t("common.cooperating")}</th>
          <th scope="col">{t("plan.deadline")}</th>
          <th scope="col">{t("common.status")}</th>
          <th scope="col">{t("plan.progress")}</th>
          {manage && (
            <th scope="col" className="no-print">
              <span className="sr-only">{t("common.actions")}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) =>
          editing === p.id ? (
            <tr key={p.id}>
              <td colSpan={manage ? 10 : 9}>
                <PlanEditor item={p} onDone={() => setEditing(null)} />
              </td>
            </tr>
          ) : (
            <tr key={p.id}>
              <td>
                <strong>{p.indicatorCode}</strong> {l(model.indicator.get(p.indicatorCode)?.name)}
              </td>
              <td>{p.currentValue ?? "—"}</td>
              <td>{p.targetValue ?? "—"}</td>
              <td className="num">{formatPoints(p.targetPoints, lang)}</td>
              <td>{model.agencyName(p.leadAgency, lang)}</td>
              <td>{p.cooperatingAgencies.map((c) => model.agencyName(c, lang)).join(", ") || "—"}</td>
              <td>{formatDate(p.deadline)}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
              <td>
                <ProgressNotes item={p} readOnly={readOnly} />
              </td>
              {manage && (
                <td className="no-print">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setEditing(p.id)}
                    aria-label={t("plan.editNamed", { code: p.indicatorCode })}
                  >
                    {t("common.edit")}
                  </button>
                </td>
              )}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function PlanEditor({ item, onDone }: { item: PlanItem; onDone: () => void }) {
  const { detail, model } = useAssessmentContext();
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState(item.targetValue ?? "");
  const [points, setPoints] = useState(item.targetPoints === null ? "" : formatPoints(item.targetPoints, lang));
  const [lead, setLead] = useState(item.leadAgency ?? "");
  const [deadline, setDeadline] = useState(item.deadline ? formatDate(item.deadline) : "");
  const [status, setStatus] = useState(item.status);
  const [problems, setProblems] = useState<{ points?: boolean; deadline?: boolean }>({});
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.plans(detail.assessment.id) });
  const save = useMutation({
    mutationFn: (input: Parameters<typeof api.plans.update.mutate>[0]) => api.plans.update.mutate(input),
    onSuccess: () => {
      refresh();
      onDone();
    },
  });
  const remove = useMutation({
    mutationFn: () => api.plans.remove.mutate({ id: item.id, expectedVersion: item.version }),
    onSuccess: refresh,
  });
  const agencies = model.pack.agencies;
  const id = `plan-${item.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = points.trim() === "" ? null : parseNumber(points, lang);
    const d = deadline.trim() === "" ? null : parseDate(deadline);
    const found = { points: p !== null && (Number.isNaN(p) || p < 0), deadline: deadline.trim() !== "" && d === null };
    setProblems(found);
    if (found.points || found.deadline) return;
    save.mutate({
      id: item.id,
      expectedVersion: item.version,
      targetValue: target.trim() || null,
      targetPoints: p,
      leadAgency: lead || null,
      deadline: d,
      status,
    });
  };
  const error = save.error ?? remove.error;
  return (
    <form className="plan-editor" onSubmit={submit} aria-label={t("plan.editNamed", { code: item.indicatorCode })}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-target`}>{t("plan.target")}</label>
          <input id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} />
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-points`}>{t("plan.targetPoints")}</label>
          <input
            id={`${id}-points`}
            inputMode="decimal"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            aria-invalid={problems.points || undefined}
          />
          {problems.points && <p className="field-error">{t("entry.invalid.number")}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-lead`}>{t("common.leadAgency")}</label>
          <select id={`${id}-lead`} value={lead} onChange={(e) => setLead(e.target.value)}>
            <option value="">—</option>
            {agencies.map((ag) => (
              <option key={ag.code} value={ag.code}>
                {model.agencyName(ag.code, lang)}
              </option>
            ))}
            {lead && !agencies.some((ag) => ag.code === lead) && <option value={lead}>{lead}</option>}
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-deadline`}>{t("plan.deadline")}</label>
          <input
            id={`${id}-deadline`}
            placeholder="dd/mm/yyyy"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            aria-invalid={problems.deadline || undefined}
            aria-describedby={`${id}-deadline-hint`}
          />
          <p id={`${id}-deadline-hint`} className={problems.deadline ? "field-error" : "hint"}>
            {problems.deadline ? t("plan.deadlineInvalid") : t("plan.deadlineHint")}
          </p>
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-status`}>{t("common.status")}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as PlanItem["status"])}>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(error), t)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t("common.cancel")}
        </button>
        <button type="button" className="btn danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
          {t("common.remove")}
        </button>
      </div>
    </form>
  );
}

/** Progress notes: the plan item's agencies (and the province admin) report; notes only accumulate. */
function ProgressNotes({ item, readOnly }: { item: PlanItem; readOnly: boolean }) {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const user = useUser();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const add = useMutation({
    mutationFn: () => api.plans.addNote.mutate({ id: item.id, note: note.trim() }),
    onSuccess: () => {
      setNote("");
      void queryClient.invalidateQueries({ queryKey: keys.plans(detail.assessment.id) });
    },
  });
  const mayAdd =
    !readOnly &&
    (detail.permissions.manage ||
      (user.role === "agency_contributor" &&
        user.agency !== null &&
        (item.leadAgency === user.agency || item.cooperatingAgencies.includes(user.agency))));
  const id = `note-${item.id}`;
  return (
    <div className="progress-notes">
      {item.progressNotes.length > 0 ? (
        <ul className="plain small">
          {item.progressNotes.map((n, i) => (
            <li key={i}>
              <span className="muted">{formatDate(n.at)}:</span> {n.note}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">—</span>
      )}
      {mayAdd && (
        <form
          className="note-form no-print"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (note.trim()) add.mutate();
          }}
        >
          <label htmlFor={id} className="sr-only">
            {t("plan.noteFor", { code: item.indicatorCode })}
          </label>
          <input id={id} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("plan.notePlaceholder")} />
          <button type="submit" className="btn btn-small" disabled={add.isPending || !note.trim()}>
            {t("plan.addNote")}
          </button>
          {add.error && <p className="field-error">{errorText(apiErrorOf(add.error), t)}</p>}
        </form>
      )}
    </div>
  );
}

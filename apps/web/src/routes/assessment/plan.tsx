import { PLAN_STATUSES } from "@dti/contracts/enums";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, type RouterOutputs } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { fileUrls } from "../../api/files";
import { keys, useScore } from "../../api/hooks";
import { Downloads } from "../../components/downloads";
import { StatusBadge } from "../../components/badges";
import { usePageTitle } from "../../components/page-title";
import { Empty, ErrorState, Loading } from "../../components/status";
import { formatDate, parseDate } from "../../format/date";
import { compareCodes, parseNumber } from "@dti/conventions";
import { formatIndex, formatPoints } from "../../format/number";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { useUser } from "../../api/session";
import { fromText, toText } from "../../entry/values";
import { useAssessmentContext } from "./context";
import { currentValue, describeValue } from "./values-text";

export type PlanItem = RouterOutputs["plans"]["list"][number];
export type PlanProjection = RouterOutputs["plans"]["projection"];
type TargetValue = number | boolean | string;

export function usePlan(assessmentId: string) {
  return useQuery({ queryKey: keys.plans(assessmentId), queryFn: () => api.plans.list.query({ assessmentId }) });
}

/** Under the plan's key: whatever refreshes the plan refreshes its projection. */
export function useProjection(assessmentId: string) {
  return useQuery({
    queryKey: [...keys.plans(assessmentId), "projection"],
    queryFn: () => api.plans.projection.query({ assessmentId }),
  });
}

/** The improvement plan (Phụ lục 1): task per indicator, target, lead agency, deadline; prints as a table. */
export default function Plan() {
  const { detail } = useAssessmentContext();
  const { t } = useI18n();
  const a = detail.assessment;
  usePageTitle(t("plan.title"));
  const plan = usePlan(a.id);
  return (
    <section className="plan-page">
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
      <PlanSummary />
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

/** The plan summed (DTI now and with every target reached, ranks in the published cohort) and the province's goal. */
export function PlanSummary({ readOnly = false }: { readOnly?: boolean }) {
  const { detail } = useAssessmentContext();
  const { t, lang } = useI18n();
  const projection = useProjection(detail.assessment.id);
  if (projection.isPending) return <Loading />;
  if (projection.isError) return <ErrorState error={projection.error} retry={() => void projection.refetch()} />;
  const p = projection.data;
  const rank = (r: number | null) =>
    p.cohort && r !== null ? t("plan.rankOf", { rank: r, size: p.cohort.size + 1, period: p.cohort.period }) : null;
  return (
    <section className="card plan-summary" aria-labelledby="plan-summary-title" data-testid="plan-summary">
      <h2 id="plan-summary-title">{t("plan.summary")}</h2>
      <div className="summary-grid">
        <div>
          <p className="muted small">{t("plan.dtiNow")}</p>
          <p className="big" data-testid="dti-now">
            {formatIndex(p.current.overall, lang)}
          </p>
          <p className="small">{rank(p.current.rank)}</p>
        </div>
        <div>
          <p className="muted small">{t("plan.dtiProjected")}</p>
          <p className="big" data-testid="dti-projected">
            {formatIndex(p.projected.overall, lang)}
          </p>
          <p className="small" data-testid="rank-projected">
            {rank(p.projected.rank)}
          </p>
        </div>
      </div>
      <p className="muted small">
        {t("plan.counted", { n: p.counted })}{" "}
        {p.cohort === null ? (
          <span data-testid="no-cohort">{t("plan.noCohort")}</span>
        ) : (
          p.cohort.withoutValue > 0 && t("plan.withoutValue", { n: p.cohort.withoutValue })
        )}
      </p>
      <GoalOutcome projection={p} />
      {!readOnly && detail.permissions.manage && <GoalForm goal={p.goal} />}
    </section>
  );
}

function GoalOutcome({ projection: p }: { projection: PlanProjection }) {
  const { t, lang } = useI18n();
  const g = p.goal;
  if (!g) return <p className="muted">{t("plan.goalNone")}</p>;
  const goalText =
    g.kind === "value" ? t("plan.goalValueIs", { value: formatIndex(g.target, lang) }) : t("plan.goalRankIs", { rank: g.target });
  return (
    <div className={`goal-outcome ${g.reached === true ? "reached" : g.reached === false ? "missed" : ""}`} data-testid="goal-outcome">
      <p>
        <strong>{t("plan.goalIs", { goal: goalText })}</strong>
      </p>
      {g.reached === null ? (
        <p>{t("plan.rankUnknown")}</p>
      ) : (
        <p role="status">
          {g.reached ? t("plan.reached") : t("plan.notReached")}
          {!g.reached && g.valueGap !== null && g.valueNeeded !== null && (
            <> {t("plan.valueGap", { gap: formatIndex(g.valueGap, lang), needed: formatIndex(g.valueNeeded, lang) })}</>
          )}
          {!g.reached && g.rankGap !== null && g.rankGap > 0 && <> {t("plan.rankGap", { n: g.rankGap })}</>}
        </p>
      )}
    </div>
  );
}

function GoalForm({ goal }: { goal: PlanProjection["goal"] }) {
  const { detail } = useAssessmentContext();
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<"value" | "rank">(goal?.kind ?? "value");
  const [text, setText] = useState(goal ? (goal.kind === "value" ? formatIndex(goal.target, lang) : String(goal.target)) : "");
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (next: { kind: "value" | "rank"; target: number } | null) =>
      api.plans.setGoal.mutate({ assessmentId: detail.assessment.id, goal: next, expectedVersion: goal?.version ?? null }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.plans(detail.assessment.id) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseNumber(text, lang);
    const ok = n !== null && !Number.isNaN(n) && (kind === "value" ? n > 0 && n <= 1 : Number.isInteger(n) && n >= 1);
    setInvalid(!ok);
    if (ok) save.mutate({ kind, target: n });
  };
  return (
    <form className="goal-form no-print" onSubmit={submit} aria-label={t("plan.goal")}>
      <div className="form-row">
        <div className="field narrow">
          <label htmlFor="goal-kind">{t("plan.goalKind")}</label>
          <select id="goal-kind" value={kind} onChange={(e) => setKind(e.target.value as "value" | "rank")}>
            <option value="value">{t("plan.goalValue")}</option>
            <option value="rank">{t("plan.goalRank")}</option>
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor="goal-target">{t("plan.goalTarget")}</label>
          <input
            id="goal-target"
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby="goal-hint"
          />
          <p id="goal-hint" className={invalid ? "field-error" : "hint"}>
            {invalid
              ? t(kind === "value" ? "plan.goalInvalidValue" : "plan.goalInvalidRank")
              : t(kind === "value" ? "plan.goalValueHint" : "plan.goalRankHint")}
          </p>
        </div>
      </div>
      {save.error && (
        <p className="alert alert-error" role="alert">
          {errorText(apiErrorOf(save.error), t)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t("plan.goalSave")}
        </button>
        {goal && (
          <button type="button" className="btn" disabled={save.isPending} onClick={() => save.mutate(null)}>
            {t("plan.goalClear")}
          </button>
        )}
      </div>
    </form>
  );
}

/** A target in words: "3.3.a = 480.000", yes/no and choices by their labels. */
function TargetText({ item }: { item: PlanItem }) {
  const { model } = useAssessmentContext();
  const { t, lang } = useI18n();
  return (
    <>
      {item.target ? (
        <ul className="plain">
          {item.target.inputs.map((x) => (
            <li key={x.input}>
              {x.address} = <strong>{describeValue(model, x.input, x.value, lang, t)}</strong>{" "}
              <span className="muted small">({t("plan.stored", { value: describeValue(model, x.input, x.current, lang, t) })})</span>
            </li>
          ))}
        </ul>
      ) : item.targetInputs ? null : (
        <span className="muted">{t("plan.noTarget")}</span>
      )}
      {item.targetProblem && <p className="field-error small">{t("plan.targetProblem", { problem: item.targetProblem })}</p>}
      {item.targetNote && <p className="muted small">{t("plan.legacyNote", { note: item.targetNote })}</p>}
    </>
  );
}

export function PlanTable({ items, readOnly = false }: { items: PlanItem[]; readOnly?: boolean }) {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const sorted = [...items].sort((x, y) => compareCodes(x.indicatorCode, y.indicatorCode));
  const manage = detail.permissions.manage && !readOnly;
  return (
    <div className="table-scroll">
      <table className="table plan-table stack-on-phone" data-testid="plan-table">
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
              <tr key={p.id} className="editing">
                <td colSpan={manage ? 10 : 9}>
                  <PlanEditor item={p} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={p.id} data-testid={`plan-row-${p.indicatorCode}`}>
                <td data-label={t("common.indicator")}>
                  <strong>{p.indicatorCode}</strong> {l(model.indicator.get(p.indicatorCode)?.name)}
                </td>
                <td data-label={t("plan.current")}>{p.currentValue ?? "—"}</td>
                <td data-label={t("plan.target")}>
                  <TargetText item={p} />
                </td>
                <td className="num" data-label={t("plan.targetPoints")} data-testid="target-points">
                  {p.target ? (
                    <>
                      {t("plan.pointsOf", { points: formatPoints(p.target.points, lang), max: formatPoints(p.target.maxPoints, lang) })}
                      {p.target.gain > 1e-9 && (
                        <span className="muted small"> ({t("plan.gain", { points: formatPoints(p.target.gain, lang) })})</span>
                      )}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td data-label={t("common.leadAgency")}>{model.agencyName(p.leadAgency, lang)}</td>
                <td data-label={t("common.cooperating")}>
                  {p.cooperatingAgencies.map((c) => model.agencyName(c, lang)).join(", ") || "—"}
                </td>
                <td data-label={t("plan.deadline")}>{formatDate(p.deadline)}</td>
                <td data-label={t("common.status")}>
                  <StatusBadge status={p.status} />
                </td>
                <td data-label={t("plan.progress")}>
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
    </div>
  );
}

/** Waits until the value has stopped changing for `ms`. */
function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function PlanEditor({ item, onDone }: { item: PlanItem; onDone: () => void }) {
  const { detail, model } = useAssessmentContext();
  const { t, l, lang } = useI18n();
  const queryClient = useQueryClient();
  const score = useScore(detail.assessment.id);
  const fields = model.fields(item.indicatorCode);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((f) => {
        const v = item.targetInputs?.[f.input.id];
        return [f.input.id, v === undefined ? "" : toText(v, f.input, lang)];
      }),
    ),
  );
  const [note, setNote] = useState(item.targetNote ?? "");
  const [lead, setLead] = useState(item.leadAgency ?? "");
  const [deadline, setDeadline] = useState(item.deadline ? formatDate(item.deadline) : "");
  const [status, setStatus] = useState(item.status);
  const [deadlineInvalid, setDeadlineInvalid] = useState(false);

  // Each field read with its input's own rules (whole counts, ranges, choices), said in the user's language.
  const parsed = fields.map((f) => ({ f, result: fromText(texts[f.input.id] ?? "", f.input, lang) }));
  const targetInputs: Record<string, TargetValue> = {};
  for (const { f, result } of parsed) if (result.ok && result.value !== null) targetInputs[f.input.id] = result.value;
  const valid = parsed.every((p) => p.result.ok);
  const hasTarget = Object.keys(targetInputs).length > 0;
  const settled = useSettled(JSON.stringify(targetInputs));
  const preview = useQuery({
    queryKey: ["plans.preview", detail.assessment.id, item.indicatorCode, settled],
    queryFn: () =>
      api.plans.preview.query({
        assessmentId: detail.assessment.id,
        indicatorCode: item.indicatorCode,
        targetInputs: JSON.parse(settled) as Record<string, TargetValue>,
      }),
    enabled: valid && settled !== "{}",
    retry: false,
  });

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
  const hints = score.data?.result.units[0]?.indicators?.[item.indicatorCode]?.explanation?.toFullPoints ?? [];
  const suggest = () =>
    setTexts((now) => {
      const next = { ...now };
      for (const h of hints) {
        const def = model.input.get(h.input);
        if (def && h.input in next && h.value !== null) next[h.input] = toText(h.value, def, lang);
      }
      return next;
    });
  const agencies = model.pack.agencies;
  const id = `plan-${item.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const d = deadline.trim() === "" ? null : parseDate(deadline);
    const badDeadline = deadline.trim() !== "" && d === null;
    setDeadlineInvalid(badDeadline);
    if (badDeadline || !valid) return;
    save.mutate({
      id: item.id,
      expectedVersion: item.version,
      targetInputs: hasTarget ? targetInputs : null,
      targetNote: note.trim() || null,
      leadAgency: lead || null,
      deadline: d,
      status,
    });
  };
  const error = save.error ?? remove.error;
  const result = preview.data;
  return (
    <form className="plan-editor" onSubmit={submit} aria-label={t("plan.editNamed", { code: item.indicatorCode })}>
      <fieldset className="target-fields">
        <legend>{t("plan.target")}</legend>
        <p className="hint">{t("plan.targetIntro")}</p>
        <div className="form-row">
          {parsed.map(({ f, result: r }) => {
            const fid = `${id}-t-${f.input.id}`;
            const stored = describeValue(model, f.input.id, currentValue(detail, f.input.id), lang, t);
            return (
              <div className="field" key={f.input.id}>
                <label htmlFor={fid}>
                  <span className="address">{f.address}</span> {l(f.input.label)}
                </label>
                {f.input.unit === "boolean" || f.input.unit === "choice" ? (
                  <select id={fid} value={texts[f.input.id] ?? ""} onChange={(e) => setTexts({ ...texts, [f.input.id]: e.target.value })}>
                    <option value="">—</option>
                    {f.input.unit === "boolean" ? (
                      <>
                        <option value="true">{t("common.yes")}</option>
                        <option value="false">{t("common.no")}</option>
                      </>
                    ) : (
                      f.input.options?.map((o) => (
                        <option key={o.value} value={o.value}>
                          {lang === "en" ? (o.label.en ?? o.label.vi) : o.label.vi}
                        </option>
                      ))
                    )}
                  </select>
                ) : (
                  <input
                    id={fid}
                    inputMode="decimal"
                    autoComplete="off"
                    value={texts[f.input.id] ?? ""}
                    onChange={(e) => setTexts({ ...texts, [f.input.id]: e.target.value })}
                    aria-invalid={!r.ok || undefined}
                    aria-describedby={`${fid}-hint`}
                  />
                )}
                <p id={`${fid}-hint`} className={r.ok ? "hint" : "field-error"}>
                  {r.ok ? t("plan.stored", { value: stored }) : t(r.problem.key, r.problem.params)}
                </p>
              </div>
            );
          })}
        </div>
        {hints.length > 0 && (
          <button type="button" className="btn btn-small" onClick={suggest}>
            {t("plan.suggest")}
          </button>
        )}
        <p className="target-preview" aria-live="polite" data-testid="target-preview">
          {!hasTarget || !valid ? null : preview.isFetching || settled !== JSON.stringify(targetInputs) ? (
            <span className="muted">{t("plan.previewPending")}</span>
          ) : preview.error ? (
            <span className="field-error" role="alert">
              {errorText(apiErrorOf(preview.error), t)}
            </span>
          ) : result ? (
            <strong>
              {t("plan.preview", {
                points: formatPoints(result.points, lang),
                max: formatPoints(result.maxPoints, lang),
                gain: `${result.gain >= 0 ? "+" : ""}${formatPoints(result.gain, lang)}`,
                current: formatPoints(result.currentPoints, lang),
              })}
            </strong>
          ) : null}
        </p>
      </fieldset>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("plan.targetNote")}</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
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
            aria-invalid={deadlineInvalid || undefined}
            aria-describedby={`${id}-deadline-hint`}
          />
          <p id={`${id}-deadline-hint`} className={deadlineInvalid ? "field-error" : "hint"}>
            {deadlineInvalid ? t("plan.deadlineInvalid") : t("plan.deadlineHint")}
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
        <button type="submit" className="btn btn-primary" disabled={save.isPending || !valid}>
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

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, type RouterInputs, type RouterOutputs } from "../api/client";
import { formatDateTime, parseDate } from "../format/date";
import { formatNumber } from "../format/number";
import { useI18n, type I18n } from "../i18n/context";
import type { MessageKey } from "../i18n/messages";
import { Empty, ErrorState, Loading } from "./status";

type Filter = Omit<RouterInputs["audit"]["list"], "before" | "limit">;
type Entry = RouterOutputs["audit"]["list"]["entries"][number];

/** The action codes the log holds, in the order the filter lists them. */
export const AUDIT_ACTIONS = [
  "input.set",
  "input.clear",
  "input.confirm",
  "indicator.submit",
  "indicator.approve",
  "indicator.return",
  "indicator.draft",
  "evidence.add",
  "evidence.remove",
  "assessment.create",
  "assessment.submit",
  "assessment.lock",
  "assessment.reopen",
  "assessment.status",
  "assignment.update",
  "assignments.initialise",
  "plan.create",
  "plan.update",
  "plan.note",
  "plan.goal",
  "plan.remove",
  "snapshot.create",
  "pack.register",
  "pack.activate",
  "pack.pin",
  "pack.remove",
  "published.import",
  "published.replace",
  "units.seed",
  "user.create",
  "user.password",
  "user.disable",
  "user.enable",
] as const;

/** The reason a person gave (returning an indicator, reopening an assessment…), shown beside the sentence. */
function reasonOf(e: Entry): string | null {
  for (const side of [e.after, e.before] as unknown[]) {
    const reason = side && typeof side === "object" ? (side as { reason?: unknown }).reason : undefined;
    if (typeof reason === "string" && reason.trim() !== "") return reason;
  }
  return null;
}

function short(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

export function actionText(action: string, t: I18n["t"]): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit.act.${action}` as MessageKey) : action;
}

/** A stored value as an officer reads it: 130.000, Có/Không, the text itself. */
function valueText(
  snapshot: unknown,
  { t, l, lang }: Pick<I18n, "t" | "l" | "lang">,
  options?: readonly { value: string; label: { vi: string; en: string } }[],
): string {
  const value = snapshot && typeof snapshot === "object" && "value" in snapshot ? (snapshot as { value: unknown }).value : undefined;
  if (value === undefined || value === null) return "—";
  const option = options?.find((o) => o.value === String(value));
  if (option) return l(option.label);
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  return String(value);
}

/** The entry in words: who changed which value of which indicator from what to what, when. */
export function auditSentence(e: Entry, i18n: Pick<I18n, "t" | "l" | "lang">): string {
  const { t, l } = i18n;
  const who = e.actorName || e.actorEmail || t("audit.system");
  const time = formatDateTime(e.at).replace(/^(\S+) (\S+)$/, "$2 $1");
  const s = e.subject;
  if (s?.address && (e.action === "input.set" || e.action === "input.clear" || e.action === "input.confirm")) {
    const params = {
      who,
      time,
      address: s.address,
      label: s.inputLabel ? l(s.inputLabel) : s.address,
      code: s.indicatorCode ?? "—",
      before: valueText(e.before, i18n, s.options),
      after: valueText(e.after, i18n, s.options),
    };
    if (e.action === "input.clear") return t("audit.sentence.cleared", params);
    if (e.action === "input.set" && (e.before === null || e.before === undefined)) return t("audit.sentence.entered", params);
    if (e.action === "input.set") return t("audit.sentence.changed", params);
  }
  const action = actionText(e.action, t);
  if (s?.indicatorCode)
    return t("audit.sentence.indicator", { who, action, time, code: s.indicatorCode, name: s.indicatorName ? l(s.indicatorName) : "" });
  return t("audit.sentence.other", { who, action, time });
}

/** The filters both audit screens share: user, action, indicator and days (dd/mm/yyyy). */
export function AuditFilters({ onApply, idPrefix }: { onApply: (filter: Omit<Filter, "assessmentId">) => void; idPrefix: string }) {
  const { t } = useI18n();
  const users = useQuery({ queryKey: ["users.list", "audit"], queryFn: () => api.users.list.query({}) });
  const [actorId, setActorId] = useState("");
  const [action, setAction] = useState("");
  const [indicatorCode, setIndicatorCode] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form
      className="toolbar audit-filters"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        const fromIso = from.trim() ? parseDate(from) : null;
        const toIso = to.trim() ? parseDate(to) : null;
        onApply({
          ...(actorId ? { actorId } : {}),
          ...(action ? { action } : {}),
          ...(/^\d+(\.\d+)+$/.test(indicatorCode.trim()) ? { indicatorCode: indicatorCode.trim() } : {}),
          ...(fromIso ? { from: fromIso } : {}),
          ...(toIso ? { to: toIso } : {}),
        });
      }}
    >
      <label htmlFor={id("user")}>{t("audit.filter.user")}</label>
      <select id={id("user")} value={actorId} onChange={(e) => setActorId(e.target.value)}>
        <option value="">{t("audit.filter.any")}</option>
        {(users.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName ? `${u.displayName} (${u.email})` : u.email}
          </option>
        ))}
      </select>
      <label htmlFor={id("action")}>{t("audit.filter.action")}</label>
      <select id={id("action")} value={action} onChange={(e) => setAction(e.target.value)}>
        <option value="">{t("audit.filter.any")}</option>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {actionText(a, t)}
          </option>
        ))}
      </select>
      <label htmlFor={id("indicator")}>{t("audit.filter.indicator")}</label>
      <input id={id("indicator")} value={indicatorCode} onChange={(e) => setIndicatorCode(e.target.value)} placeholder="3.3" size={6} />
      <label htmlFor={id("from")}>{t("audit.filter.from")}</label>
      <input id={id("from")} value={from} onChange={(e) => setFrom(e.target.value)} placeholder="dd/mm/yyyy" size={10} />
      <label htmlFor={id("to")}>{t("audit.filter.to")}</label>
      <input id={id("to")} value={to} onChange={(e) => setTo(e.target.value)} placeholder="dd/mm/yyyy" size={10} />
      <button type="submit" className="btn">
        {t("common.filter")}
      </button>
    </form>
  );
}

/** The append-only audit log in words, newest first, a page at a time; the raw data on demand. */
export function AuditTable({ filter }: { filter: Filter }) {
  const i18n = useI18n();
  const { t } = i18n;
  const log = useInfiniteQuery({
    queryKey: ["audit.list", filter],
    queryFn: ({ pageParam }) => api.audit.list.query({ ...filter, limit: 50, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorState error={log.error} retry={() => void log.refetch()} />;
  const entries = log.data.pages.flatMap((p) => p.entries);
  if (entries.length === 0) return <Empty>{t("audit.none")}</Empty>;
  return (
    <>
      <ul className="audit-list audit-table">
        {entries.map((e) => (
          <li key={e.id} className="audit-entry">
            <span className="audit-sentence">{auditSentence(e, i18n)}</span>
            {e.subject?.unitName && (
              <span className="muted small"> · {t("audit.in", { unit: e.subject.unitName, period: e.subject.period ?? "—" })}</span>
            )}
            {reasonOf(e) && (
              <span className="audit-reason">
                {" "}
                · {t("audit.reason")}: {reasonOf(e)}
              </span>
            )}
            <details className="small">
              <summary>{t("audit.details")}</summary>
              <span className="mono">
                {e.action} · {e.entity} {e.entityId} · {t("audit.before")}: {short(e.before)} · {t("audit.after")}: {short(e.after)}
              </span>
            </details>
          </li>
        ))}
      </ul>
      {log.hasNextPage && (
        <button type="button" className="btn" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          {log.isFetchingNextPage ? t("common.loading") : t("common.more")}
        </button>
      )}
    </>
  );
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { usePacks } from "../../api/hooks";
import { formatIndex } from "../../format/number";
import { useI18n } from "../../i18n/context";
import type { MessageKey } from "../../i18n/messages";
import { errorText } from "../../i18n/errors";

type Changes = NonNullable<Awaited<ReturnType<typeof api.published.importCsv.mutate>>["changes"]>;
type Summary = Changes["added"][number];

/** What a table replacing a period's rows changed: rows added and removed, and each changed field old → new. */
function ChangesList({ changes }: { changes: Changes }) {
  const { t, lang } = useI18n();
  const name = (r: Summary) =>
    r.kind === "average" ? t("published.average", { cohort: r.cohort ?? "" }) : (r.nameAsPublished ?? r.unitId ?? r.key);
  const shown = (v: number | string | null, field: string) =>
    v === null ? "—" : typeof v === "number" ? (field === "rank" || field.startsWith("pillarRank:") ? String(v) : formatIndex(v, lang)) : v;
  const label = (field: string) =>
    ["overall", "rank", "note", "sources"].includes(field) ? t(`published.field.${field}` as MessageKey) : field;
  const brief = (r: Summary) => `${name(r)} (${t("published.field.rank")} ${r.rank ?? "—"}, ${formatIndex(r.overall, lang)})`;
  return (
    <div className="published-changes" data-testid="published-changes">
      <p>{t("published.changes", { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length })}</p>
      <ul className="small">
        {changes.added.map((r) => (
          <li key={`a-${r.key}`}>
            <strong>{t("published.added")}</strong> {brief(r)}
          </li>
        ))}
        {changes.changed.map((r) => (
          <li key={`c-${r.key}`}>
            <strong>{t("published.changed")}</strong> {name(r)}:{" "}
            {r.fields.map((f, i) => (
              <span key={f.field}>
                {i > 0 && "; "}
                {label(f.field)} {shown(f.before, f.field)} → {shown(f.after, f.field)}
              </span>
            ))}
          </li>
        ))}
        {changes.removed.map((r) => (
          <li key={`r-${r.key}`}>
            <strong>{t("published.removed")}</strong> {brief(r)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * National admins import an official results table (CSV); its totals are checked against the pack
 * first. A table replacing a period's rows shows what it changed.
 */
export function PublishedImport({ period }: { period: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const packs = usePacks();
  const options = [...new Set((packs.data ?? []).filter((p) => p.status === "active" && p.years.includes(period)).map((p) => p.packId))];
  const [packId, setPackId] = useState("");
  const [csv, setCsv] = useState("");
  const chosen = packId || options[0] || "";
  const run = useMutation({
    mutationFn: () => api.published.importCsv.mutate({ packId: chosen, period, csv, tolerance: 0.00051 }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["rankings.get"] });
      void queryClient.invalidateQueries({ queryKey: ["published.list"] });
    },
  });
  const failure = run.error ? apiErrorOf(run.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen && csv.trim()) run.mutate();
  };
  return (
    <details className="card no-print">
      <summary>{t("published.importTitle", { year: period })}</summary>
      <form onSubmit={submit}>
        <p className="hint">{t("published.importIntro")}</p>
        <div className="form-row">
          <div className="field">
            <label htmlFor="pub-pack">{t("common.framework")}</label>
            <select id="pub-pack" value={chosen} onChange={(e) => setPackId(e.target.value)}>
              {options.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="pub-file">{t("published.file")}</label>
            <input id="pub-file" type="file" accept=".csv,text/csv" onChange={(e) => void e.target.files?.[0]?.text().then(setCsv)} />
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={!csv.trim() || !chosen || run.isPending}>
          {t("published.import")}
        </button>
      </form>
      {run.isSuccess && (
        <>
          <p className="ok" role="status">
            {t(`published.status.${run.data.status}`, { rows: run.data.rows, checks: run.data.checks.length })}
          </p>
          {run.data.changes && <ChangesList changes={run.data.changes} />}
        </>
      )}
      {failure && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(failure, t)}</p>
          {failure.fields.length > 0 && (
            <ul className="small">
              {failure.fields.slice(0, 50).map((f, i) => (
                <li key={i}>
                  <code>{f.path}</code> {f.message}
                  {f.expected ? ` (${f.expected})` : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}

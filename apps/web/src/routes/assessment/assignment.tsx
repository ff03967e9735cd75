import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api } from "../../api/client";
import { apiErrorOf } from "../../api/errors";
import { keys } from "../../api/hooks";
import { useI18n } from "../../i18n/context";
import { errorText } from "../../i18n/errors";
import { useAssessmentContext } from "./context";

/** Who leads an indicator in this province and who cooperates; the province admin changes it. */
export function AssignmentCard({ code }: { code: string }) {
  const { detail, model } = useAssessmentContext();
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const a = detail.assessment;
  const indicator = model.indicator.get(code)!;
  const assignment = detail.assignments.find((x) => x.indicatorCode === code);
  const lead = assignment?.leadAgency ?? indicator.leadAgency;
  const coop = assignment?.cooperatingAgencies ?? indicator.cooperatingAgencies;
  const [editing, setEditing] = useState(false);
  const [newLead, setNewLead] = useState(lead ?? "");
  const [newCoop, setNewCoop] = useState<string[]>(coop);
  const save = useMutation({
    mutationFn: () =>
      api.assignments.update.mutate({
        assessmentId: a.id,
        indicatorCode: code,
        leadAgency: newLead || null,
        cooperatingAgencies: newCoop.filter((c) => c !== newLead),
        expectedVersion: assignment!.version,
      }),
    onSuccess: () => {
      setEditing(false);
      void queryClient.invalidateQueries({ queryKey: keys.assessment(a.id) });
    },
  });
  const agencies = [...new Set([...model.pack.agencies.map((x) => x.code), ...(lead ? [lead] : []), ...coop])];
  const canEdit = detail.permissions.manage && assignment !== undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <div className="card">
      <h2>{t("assign.title")}</h2>
      {!editing ? (
        <>
          <p>
            <strong>{t("common.leadAgency")}:</strong> {model.agencyName(lead, lang)}
          </p>
          <p>
            <strong>{t("common.cooperating")}:</strong> {coop.length ? coop.map((c) => model.agencyName(c, lang)).join(", ") : "—"}
          </p>
          {canEdit && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              {t("assign.change")}
            </button>
          )}
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor={`lead-${code}`}>{t("common.leadAgency")}</label>
            <select id={`lead-${code}`} value={newLead} onChange={(e) => setNewLead(e.target.value)}>
              <option value="">—</option>
              {agencies.map((c) => (
                <option key={c} value={c}>
                  {model.agencyName(c, lang)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field">
            <legend>{t("common.cooperating")}</legend>
            <div className="columns">
              {agencies
                .filter((c) => c !== newLead)
                .map((c) => (
                  <label key={c} className="radio">
                    <input
                      type="checkbox"
                      checked={newCoop.includes(c)}
                      onChange={(e) => setNewCoop(e.target.checked ? [...newCoop, c] : newCoop.filter((x) => x !== c))}
                    />{" "}
                    {model.agencyName(c, lang)}
                  </label>
                ))}
            </div>
          </fieldset>
          <p className="hint">{t("assign.hint")}</p>
          {save.error && (
            <p className="alert alert-error" role="alert">
              {errorText(apiErrorOf(save.error), t)}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {t("common.save")}
            </button>
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

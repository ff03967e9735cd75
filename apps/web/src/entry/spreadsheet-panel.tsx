import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { apiErrorOf } from "../api/errors";
import { fileUrls, uploadTemplate, type TemplateProblem } from "../api/files";
import { useI18n } from "../i18n/context";
import { fileErrorText } from "../i18n/file-errors";
import type { PackModel } from "../pack/model";
import { SkippedInputs } from "./carry-report";
import { TemplateConflicts } from "./template-conflicts";
import { TemplateProblems } from "./template-problems";

/**
 * The Excel round trip provinces already work with: download the template (filled with what is
 * stored), fill it, upload it back — all or nothing, every problem of the file at once by sheet and
 * cell; values someone changed since the download are listed, not overwritten.
 */
export function SpreadsheetPanel({
  assessmentId,
  model,
  canImport,
  blocked,
  onImported,
}: {
  assessmentId: string;
  model: PackModel;
  canImport: boolean;
  blocked: boolean;
  onImported: () => Promise<void>;
}) {
  const { t, l } = useI18n();
  const fileRef = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: async ({ file, confirmOtherPeriod = false }: { file: File; confirmOtherPeriod?: boolean }) => {
      const outcome = await uploadTemplate(assessmentId, file, { confirmOtherPeriod });
      await onImported();
      return outcome;
    },
    onSuccess: () => {
      if (fileRef.current) fileRef.current.value = "";
    },
  });
  const failure = upload.error ? apiErrorOf(upload.error) : null;
  const problems = (failure?.details?.problems as TemplateProblem[] | undefined) ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (file) upload.mutate({ file });
  };
  const otherPeriod = failure?.details?.spreadsheetCode === "TEMPLATE_PERIOD_MISMATCH";
  return (
    <details className="card spreadsheet-panel">
      <summary>{t("sheet.title")}</summary>
      <p>
        <a className="btn" href={fileUrls.template(assessmentId)} download>
          {t("sheet.download")}
        </a>
      </p>
      {canImport && (
        <form className="upload-form" onSubmit={submit}>
          <label htmlFor="template-file">{t("sheet.choose")}</label>
          <input
            id="template-file"
            type="file"
            ref={fileRef}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
          <button type="submit" className="btn btn-primary" disabled={upload.isPending || blocked}>
            {upload.isPending ? t("sheet.importing") : t("sheet.import")}
          </button>
          {blocked && <p className="hint">{t("sheet.blocked")}</p>}
          <p className="hint">{t("sheet.hint")}</p>
        </form>
      )}
      {upload.isSuccess && (
        <div role="status">
          <p className="ok">{t("sheet.imported", { written: upload.data.written, unchanged: upload.data.unchanged })}</p>
          {/* Last year's template of another framework: mapped through the crosswalk, with what was not carried. */}
          {upload.data.carried && upload.data.carried.mapping !== "same-pack" && (
            <>
              <p>{t("carry.importedCrosswalk", { pack: upload.data.carried.fromPack })}</p>
              <SkippedInputs skipped={upload.data.carried.skipped} model={model} />
            </>
          )}
        </div>
      )}
      {upload.isSuccess && upload.data.conflicts.length > 0 && <TemplateConflicts conflicts={upload.data.conflicts} model={model} />}
      {upload.isSuccess && upload.data.warnings.length > 0 && (
        <div className="alert alert-info" role="status">
          <p>{t("sheet.warnings")}</p>
          <ul>
            {upload.data.warnings.map((w, i) => (
              <li key={i}>{w.text ? l(w.text) : w.message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure && otherPeriod && (
        <div className="alert alert-info" role="alert">
          <p>
            <strong>{t("carry.otherPeriodTitle")}</strong>
            {typeof failure.details?.vi === "string" && t("lang.code") === "vi" ? `: ${failure.details.vi}.` : ""}
          </p>
          <p>{t("carry.otherPeriodText")}</p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={upload.isPending}
            onClick={() => {
              const file = fileRef.current?.files?.[0];
              if (file) upload.mutate({ file, confirmOtherPeriod: true });
            }}
          >
            {t("carry.otherPeriodImport")}
          </button>
        </div>
      )}
      {failure && !otherPeriod && (
        <div className="alert alert-error" role="alert">
          <p>{fileErrorText(failure, t)}</p>
          {problems.length > 0 && <TemplateProblems problems={problems} />}
        </div>
      )}
    </details>
  );
}

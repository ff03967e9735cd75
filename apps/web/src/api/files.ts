import type { ImportConflict } from "@dti/contracts";
import { getCsrfToken } from "./client";
import { HttpError, type ApiErrorInfo } from "./errors";
import type { CarrySkip } from "./hooks";

/** The files the API makes (spreadsheets, CSV): plain links, the session cookie goes with them. */
export const fileUrls = {
  template: (assessmentId: string) => `/api/assessments/${encodeURIComponent(assessmentId)}/template.xlsx`,
  scorecard: (assessmentId: string, format: "xlsx" | "csv") => `/api/assessments/${encodeURIComponent(assessmentId)}/scorecard.${format}`,
  plan: (assessmentId: string, format: "xlsx" | "csv") => `/api/assessments/${encodeURIComponent(assessmentId)}/plan.${format}`,
  ranking: (period: number, format: "xlsx" | "csv", source: "published" | "computed" = "published") =>
    `/api/rankings/${period}/ranking.${format}?source=${source}`,
};

/** One input of a side of a broken ratio, with the cell where its value is entered. */
export interface TemplateRatioInput {
  inputId: string;
  address: string;
  value: number | null;
  sheet: string;
  cell: string;
  enteredAt?: string;
}

/** A problem of an uploaded template (`details.problems` of IMPORT_INVALID), by sheet and cell. */
export interface TemplateProblem {
  code?: string;
  sheet: string;
  cell?: string;
  row?: number;
  inputId?: string;
  address?: string;
  indicator?: string;
  message: { vi: string; en: string };
  expected?: { vi: string; en: string };
  ratio?: {
    numerator: { total: number; inputs: TemplateRatioInput[]; missing?: string[] };
    denominator: { total: number; inputs: TemplateRatioInput[]; missing?: string[] };
  };
}

/** A value of the file not written: someone changed the stored value after the template was downloaded. */
export type TemplateConflict = ImportConflict;

export interface TemplateImport {
  written: number;
  unchanged: number;
  conflicts: TemplateConflict[];
  warnings: { code: string; message: string; text?: { vi: string; en: string } }[];
  /** Last year's template of another pack: the pack, the mapping used, and each input not carried with why. */
  carried?: { fromPack: string; mapping: "same-pack" | "crosswalk" | "registered"; skipped: CarrySkip[] };
}

/** Uploads a filled template: all or nothing; IMPORT_INVALID lists every problem by sheet and cell. */
export async function uploadTemplate(
  assessmentId: string,
  file: File,
  options: { confirmOtherPeriod?: boolean } = {},
): Promise<TemplateImport> {
  const form = new FormData();
  // Last year's template into this year: only once the user confirmed it (values then marked to confirm).
  if (options.confirmOtherPeriod) form.append("confirmOtherPeriod", "true");
  form.append("file", file, file.name);
  const token = getCsrfToken();
  const response = await fetch(`/api/assessments/${encodeURIComponent(assessmentId)}/template`, {
    method: "POST",
    body: form,
    credentials: "same-origin",
    headers: token ? { "x-csrf-token": token } : {},
  });
  const body = (await response.json().catch(() => null)) as { error?: ApiErrorInfo } | TemplateImport | null;
  if (!response.ok)
    throw new HttpError(
      response.status,
      body && "error" in body && body.error ? body.error : { code: "UNKNOWN", message: `HTTP ${response.status}`, fields: [] },
    );
  return body as TemplateImport;
}

import type { ApiErrorInfo } from "../api/errors";
import type { Params } from "./context";
import { errorText } from "./errors";
import type { MessageKey } from "./messages";

/** The codes of @dti/spreadsheets an upload may be refused with, each with its sentence (error.file.<code>). */
const SPREADSHEET_CODES = new Set([
  "FILE_TOO_LARGE",
  "WORKBOOK_TOO_LARGE",
  "FILE_NOT_XLSX",
  "TEMPLATE_NOT_RECOGNIZED",
  "TEMPLATE_FORMAT_UNSUPPORTED",
  "TEMPLATE_PACK_MISMATCH",
  "TEMPLATE_PERIOD_MISMATCH",
  "TEMPLATE_UNIT_MISMATCH",
]);

/**
 * An uploaded file refused, in the user's language: 413 (a file past the size limit, a zip bomb) and
 * 422 (too many rows, not a workbook, not our template, a template with problems) by their codes
 * (`details.spreadsheetCode`), then the server's detail in the same language (`details.vi` in
 * Vietnamese, the message in English) — it names the limit or what the file is. Other errors: as
 * every coded error (errorText).
 */
export function fileErrorText(info: ApiErrorInfo, t: (key: MessageKey, params?: Params) => string): string {
  const details = info.details ?? {};
  if (info.code === "IMPORT_INVALID" && Array.isArray(details.problems)) return t("error.file.problems", { n: details.problems.length });
  const code =
    typeof details.spreadsheetCode === "string" && SPREADSHEET_CODES.has(details.spreadsheetCode) ? details.spreadsheetCode : null;
  const key: MessageKey | null = code
    ? (`error.file.${code}` as MessageKey)
    : info.code === "PAYLOAD_TOO_LARGE"
      ? "error.file.tooLarge"
      : null;
  if (!key) return errorText(info, t);
  const english = t("lang.code") === "en";
  // Never English text on a Vietnamese screen: without a Vietnamese detail, the sentence alone.
  const detail = english ? info.message : typeof details.vi === "string" ? details.vi : "";
  return detail ? `${t(key)} ${t("error.file.detail", { detail: detail.replace(/\.$/, "") })}` : t(key);
}

import { roundHalfUp } from "@dti/conventions";

/**
 * CSV as this package writes it: UTF-8 with a byte-order mark (so Excel opens Vietnamese text
 * correctly), "," between fields, CRLF between records, numbers with "." as the decimal mark and
 * no thousands separator, fields quoted only when they hold a comma, a quote or a line break; text
 * that a spreadsheet program would run as a formula is neutralised (`neutralizeFormula`).
 */
import { neutralizeFormula } from "./formula";

export type CsvCell = string | number | boolean | null | undefined;

export const BOM = "\uFEFF";

function field(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "number" ? csvNumber(value) : typeof value === "boolean" ? (value ? "true" : "false") : neutralizeFormula(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rounds half away from zero on the decimal value as Excel shows it: @dti/conventions' roundHalfUp,
 * the one rounding of the platform (0.62565 computed as 0.6256499999999999 gives 0.6257).
 */
export const roundTo: (value: number, decimals: number) => number = roundHalfUp;

/** A number with "." decimals, never in exponent form, with at most `decimals` decimals (trailing zeros dropped). */
export function csvNumber(value: number, decimals = 10): string {
  if (!Number.isFinite(value)) return "";
  const fixed = roundTo(value, decimals).toFixed(decimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

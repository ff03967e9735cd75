import type { InputUnit } from "@dti/pack-sdk";

/** The word the Đơn vị column shows for an input's unit. */
export const UNIT_WORDS: Record<InputUnit, { vi: string; en: string }> = {
  count: { vi: "số lượng", en: "count" },
  billion_vnd: { vi: "tỷ đồng", en: "billion VND" },
  boolean: { vi: "có/không", en: "yes/no" },
  choice: { vi: "lựa chọn", en: "choice" },
  percent: { vi: "%", en: "percent" },
  number: { vi: "số", en: "number" },
  text: { vi: "văn bản", en: "text" },
};

const FORBIDDEN_IN_SHEET_NAMES = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

/**
 * A worksheet name Excel accepts: no \ / ? * [ ] :, not starting or ending with an apostrophe,
 * at most 31 characters (cut with "…"), and not one of `taken` (compared without case).
 */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const clean =
    wanted
      .replace(FORBIDDEN_IN_SHEET_NAMES, "-")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  const fit = (s: string, room: number) => (s.length <= room ? s : `${s.slice(0, room - 1).trimEnd()}…`);
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  let name = fit(clean, MAX_SHEET_NAME);
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${fit(clean, MAX_SHEET_NAME - ` (${n})`.length)} (${n})`;
  return name;
}

/** A sheet name as a formula reference: 'I. Nhận thức số'!F4. */
export function sheetRef(name: string, cell: string): string {
  return `'${name.replace(/'/g, "''")}'!${cell}`;
}

/** The column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

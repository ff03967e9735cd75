import type { CellValue } from "exceljs";

/** What a cell holds once formulas, rich text and hyperlinks are looked through. */
export type CellContent =
  | { kind: "empty"; formula?: string }
  | { kind: "number"; value: number; formula?: string }
  | { kind: "text"; value: string; formula?: string }
  | { kind: "boolean"; value: boolean; formula?: string }
  | { kind: "date"; value: Date; formula?: string }
  | { kind: "error"; value: string; formula?: string };

function plain(value: unknown): CellContent {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", value: String(value) };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return { kind: "error", value: String(v.error) };
    if (Array.isArray(v.richText)) return plain((v.richText as { text?: string }[]).map((r) => r.text ?? "").join(""));
    if ("hyperlink" in v || "text" in v) return plain(typeof v.text === "object" ? v.text : String(v.text ?? ""));
  }
  return { kind: "text", value: String(value) };
}

/** A cell's value as read by exceljs, reduced to one of a few kinds; a formula gives its cached result. */
export function cellContent(value: CellValue | undefined): CellContent {
  if (value !== null && typeof value === "object" && !(value instanceof Date) && ("formula" in value || "sharedFormula" in value)) {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const formula = v.formula ?? v.sharedFormula ?? "";
    if (v.result === undefined) return { kind: "error", value: "uncomputed", formula };
    return { ...plain(v.result), formula };
  }
  return plain(value);
}

/** The cell as a person sees it, for messages. */
export function cellText(content: CellContent): string {
  switch (content.kind) {
    case "empty":
      return "";
    case "date":
      return content.value.toISOString().slice(0, 10);
    default:
      return String(content.value);
  }
}

/** A cell that names something (an id, a key): its trimmed text, "" when empty. */
export function cellKey(value: CellValue | undefined): string {
  const content = cellContent(value);
  return content.kind === "empty" ? "" : cellText(content).trim();
}

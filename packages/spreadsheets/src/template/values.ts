import type { InputValue } from "@dti/contracts";
import type { InputDefinition, InputUnit } from "@dti/pack-sdk";
import type { DataValidation } from "exceljs";
import type { CellContent } from "../cells";
import { cellText } from "../cells";
import type { Localized, TemplateProblemCode } from "../errors";
import { readNumber } from "@dti/conventions";
import { textKey } from "@dti/conventions";

/**
 * How each kind of input is written in a value cell, checked by Excel's data validation, and read
 * back. Yes/no cells say "Có"/"Không"; choice cells hold the option's Vietnamese label (the value
 * is kept in the hidden "Danh mục" sheet).
 */
export const YES = "Có";
export const NO = "Không";

const TRUE_KEYS = new Set(["co", "x", "true", "yes", "y", "1", "dung", "da_co", "dat"]);
const FALSE_KEYS = new Set(["khong", "false", "no", "n", "0", "sai", "chua", "chua_co", "khong_co", "chua_dat"]);

export interface Spec {
  unit: InputUnit;
  min?: number;
  max?: number;
  options?: InputDefinition["options"];
}

export function specOf(input: InputDefinition | undefined, unit: InputUnit | null): Spec {
  if (input) return input;
  return { unit: unit ?? "text" };
}

function numeric(spec: Spec): boolean {
  return spec.unit === "count" || spec.unit === "billion_vnd" || spec.unit === "number" || spec.unit === "percent";
}

function lowerBound(spec: Spec): number | undefined {
  return spec.min ?? (spec.unit === "count" || spec.unit === "billion_vnd" ? 0 : undefined);
}

/** A number as Vietnamese write it (1.234,5), in messages. */
export const vn = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 }).format(n);

/** The expected form of a cell, in Vietnamese and English. */
export function expectedForm(spec: Spec): Localized {
  const min = lowerBound(spec);
  const max = spec.max;
  switch (spec.unit) {
    case "count":
      return max !== undefined
        ? { vi: `Số nguyên từ ${vn(min ?? 0)} đến ${vn(max)}`, en: `a whole number from ${min ?? 0} to ${max}` }
        : { vi: `Số nguyên ≥ ${vn(min ?? 0)}, ví dụ 1250`, en: `a whole number ≥ ${min ?? 0} such as 1250` };
    case "billion_vnd":
    case "number":
    case "percent": {
      const what =
        spec.unit === "billion_vnd"
          ? { vi: " (tỷ đồng)", en: " (billion VND)" }
          : spec.unit === "percent"
            ? { vi: " (%)", en: " (percent)" }
            : { vi: "", en: "" };
      const range =
        min !== undefined && max !== undefined
          ? { vi: ` từ ${vn(min)} đến ${vn(max)}`, en: ` from ${min} to ${max}` }
          : min !== undefined
            ? { vi: ` ≥ ${vn(min)}`, en: ` ≥ ${min}` }
            : max !== undefined
              ? { vi: ` ≤ ${vn(max)}`, en: ` ≤ ${max}` }
              : { vi: "", en: "" };
      return { vi: `Số${range.vi}${what.vi}, ví dụ 12,5`, en: `a number${range.en}${what.en} such as 12.5` };
    }
    case "boolean":
      return { vi: `${YES} hoặc ${NO}`, en: `${YES} (yes) or ${NO} (no)` };
    case "choice":
      return {
        vi: `Một trong: ${(spec.options ?? []).map((o) => `“${o.label.vi}”`).join("; ")}`,
        en: `one of: ${(spec.options ?? []).map((o) => `“${o.label.en ?? o.label.vi}” (${o.value})`).join("; ")}`,
      };
    case "text":
      return { vi: "Văn bản", en: "text" };
  }
}

/** The "Giá trị cho phép" text of an entry cell. */
export function allowedText(spec: Spec): string {
  if (spec.unit === "choice") return ["Chọn một:", ...(spec.options ?? []).map((o) => `• ${o.label.vi}`)].join("\n");
  return expectedForm(spec).vi;
}

/** Excel's data validation for an entry cell; `listRange` is the range of the option labels. */
export function validationFor(spec: Spec, listRange?: string): DataValidation | undefined {
  // Excel refuses a file whose validation message is longer than 225 characters (title: 32).
  const error = spec.unit === "choice" ? "Chọn một giá trị trong danh sách thả xuống của ô." : expectedForm(spec).vi.slice(0, 225);
  const message = { showErrorMessage: true, errorStyle: "stop", errorTitle: "Giá trị không hợp lệ", error } as const;
  const min = lowerBound(spec);
  const bounds = (): Pick<DataValidation, "operator" | "formulae"> =>
    min !== undefined && spec.max !== undefined
      ? { operator: "between", formulae: [min, spec.max] }
      : min !== undefined
        ? { operator: "greaterThanOrEqual", formulae: [min] }
        : spec.max !== undefined
          ? { operator: "lessThanOrEqual", formulae: [spec.max] }
          : { operator: "between", formulae: [-1e15, 1e15] };
  switch (spec.unit) {
    case "count":
      return { type: "whole", allowBlank: true, ...bounds(), ...message };
    case "billion_vnd":
    case "number":
    case "percent":
      return { type: "decimal", allowBlank: true, ...bounds(), ...message };
    case "boolean":
      return { type: "list", allowBlank: true, formulae: [`"${YES},${NO}"`], ...message };
    case "choice":
      return listRange ? { type: "list", allowBlank: true, formulae: [listRange], ...message } : undefined;
    case "text":
      return undefined;
  }
}

/** The number format of an entry cell: counts grouped, amounts as typed. */
export function numberFormatFor(spec: Spec): string | undefined {
  if (spec.unit === "count") return "#,##0";
  if (numeric(spec)) return "General";
  if (spec.unit === "text" || spec.unit === "choice" || spec.unit === "boolean") return "@";
  return undefined;
}

/** A value as it is written in a cell: Có/Không for yes/no, the Vietnamese label for a choice. */
export function cellValueOf(spec: Spec, value: InputValue): string | number | null {
  if (value === null) return null;
  if (spec.unit === "boolean" && typeof value === "boolean") return value ? YES : NO;
  if (spec.unit === "choice" && typeof value === "string") return spec.options?.find((o) => o.value === value)?.label.vi ?? value;
  if (typeof value === "boolean") return value ? YES : NO;
  return value;
}

export type Reading = { ok: true; value: InputValue } | { ok: false; code: TemplateProblemCode; message: Localized };

/** A cell read as the value its input expects; empty is "not provided" (null). */
export function readValue(spec: Spec, content: CellContent): Reading {
  const shown = cellText(content);
  if (content.kind === "empty") return { ok: true, value: null };
  if (content.kind === "error")
    return content.value === "uncomputed"
      ? {
          ok: false,
          code: "CELL_FORMULA_ERROR",
          message: {
            vi: "Công thức chưa được tính (mở và lưu lại tệp bằng Excel)",
            en: "the formula was never computed (open and save the file in Excel)",
          },
        }
      : {
          ok: false,
          code: "CELL_FORMULA_ERROR",
          message: { vi: `Ô có lỗi ${content.value}`, en: `the cell holds the error ${content.value}` },
        };
  if (content.kind === "text" && content.value.trim() === "") return { ok: true, value: null };

  if (numeric(spec)) {
    let value: number;
    if (content.kind === "number") value = content.value;
    else if (content.kind === "text") {
      const reading = readNumber(content.value, { whole: spec.unit === "count" });
      if (!reading.ok)
        return reading.reason === "ambiguous"
          ? {
              ok: false,
              code: "CELL_AMBIGUOUS_NUMBER",
              message: {
                vi: `“${shown}” có thể hiểu là ${vn(reading.readings![0])} hoặc ${vn(reading.readings![1])}: hãy nhập số trực tiếp (không phải văn bản)`,
                en: `"${shown}" could be ${reading.readings![0]} or ${reading.readings![1]}: type the number as a number, not text`,
              },
            }
          : { ok: false, code: "CELL_NOT_A_NUMBER", message: { vi: `“${shown}” không phải là số`, en: `"${shown}" is not a number` } };
      value = reading.value;
    } else
      return {
        ok: false,
        code: "CELL_NOT_A_NUMBER",
        message:
          content.kind === "date"
            ? { vi: `Ô chứa ngày ${shown}, không phải số`, en: `the cell holds the date ${shown}, not a number` }
            : { vi: `“${shown}” không phải là số`, en: `"${shown}" is not a number` },
      };
    const min = lowerBound(spec);
    if (value < 0 && min === 0)
      return { ok: false, code: "CELL_NEGATIVE", message: { vi: `${vn(value)} là số âm`, en: `${value} is negative` } };
    if (spec.unit === "count" && !Number.isInteger(value))
      return {
        ok: false,
        code: "CELL_NOT_WHOLE",
        message: { vi: `${vn(value)} không phải là số nguyên`, en: `${value} is not a whole number` },
      };
    if ((min !== undefined && value < min) || (spec.max !== undefined && value > spec.max))
      return {
        ok: false,
        code: "CELL_OUT_OF_RANGE",
        message: { vi: `${vn(value)} nằm ngoài khoảng cho phép`, en: `${value} is outside the allowed range` },
      };
    return { ok: true, value };
  }

  switch (spec.unit) {
    case "boolean": {
      if (content.kind === "boolean") return { ok: true, value: content.value };
      const key = textKey(shown);
      if (TRUE_KEYS.has(key)) return { ok: true, value: true };
      if (FALSE_KEYS.has(key)) return { ok: true, value: false };
      return {
        ok: false,
        code: "CELL_NOT_YES_NO",
        message: { vi: `“${shown}” không phải là ${YES}/${NO}`, en: `"${shown}" is not a yes/no answer` },
      };
    }
    case "choice": {
      const options = spec.options ?? [];
      const key = textKey(shown);
      const found =
        options.find((o) => o.label.vi === shown.trim() || o.value === shown.trim()) ??
        options.find(
          (o) => textKey(o.label.vi) === key || textKey(o.value) === key || (o.label.en !== undefined && textKey(o.label.en) === key),
        );
      if (found) return { ok: true, value: found.value };
      return {
        ok: false,
        code: "CELL_UNKNOWN_CHOICE",
        message: { vi: `“${shown}” không phải là một lựa chọn`, en: `"${shown}" is not one of the options` },
      };
    }
    default:
      return { ok: true, value: shown.trim() };
  }
}

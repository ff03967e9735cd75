import type { InputValue } from "@dti/contracts";
import type ExcelJS from "exceljs";
import { cellContent, cellKey, cellText } from "../cells";
import { SpreadsheetError, type Localized, type TemplateProblemCode, type TemplateWarningCode } from "../errors";
import { loadedPackOf, resolvePack, type PackSource } from "../pack";
import { columnLetter } from "../text";
import type { WorkbookLimits } from "../limits";
import { fromBytes } from "../workbook";
import { engineProblems, type CellPlace, type TemplateRatioSide } from "./engine-checks";
import { layoutTemplate, type LayoutRow, type LayoutSheet } from "./layout";
import { metadataOf, versionsOf, type TemplateMetadata } from "./metadata";
import { expectedForm, readValue, specOf } from "./values";

export interface TemplateProblem {
  code: TemplateProblemCode;
  sheet: string;
  /** Excel row number (1-based); absent for a missing sheet. */
  row?: number;
  /** Column letter, e.g. "F". */
  column?: string;
  /** Cell address, e.g. "F12". */
  cell?: string;
  inputId?: string;
  /** Official address (3.3.a, 1.1) or general-information code (A6). */
  address?: string;
  /** The cell as written. */
  value?: string;
  message: Localized;
  expected?: Localized;
  /** The indicator whose rule the values break (a broken ratio). */
  indicator?: string;
  /** When the engine's check of the values read found the problem: the engine's code. */
  engineCode?: string;
  /** RATIO_NUMERATOR_EXCEEDS_DENOMINATOR: both sides, each input with its value, sheet and cell. */
  ratio?: { numerator: TemplateRatioSide; denominator: TemplateRatioSide };
}

export interface TemplateWarning {
  code: TemplateWarningCode;
  message: Localized;
}

export interface TemplateReading {
  metadata: TemplateMetadata;
  /**
   * Values entered, keyed by input id (plus the A-code of general-information items no input uses,
   * e.g. A1, which the engine accepts and ignores). Empty cells are left out. Empty when there are problems.
   */
  values: Record<string, InputValue>;
  /** "Ghi chú / nguồn số liệu" of each value, keyed like `values`. Empty when there are problems. */
  sources: Record<string, string>;
  /**
   * The versions of the stored values the template was made from, by input id (absent: no stored
   * value then), or null when the template records none (made before versions were recorded).
   */
  versions: Record<string, number> | null;
  /** Every problem at once, in sheet, row and column order. */
  problems: TemplateProblem[];
  warnings: TemplateWarning[];
}

export interface ReadTemplateOptions {
  pack: PackSource;
  /** When given, a template of another period is refused (TEMPLATE_PERIOD_MISMATCH). */
  period?: number;
  /** When given, a template of another unit code is refused (TEMPLATE_UNIT_MISMATCH). */
  unit?: string;
  /** Size limits checked before the workbook is unpacked (defaults: DEFAULT_WORKBOOK_LIMITS). */
  limits?: Partial<WorkbookLimits>;
}

const KEY_SEARCH_ROWS = 8;

/** The row of machine keys ("value", "input_id", …) and the column of each key. */
function keyColumns(sheet: ExcelJS.Worksheet): { row: number; columns: Map<string, number> } | undefined {
  for (let r = 1; r <= Math.min(KEY_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, c) => {
      const key = cellKey(cell.value);
      if (key && !columns.has(key)) columns.set(key, c);
    });
    if (columns.has("input_id") && columns.has("value") && columns.has("role")) return { row: r, columns };
  }
  return undefined;
}

function officialAddress(sheet: LayoutSheet, row: LayoutRow): string {
  return sheet.kind === "general" ? row.code : row.address;
}

/**
 * Reads a filled assessment template back: every value, its source note, and every problem at
 * once (sheet, row, column, cell, input, message in Vietnamese and English). In the same pass the
 * values that did read are checked as the engine reads them (ranges, options, and every ratio they
 * break: a part above its whole, both sides named with their cells), so a file's type problems,
 * range problems and broken ratios come out together. Values are returned only when there is no
 * problem, so a caller can apply them all or nothing.
 */
export async function readTemplate(bytes: Uint8Array | ArrayBuffer, options: ReadTemplateOptions): Promise<TemplateReading> {
  const workbook = await fromBytes(bytes, options.limits);
  const metadata = metadataOf(workbook);
  const { pack, ref } = resolvePack(options.pack);
  if (metadata.pack.id !== ref.id || metadata.pack.version !== ref.version)
    throw new SpreadsheetError("TEMPLATE_PACK_MISMATCH", {
      vi: `Biểu mẫu được tạo cho bộ chỉ số ${metadata.pack.id} phiên bản ${metadata.pack.version}, không phải ${ref.id} phiên bản ${ref.version}`,
      en: `the template was made for pack ${metadata.pack.id} ${metadata.pack.version}, not ${ref.id} ${ref.version}`,
    });
  if (options.period !== undefined && metadata.period !== options.period)
    throw new SpreadsheetError("TEMPLATE_PERIOD_MISMATCH", {
      vi: `Biểu mẫu là của kỳ đánh giá ${metadata.period}, không phải kỳ ${options.period}`,
      en: `the template is for period ${metadata.period}, not ${options.period}`,
    });
  if (options.unit !== undefined && metadata.unit.code !== options.unit)
    throw new SpreadsheetError("TEMPLATE_UNIT_MISMATCH", {
      vi: `Biểu mẫu là của đơn vị ${metadata.unit.code} (${metadata.unit.name}), không phải ${options.unit}`,
      en: `the template is for unit ${metadata.unit.code} (${metadata.unit.name}), not ${options.unit}`,
    });
  const warnings: TemplateWarning[] = [];
  if (metadata.pack.hash !== ref.hash)
    warnings.push({
      code: "TEMPLATE_PACK_HASH_DIFFERS",
      message: {
        vi: `Nội dung bộ chỉ số ${ref.id} ${ref.version} đã thay đổi kể từ khi tạo biểu mẫu (mã kiểm tra khác)`,
        en: `pack ${ref.id} ${ref.version} was edited since the template was made (content hash ${metadata.pack.hash} ≠ ${ref.hash})`,
      },
    });

  const layout = layoutTemplate(pack);
  const skip = new Set([layout.instructions, layout.lists, layout.meta]);
  const problems: TemplateProblem[] = [];
  const values = new Map<string, InputValue>();
  const sources = new Map<string, string>();
  const found = new Set<string>();
  // Where each value was read, so that the engine's problems can be placed at their cells.
  const readAt = new Map<string, CellPlace>();
  const refs: { sheet: string; row: number; column: number; id: string; value: InputValue; shown: string }[] = [];

  for (const sheet of workbook.worksheets) {
    if (skip.has(sheet.name)) continue;
    const keys = keyColumns(sheet);
    if (!keys) continue;
    const col = (key: string) => keys.columns.get(key);
    const valueColumn = col("value")!;
    const where = (row: number, column: number) => ({
      sheet: sheet.name,
      row,
      column: columnLetter(column),
      cell: `${columnLetter(column)}${row}`,
    });
    sheet.eachRow((r, rowNumber) => {
      if (rowNumber <= keys.row) return;
      const id = cellKey(r.getCell(col("input_id")!).value);
      const role = cellKey(r.getCell(col("role")!).value);
      if (role === "header" || role === "note") return;
      const content = cellContent(r.getCell(valueColumn).value);
      if (id === "" && role === "") {
        if (content.kind !== "empty")
          problems.push({
            code: "ROW_UNRECOGNIZED",
            ...where(rowNumber, valueColumn),
            value: cellText(content),
            message: {
              vi: "Giá trị nằm ở dòng không thuộc biểu mẫu (không có mã ẩn), sẽ không được đọc: hãy nhập vào dòng của chỉ số",
              en: "a value in a row the template did not make (no hidden id) would be lost: enter it in the indicator's row",
            },
          });
        return;
      }
      const entry = layout.entries.get(id);
      if (!entry || !["entry", "info", "ref", "constant", ""].includes(role)) {
        problems.push({
          code: role && !["entry", "info", "ref", "constant"].includes(role) ? "ROW_UNRECOGNIZED" : "ROW_UNKNOWN_INPUT",
          ...where(rowNumber, col("input_id")!),
          inputId: id,
          value: id,
          message: {
            vi: `Mã ẩn “${id}” của dòng không thuộc bộ chỉ số ${ref.id} ${ref.version}`,
            en: `the row's hidden id "${id}" (role "${role}") is not an input of ${ref.id} ${ref.version}`,
          },
        });
        return;
      }
      const spec = specOf(entry.row.input, entry.row.unit);
      const address = officialAddress(entry.sheet, entry.row);
      if (role === "ref") {
        if (content.formula === undefined && content.kind !== "empty") {
          const reading = readValue(spec, content);
          refs.push({
            sheet: sheet.name,
            row: rowNumber,
            column: valueColumn,
            id,
            value: reading.ok ? reading.value : cellText(content),
            shown: cellText(content),
          });
        }
        return;
      }
      if (found.has(id)) {
        problems.push({
          code: "ROW_DUPLICATE_INPUT",
          ...where(rowNumber, col("input_id")!),
          inputId: id,
          address,
          message: { vi: `Dòng của ${address} (${id}) xuất hiện hai lần`, en: `the row of ${address} (${id}) appears twice` },
        });
        return;
      }
      found.add(id);
      if (role === "constant" || entry.row.role === "constant") {
        const reading = readValue(spec, content);
        if (!reading.ok || reading.value !== entry.row.input?.constant)
          problems.push({
            code: "CONSTANT_CHANGED",
            ...where(rowNumber, valueColumn),
            inputId: id,
            address,
            value: cellText(content),
            message: {
              vi: `${address} là giá trị cố định ${entry.row.input?.constant}, không được sửa`,
              en: `${address} is fixed at ${entry.row.input?.constant} and cannot be changed`,
            },
            expected: { vi: String(entry.row.input?.constant), en: String(entry.row.input?.constant) },
          });
        return;
      }
      const reading = readValue(spec, content);
      if (!reading.ok) {
        problems.push({
          code: reading.code,
          ...where(rowNumber, valueColumn),
          inputId: id,
          address,
          value: cellText(content),
          message: { vi: `${address}: ${reading.message.vi}`, en: `${address}: ${reading.message.en}` },
          expected: expectedForm(spec),
        });
        return;
      }
      if (reading.value !== null) {
        values.set(id, reading.value);
        readAt.set(id, where(rowNumber, valueColumn));
      }
      const note = col("source") === undefined ? "" : cellKey(r.getCell(col("source")!).value);
      if (note) sources.set(id, note);
    });
  }

  for (const s of layout.sheets) {
    const expected = s.rows.filter((r) => r.role === "entry" || r.role === "info" || r.role === "constant");
    const missing = expected.filter((r) => !found.has(r.id));
    if (!workbook.getWorksheet(s.name) && missing.length === expected.length) {
      problems.push({
        code: "SHEET_MISSING",
        sheet: s.name,
        message: { vi: `Thiếu trang tính “${s.name}” (đã bị xóa?)`, en: `the sheet "${s.name}" is missing (deleted?)` },
      });
      continue;
    }
    for (const r of missing)
      problems.push({
        code: "ROW_MISSING",
        sheet: s.name,
        row: r.row,
        inputId: r.id,
        address: officialAddress(s, r),
        message: {
          vi: `Thiếu dòng của ${officialAddress(s, r)} (${r.label})`,
          en: `the row of ${officialAddress(s, r)} (${r.id}) is missing`,
        },
      });
  }

  for (const x of refs) {
    const primary = layout.entries.get(x.id)!;
    if (values.get(x.id) === x.value) continue;
    problems.push({
      code: "SHARED_VALUE_CONFLICT",
      sheet: x.sheet,
      row: x.row,
      column: columnLetter(x.column),
      cell: `${columnLetter(x.column)}${x.row}`,
      inputId: x.id,
      address: officialAddress(primary.sheet, primary.row),
      value: x.shown,
      message: {
        vi: `Ô này lấy giá trị từ ${officialAddress(primary.sheet, primary.row)} (trang “${primary.sheet.name}”) nhưng đã bị ghi đè bằng giá trị khác: chỉ nhập ở ${officialAddress(primary.sheet, primary.row)}`,
        en: `this cell refers to ${officialAddress(primary.sheet, primary.row)} (sheet "${primary.sheet.name}") but was overwritten with another value: enter it there only`,
      },
    });
  }

  // The values that did read, checked by the engine: each problem at the cell of the value at fault.
  problems.push(...engineProblems(loadedPackOf(options.pack), layout, values, readAt));

  const order = new Map(workbook.worksheets.map((w, k) => [w.name, k]));
  layout.sheets.forEach((s, k) => order.has(s.name) || order.set(s.name, 1000 + k));
  problems.sort(
    (a, b) =>
      (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? "").localeCompare(b.column ?? ""),
  );
  const ok = problems.length === 0;
  return {
    metadata,
    versions: versionsOf(workbook),
    values: ok ? Object.fromEntries(values) : {},
    sources: ok ? Object.fromEntries(sources) : {},
    problems,
    warnings,
  };
}

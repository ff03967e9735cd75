import type { InputValue } from "@dti/contracts";
import { checkInputs, type EngineErrorCode, type InputCheckIssue, type LoadedPack, type RatioSide } from "@dti/engine";
import type { Localized, TemplateProblemCode } from "../errors";
import { columnLetter } from "../text";
import { columnOf, type LayoutRow, type LayoutSheet, type TemplateLayout } from "./layout";
import { expectedForm, specOf, vn } from "./values";

/** Where a value was read: the sheet and cell of its value cell. */
export interface CellPlace {
  sheet: string;
  row: number;
  column: string;
  cell: string;
}

/** One input of a side of a broken ratio, with the cell where its value is entered. */
export interface TemplateRatioInput extends CellPlace {
  inputId: string;
  /** The official address in the indicator (8.4.b), which may differ from where it is entered (A6). */
  address: string;
  /** The value read; null where the cell is empty. */
  value: number | null;
  /** Where the value is entered when that is another address (A6 for 8.4.b): a shared input is entered once. */
  enteredAt?: string;
}

/** One side of a broken ratio: its inputs and the total of the values given. */
export interface TemplateRatioSide {
  total: number;
  inputs: TemplateRatioInput[];
  /** Addresses of the inputs of this side left empty: the side is then known only within bounds. */
  missing?: string[];
}

/** A problem the engine finds in the values read, placed at a cell like the reader's own problems. */
export interface EngineCheckProblem extends CellPlace {
  code: TemplateProblemCode;
  /** The engine's code (INPUT_NUMERATOR_EXCEEDS_DENOMINATOR, INPUT_OUT_OF_RANGE…). */
  engineCode: EngineErrorCode;
  inputId?: string;
  address?: string;
  /** The indicator whose rule the values break (ratios). */
  indicator?: string;
  value?: string;
  message: Localized;
  expected?: Localized;
  ratio?: { numerator: TemplateRatioSide; denominator: TemplateRatioSide };
}

/** The template's code for each value problem the engine may find in a value the reader accepted. */
const VALUE_CODES: Partial<Record<EngineErrorCode, TemplateProblemCode>> = {
  INPUT_NOT_A_NUMBER: "CELL_NOT_A_NUMBER",
  INPUT_NOT_BOOLEAN: "CELL_NOT_YES_NO",
  INPUT_UNKNOWN_CHOICE: "CELL_UNKNOWN_CHOICE",
  INPUT_OUT_OF_RANGE: "CELL_OUT_OF_RANGE",
  INPUT_CONSTANT: "CONSTANT_CHANGED",
  INPUT_UNKNOWN: "ROW_UNKNOWN_INPUT",
  INPUT_CONFLICT: "ROW_DUPLICATE_INPUT",
};

/** What each value problem says, in Vietnamese and English, about the value written at `address`. */
function valueMessage(code: TemplateProblemCode, address: string, shown: string): Localized {
  switch (code) {
    case "CELL_NOT_A_NUMBER":
      return { vi: `${address}: “${shown}” không phải là số`, en: `${address}: "${shown}" is not a number` };
    case "CELL_NOT_YES_NO":
      return { vi: `${address}: “${shown}” không phải là Có/Không`, en: `${address}: "${shown}" is not a yes/no answer` };
    case "CELL_UNKNOWN_CHOICE":
      return { vi: `${address}: “${shown}” không phải là một lựa chọn`, en: `${address}: "${shown}" is not one of the options` };
    case "CELL_OUT_OF_RANGE":
      return { vi: `${address}: ${shown} nằm ngoài khoảng cho phép`, en: `${address}: ${shown} is outside the allowed range` };
    case "CONSTANT_CHANGED":
      return { vi: `${address} là giá trị cố định, không được sửa`, en: `${address} is a fixed value and cannot be changed` };
    case "ROW_UNKNOWN_INPUT":
      return { vi: `${address} không thuộc bộ chỉ số`, en: `${address} is not an input of the pack` };
    case "ROW_DUPLICATE_INPUT":
      return { vi: `${address} được nhập hai lần với hai giá trị khác nhau`, en: `${address} is given twice with different values` };
    default:
      return {
        vi: `${address}: giá trị “${shown}” không hợp lệ theo bộ chỉ số`,
        en: `${address}: the value "${shown}" is not valid for the pack`,
      };
  }
}

function officialAddress(sheet: LayoutSheet, row: LayoutRow): string {
  return sheet.kind === "general" ? row.code : row.address;
}

/**
 * Checks the values a template gave, as the engine reads them (`checkInputs`: each value against its
 * input, and every ratio the values already break), and places each problem at its cell: a value's
 * own problem at the cell it was read from; a broken ratio at its numerator's first filled cell, with
 * both sides named (each input, its value and its cell). Values the reader refused are not given here,
 * so a type problem is never reported twice. Messages are in Vietnamese and English.
 */
export function engineProblems(
  loaded: LoadedPack,
  layout: TemplateLayout,
  values: ReadonlyMap<string, InputValue>,
  readAt: ReadonlyMap<string, CellPlace>,
): EngineCheckProblem[] {
  const { issues } = checkInputs(loaded, Object.fromEntries(values));
  const valueColumn = columnLetter(columnOf("value"));
  // Where a value is (or would be) entered: where it was read, else its row in the template's layout.
  const placeOf = (id: string): CellPlace | undefined => {
    const read = readAt.get(id);
    if (read) return read;
    const entry = layout.entries.get(id);
    return entry ? { sheet: entry.sheet.name, row: entry.row.row, column: valueColumn, cell: `${valueColumn}${entry.row.row}` } : undefined;
  };
  const problems: EngineCheckProblem[] = [];
  for (const issue of issues) {
    const problem = issue.ratio ? ratioProblem(issue, issue.ratio, layout, placeOf) : valueProblem(issue, layout, values, placeOf);
    if (problem) problems.push(problem);
  }
  return problems;
}

function valueProblem(
  issue: InputCheckIssue,
  layout: TemplateLayout,
  values: ReadonlyMap<string, InputValue>,
  placeOf: (id: string) => CellPlace | undefined,
): EngineCheckProblem | undefined {
  const id = issue.inputs[0]?.id ?? issue.key;
  const place = id === undefined ? undefined : placeOf(id);
  if (id === undefined || !place) return undefined;
  const entry = layout.entries.get(id);
  const address = entry ? officialAddress(entry.sheet, entry.row) : (issue.inputs[0]?.address ?? id);
  const code = VALUE_CODES[issue.code] ?? "CELL_OUT_OF_RANGE";
  const value = values.get(id);
  const shown = typeof value === "number" ? vn(value) : String(value ?? "");
  return {
    code,
    engineCode: issue.code,
    ...place,
    inputId: id,
    address,
    value: String(value ?? ""),
    message: valueMessage(code, address, shown),
    ...(entry ? { expected: expectedForm(specOf(entry.row.input, entry.row.unit)) } : {}),
  };
}

/** "8.4.a Số hộ có địa chỉ số (ô F40, trang “VIII. …”)" for each input of a side, joined by " + ". */
function sideText(side: TemplateRatioSide, labels: (id: string) => Localized): Localized {
  const parts = side.inputs.map((x) => ({
    vi: `${x.address} ${labels(x.inputId).vi} (${x.enteredAt ? `nhập ở ${x.enteredAt}, ` : ""}ô ${x.cell}, trang “${x.sheet}”)`,
    en: `${x.address} ${labels(x.inputId).en} (${x.enteredAt ? `entered at ${x.enteredAt}, ` : ""}cell ${x.cell}, sheet "${x.sheet}")`,
  }));
  return { vi: parts.map((p) => p.vi).join(" + "), en: parts.map((p) => p.en).join(" + ") };
}

/** "8.4.a = 120", "6.12.b + 6.12.c ≥ 500 (6.12.c chưa nhập)". */
function sideValue(side: TemplateRatioSide): Localized {
  const names = side.inputs.map((x) => x.address).join(" + ");
  const missing = side.missing && side.missing.length > 0 ? side.missing : undefined;
  return missing
    ? {
        vi: `${names} ≥ ${vn(side.total)} (${missing.join(", ")} chưa nhập)`,
        en: `${names} ≥ ${side.total} (${missing.join(", ")} not entered)`,
      }
    : { vi: `${names} = ${vn(side.total)}`, en: `${names} = ${side.total}` };
}

function ratioProblem(
  issue: InputCheckIssue,
  ratio: { numerator: RatioSide; denominator: RatioSide },
  layout: TemplateLayout,
  placeOf: (id: string) => CellPlace | undefined,
): EngineCheckProblem | undefined {
  const side = (s: RatioSide): TemplateRatioSide => ({
    total: s.total,
    inputs: s.inputs.flatMap((x) => {
      const place = placeOf(x.id);
      const entry = layout.entries.get(x.id);
      const entered = entry ? officialAddress(entry.sheet, entry.row) : x.address;
      return place
        ? [
            {
              inputId: x.id,
              address: x.address,
              value: Number.isNaN(x.value) ? null : x.value,
              ...place,
              ...(entered !== x.address ? { enteredAt: entered } : {}),
            },
          ]
        : [];
    }),
    ...(s.missing ? { missing: s.missing } : {}),
  });
  const numerator = side(ratio.numerator);
  const denominator = side(ratio.denominator);
  // The cell to fix is one of the two sides: the problem sits at the numerator's first filled cell.
  const at = numerator.inputs.find((x) => x.value !== null) ?? numerator.inputs[0] ?? denominator.inputs[0];
  if (!at) return undefined;
  const labels = (id: string): Localized => {
    const input = layout.entries.get(id)?.row.input;
    return { vi: input?.label.vi ?? id, en: input?.label.en ?? id };
  };
  const indicator = issue.indicator ?? "";
  const [nv, dv] = [sideValue(numerator), sideValue(denominator)];
  const [nt, dt] = [sideText(numerator, labels), sideText(denominator, labels)];
  const { inputId, address, sheet, row, column, cell, value } = at;
  return {
    code: "RATIO_NUMERATOR_EXCEEDS_DENOMINATOR",
    engineCode: issue.code,
    sheet,
    row,
    column,
    cell,
    inputId,
    address,
    indicator,
    ...(value !== null ? { value: String(value) } : {}),
    message: {
      vi: `Chỉ tiêu ${indicator}: phần (tử số ${nv.vi}) lớn hơn tổng (mẫu số ${dv.vi}) — phần không thể lớn hơn tổng; sửa một trong hai bên. Tử số: ${nt.vi}. Mẫu số: ${dt.vi}.`,
      en: `Indicator ${indicator}: the part (numerator ${nv.en}) is above the whole (denominator ${dv.en}) — a part cannot exceed its whole; correct either side. Numerator: ${nt.en}. Denominator: ${dt.en}.`,
    },
    expected: {
      vi: `${numerator.inputs.map((x) => x.address).join(" + ")} ≤ ${denominator.inputs.map((x) => x.address).join(" + ")}`,
      en: issue.expected ?? `numerator ≤ denominator`,
    },
    ratio: { numerator, denominator },
  };
}

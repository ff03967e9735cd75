/**
 * Every code this package uses, with what it means. Errors are thrown (`SpreadsheetError`) when a
 * file cannot be read at all or is not what the caller asked for; problems are returned, all at
 * once, when a file was read but some of its cells or rows are wrong. A test checks that every
 * code is documented in the README.
 */
export const SPREADSHEET_ERROR_CODES = {
  FILE_NOT_XLSX: "The bytes are not an .xlsx workbook (another format, an old .xls, a damaged or empty file).",
  FILE_TOO_LARGE:
    "The .xlsx file, or what it unpacks to, is above the size limits, or is compressed at a zip bomb's ratio: refused before it is unpacked.",
  WORKBOOK_TOO_LARGE: "The workbook has more parts, sheets, rows per sheet or cells than the limits allow: refused before it is read.",
  TEMPLATE_NOT_RECOGNIZED: "The workbook is an .xlsx file but not an assessment template made by this package (no metadata).",
  TEMPLATE_FORMAT_UNSUPPORTED: "The template was made by a newer or unknown template format version.",
  TEMPLATE_PACK_MISMATCH: "The template was made for another pack, or another version of the pack, than the one given.",
  TEMPLATE_PERIOD_MISMATCH: "The template was made for another assessment period than the one expected.",
  TEMPLATE_UNIT_MISMATCH: "The template was made for another unit (province) than the one expected.",
  TEMPLATE_OPTIONS_INVALID: "buildTemplate was given an invalid unit, period, value or assignment, or a pack with nothing to enter.",
  PACK_INVALID: "The pack given does not parse as a pack.",
} as const;
export type SpreadsheetErrorCode = keyof typeof SPREADSHEET_ERROR_CODES;

/** Problems found in a filled template: returned by readTemplate, never thrown. */
export const TEMPLATE_PROBLEM_CODES = {
  SHEET_MISSING: "A sheet of the template is missing (deleted) and none of its rows were found elsewhere.",
  ROW_MISSING: "The row of an input is missing from the template (deleted or overwritten).",
  ROW_UNKNOWN_INPUT: "A row's hidden input id is not an input or general-information code of the pack.",
  ROW_DUPLICATE_INPUT: "Two rows carry the same hidden input id (a copied row); the value would be entered twice.",
  ROW_UNRECOGNIZED: "A value was written in a row the template did not make (no hidden id), so it would be lost.",
  CELL_NOT_A_NUMBER: "A count or an amount cell holds text, a date or a yes/no that is not a number.",
  CELL_AMBIGUOUS_NUMBER: 'A number written as text could be read two ways ("1,234"): thousands or decimals.',
  CELL_NEGATIVE: "A count or an amount is below zero.",
  CELL_NOT_WHOLE: "A count has a fractional part.",
  CELL_OUT_OF_RANGE: "A number is outside the input's declared minimum or maximum.",
  CELL_NOT_YES_NO: "A yes/no cell holds something other than Có/Không, x, true/false or 1/0.",
  CELL_UNKNOWN_CHOICE: "A choice cell holds something that is neither an option's label nor its value.",
  CELL_FORMULA_ERROR: "A value cell holds a formula whose result is an error (#DIV/0!, #REF!) or was never computed.",
  CONSTANT_CHANGED: "A fixed value of the method text (e.g. 3.6.b = 7) was changed.",
  SHARED_VALUE_CONFLICT: 'A row that refers to a shared input ("xem 3.2.b") was overwritten with a different value.',
  RATIO_NUMERATOR_EXCEEDS_DENOMINATOR:
    "The values read make a ratio's numerator (the part) larger than its denominator (the whole), which the engine refuses; both sides are named with their cells.",
} as const;
export type TemplateProblemCode = keyof typeof TEMPLATE_PROBLEM_CODES;

/** Problems found in a published results CSV: returned by readPublishedResultsCsv, never thrown. */
export const CSV_PROBLEM_CODES = {
  CSV_MALFORMED:
    "The CSV text itself is broken: an unclosed quote, a stray quote inside an unquoted field, text after a closing quote, a row with the wrong number of fields, an empty file.",
  CSV_UNKNOWN_COLUMN: "A header names nothing the reader knows (not a main index, pillar, unit, rank, overall, source or ignored column).",
  CSV_DUPLICATE_COLUMN: 'Two headers name the same thing (e.g. "I" and "Nhận thức số").',
  CSV_MISSING_COLUMN: "A required column is absent: a unit (code or name) or the overall value.",
  CSV_EMPTY_CELL: "A required cell (unit, overall) is empty.",
  CSV_NOT_A_NUMBER: "A value or rank cell is not a number.",
  CSV_OUT_OF_RANGE: "A value is outside 0..1, or a rank is not a whole number ≥ 1.",
  CSV_DUPLICATE_UNIT: "Two rows name the same unit.",
} as const;
export type CsvProblemCode = keyof typeof CSV_PROBLEM_CODES;

/** Warnings: the file was read, but something deserves a look. */
export const TEMPLATE_WARNING_CODES = {
  TEMPLATE_PACK_HASH_DIFFERS:
    "The template names the same pack id and version but its content hash differs: the pack was edited since the template was made.",
} as const;
export type TemplateWarningCode = keyof typeof TEMPLATE_WARNING_CODES;

export const ALL_CODES = {
  ...SPREADSHEET_ERROR_CODES,
  ...TEMPLATE_PROBLEM_CODES,
  ...CSV_PROBLEM_CODES,
  ...TEMPLATE_WARNING_CODES,
} as const;

/** A text in Vietnamese (shown to officers) and English. */
export interface Localized {
  vi: string;
  en: string;
}

export class SpreadsheetError extends Error {
  readonly code: SpreadsheetErrorCode;
  /** The Vietnamese and English messages; `message` is "vi — en". */
  readonly text: Localized;
  readonly details: readonly string[];

  constructor(code: SpreadsheetErrorCode, text: Localized, options: { details?: string[]; cause?: unknown } = {}) {
    super(`${text.vi} — ${text.en}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SpreadsheetError";
    this.code = code;
    this.text = text;
    this.details = options.details ?? [];
  }
}

export function isSpreadsheetError(error: unknown): error is SpreadsheetError {
  return error instanceof SpreadsheetError;
}

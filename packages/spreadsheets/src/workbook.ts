import ExcelJS from "exceljs";
import type { Borders, Fill, Font, Worksheet } from "exceljs";
import { neutralizeFormula } from "./csv/formula";
import { SpreadsheetError } from "./errors";
import { inspectWorkbook, type WorkbookLimits } from "./limits";

/** Shared look of every workbook this package writes. */
export const FONT: Partial<Font> = { name: "Times New Roman", size: 12 };
export const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
export const ENTRY_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
export const LOCKED_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const THIN = { style: "thin", color: { argb: "FF9E9E9E" } } as const;
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export const GENERATOR = "@dti/spreadsheets";

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = GENERATOR;
  workbook.lastModifiedBy = GENERATOR;
  // Formulas written without a cached result (references to shared inputs) are computed on open.
  workbook.calcProperties = { fullCalcOnLoad: true };
  return workbook;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, k) => bytes[k] === b);

/**
 * Opens .xlsx bytes, or says clearly (in Vietnamese and English) why they are not a workbook, or
 * are too large to open (`FILE_TOO_LARGE`, `WORKBOOK_TOO_LARGE`: checked on the zip before exceljs
 * unpacks anything, see limits.ts).
 */
export async function fromBytes(bytes: Uint8Array | ArrayBuffer, limits: Partial<WorkbookLimits> = {}): Promise<ExcelJS.Workbook> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.length === 0) throw new SpreadsheetError("FILE_NOT_XLSX", { vi: "Tệp rỗng", en: "the file is empty" });
  if (startsWith(view, OLE))
    throw new SpreadsheetError("FILE_NOT_XLSX", {
      vi: "Tệp là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx",
      en: "the file is an old Excel workbook (.xls): open it in Excel and save it as .xlsx",
    });
  if (!startsWith(view, ZIP))
    throw new SpreadsheetError("FILE_NOT_XLSX", { vi: "Tệp không phải là tệp Excel .xlsx", en: "the file is not an .xlsx workbook" });
  await inspectWorkbook(view, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(view.buffer, view.byteOffset, view.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new SpreadsheetError(
      "FILE_NOT_XLSX",
      { vi: "Tệp .xlsx bị hỏng hoặc không đọc được", en: "the .xlsx file is damaged or cannot be read" },
      { cause },
    );
  }
  if (workbook.worksheets.length === 0)
    throw new SpreadsheetError("FILE_NOT_XLSX", { vi: "Tệp không có trang tính nào", en: "the workbook has no worksheet" });
  return workbook;
}

/** A header row: bold, filled, bordered, wrapped, centred. */
export function styleHeader(sheet: Worksheet, row: number, from: number, to: number): void {
  const r = sheet.getRow(row);
  for (let c = from; c <= to; c++) {
    const cell = r.getCell(c);
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  }
}

/** A title cell merged across the table's width. */
export function title(sheet: Worksheet, row: number, text: string, width: number, size = 14): void {
  const cell = sheet.getCell(row, 1);
  cell.value = neutralizeFormula(text);
  cell.font = { ...FONT, bold: true, size };
  cell.alignment = { vertical: "middle", wrapText: true };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}

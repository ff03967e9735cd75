import type ExcelJS from "exceljs";
import { neutralizeFormula } from "../csv/formula";
import { BORDER, FONT, styleHeader } from "../workbook";
import type { ColumnKind, Table } from "./tables";

/**
 * Number formats are stored in the file in Excel's invariant form ("0.0000"); Excel shows them
 * with the reader's decimal mark (0,8002 on a Vietnamese system, 0.8002 elsewhere).
 */
export const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  rank: "0",
  value: "0.0000",
  points: "0.00",
  percent: "0.0%",
  date: "dd/mm/yyyy",
};

/**
 * Writes a table with a styled, frozen header at `headerRow`, real numbers with their formats, and a
 * filter; text cells through `neutralizeFormula`.
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  table: Table,
  headerRow: number,
  options: { freezeColumns?: number; wrapAll?: boolean } = {},
): void {
  table.columns.forEach((c, k) => {
    sheet.getColumn(k + 1).width = c.width;
    sheet.getRow(headerRow).getCell(k + 1).value = neutralizeFormula(c.header);
  });
  styleHeader(sheet, headerRow, 1, table.columns.length);
  sheet.getRow(headerRow).height = 32;
  table.rows.forEach((cells, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    cells.forEach((value, k) => {
      const cell = row.getCell(k + 1);
      const column = table.columns[k]!;
      // Text that looks like a formula stays text; numbers, dates and booleans are written as they are.
      cell.value = typeof value === "string" ? neutralizeFormula(value) : value;
      cell.font = FONT;
      cell.border = BORDER;
      const format = NUMBER_FORMATS[column.kind];
      if (format && (typeof value === "number" || value instanceof Date)) cell.numFmt = format;
      cell.alignment = { vertical: "top", wrapText: column.kind === "text" && (options.wrapAll || column.width >= 20) };
    });
  });
  sheet.views = [{ state: "frozen", xSplit: options.freezeColumns ?? 0, ySplit: headerRow }];
  if (table.rows.length > 0)
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + table.rows.length, column: table.columns.length } };
}

/** Landscape A4, fit to one page wide, the header row repeated on every page. */
export function printable(sheet: ExcelJS.Worksheet, headerRows: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: headerRows,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: "Trang &P / &N" };
}

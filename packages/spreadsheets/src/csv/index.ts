/**
 * `@dti/spreadsheets/csv`: reading and writing CSV text without loading exceljs, for callers that
 * only need CSV (the command line starts faster without it).
 */
export { parseCsv, type CsvParseProblem, type CsvParseProblemKind, type CsvRecord, type CsvTable } from "./parse";
export { BOM, csvNumber, roundTo, toCsv, type CsvCell } from "./write";

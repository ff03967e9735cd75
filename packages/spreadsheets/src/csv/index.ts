/**
 * `@dti/spreadsheets/csv`: reading and writing CSV text without loading exceljs, for callers that
 * only need CSV (the command line starts faster without it, the API reads published tables with
 * it). `parseCsv` and the writer load no package; `readPublishedResultsCsv` needs the pack (via
 * @dti/pack-sdk and @dti/engine), never exceljs.
 */
export { parseCsv, type CsvParseProblem, type CsvParseProblemKind, type CsvRecord, type CsvTable } from "./parse";
export { BOM, csvNumber, roundTo, toCsv, type CsvCell } from "./write";
export { neutralizeFormula } from "./formula";
export { headerMeanings, readPublishedResultsCsv, type CsvProblem, type PublishedResults, type PublishedRow } from "./published";
export type { CsvProblemCode, Localized } from "../errors";

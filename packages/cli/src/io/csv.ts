import { parseCsv as readCsv, type CsvParseProblem, type CsvRecord } from "@dti/spreadsheets/csv";
import { CliError, type CliIssue } from "../errors";

export type { CsvRecord };

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
}

/** A problem of the shared reader as the CLI reports it: CSV_INVALID, in English, with its row and column. */
function csvIssue(file: string, problem: CsvParseProblem): CliIssue {
  return {
    code: "CSV_INVALID",
    file,
    row: problem.line,
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...(problem.header !== undefined ? { key: problem.header } : {}),
    message: problem.message.en,
    ...(problem.expected ? { expected: problem.expected.en } : {}),
  };
}

/**
 * Reads a CSV file's text with the reader @dti/spreadsheets uses too (`@dti/spreadsheets/csv`:
 * RFC 4180, delimiter from the header line) and throws CSV_INVALID with every problem, by row and
 * column, when the text is malformed.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const { delimiter, header, records, problems } = readCsv(text);
  const issues = problems.filter((p) => p.kind !== "empty-file").map((p) => csvIssue(file, p));
  if (problems.some((p) => p.kind === "empty-file"))
    throw new CliError("CSV_INVALID", `${file} is empty: expected a header line`, { issues });
  if (issues.length > 0) throw csvError(file, issues);
  return { delimiter, header, records };
}

export function csvError(file: string, issues: CliIssue[]): CliError {
  return new CliError("CSV_INVALID", `${file}: ${issues.length} problem(s) in the CSV file`, { issues });
}

import { parseCsv as readCsv, type CsvParseProblem, type CsvRecord } from "@dti/spreadsheets/csv";
import { CliError, cliIssue, type CliIssue } from "../errors";
import { both } from "../i18n/catalogue";

export type { CsvRecord };

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
}

/** A problem of the shared reader as the CLI reports it: CSV_INVALID, in both languages, with its row and column. */
function csvIssue(file: string, problem: CsvParseProblem): CliIssue {
  return cliIssue(
    {
      code: "CSV_INVALID",
      file,
      row: problem.line,
      ...(problem.column !== undefined ? { column: problem.column } : {}),
      ...(problem.header !== undefined ? { key: problem.header } : {}),
    },
    problem.message,
    problem.expected,
  );
}

/**
 * Reads a CSV file's text with the reader @dti/spreadsheets uses too (`@dti/spreadsheets/csv`:
 * RFC 4180, delimiter from the header line) and throws CSV_INVALID with every problem, by row and
 * column, when the text is malformed.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const { delimiter, header, records, problems } = readCsv(text);
  const issues = problems.filter((p) => p.kind !== "empty-file").map((p) => csvIssue(file, p));
  if (problems.some((p) => p.kind === "empty-file")) throw new CliError("CSV_INVALID", both("csv.empty", { file }), { issues });
  if (issues.length > 0) throw csvError(file, issues);
  return { delimiter, header, records };
}

export function csvError(file: string, issues: CliIssue[]): CliError {
  return new CliError("CSV_INVALID", both("csv.problems", { file, count: issues.length }), { issues });
}

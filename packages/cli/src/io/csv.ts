import { CliError, type CliIssue } from "../errors";

/** One record of a CSV file, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
}

/**
 * The delimiter of the header line: ',' unless the header has ';' or tabs and no ',' outside
 * quotes (spreadsheets set to Vietnamese write ';' because ',' is their decimal mark).
 */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const outside = firstLine.replace(/"[^"]*"/g, "");
  if (outside.includes(",")) return ",";
  if (outside.includes(";")) return ";";
  if (outside.includes("\t")) return "\t";
  return ",";
}

/**
 * An RFC 4180 parser: quoted fields with "" escapes and line breaks, CRLF or LF, a final line
 * break or none. Every problem is collected with its line and column before failing.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(source);
  const issues: CliIssue[] = [];
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let column = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStarted = false;
  let afterQuote = false;

  const endField = () => {
    cells.push(field);
    field = "";
    fieldStarted = false;
    afterQuote = false;
    column++;
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0]!.trim() === "")) rows.push({ line: recordLine, cells });
    cells = [];
    column = 1;
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (!fieldStarted || field.trim() === "") {
        quoted = true;
        quoteLine = line;
        field = "";
        fieldStarted = true;
      } else issues.push({ code: "CSV_INVALID", file, row: line, column, message: 'a quote (") inside an unquoted field; quote the whole field and double the quote ("")' });
      continue;
    }
    if (ch === delimiter) {
      endField();
      continue;
    }
    if (ch === "\r" && source[i + 1] === "\n") continue;
    if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      if (ch.trim() !== "")
        issues.push({ code: "CSV_INVALID", file, row: line, column, message: "text after a closing quote; a quoted field must end at the delimiter" });
      continue;
    }
    field += ch;
    fieldStarted = true;
  }
  if (quoted) issues.push({ code: "CSV_INVALID", file, row: quoteLine, column, message: "a quoted field is never closed" });
  else if (fieldStarted || cells.length > 0 || field !== "") endRecord();

  const [headerRecord, ...records] = rows;
  if (!headerRecord) throw new CliError("CSV_INVALID", `${file} is empty: expected a header line`, { issues });
  const header = headerRecord.cells.map((c) => c.trim());
  header.forEach((name, k) => {
    if (name === "") issues.push({ code: "CSV_INVALID", file, row: 1, column: k + 1, message: "empty column name in the header" });
    else if (header.indexOf(name) !== k) issues.push({ code: "CSV_INVALID", file, row: 1, column: k + 1, key: name, message: `column "${name}" appears twice` });
  });
  for (const record of records) {
    if (record.cells.length !== header.length)
      issues.push({
        code: "CSV_INVALID",
        file,
        row: record.line,
        message: `${record.cells.length} field(s) where the header has ${header.length}`,
        expected: `${header.length} fields separated by "${delimiter === "\t" ? "\\t" : delimiter}"`,
      });
  }
  if (issues.length > 0) throw csvError(file, issues);
  return { delimiter, header, records };
}

export function csvError(file: string, issues: CliIssue[]): CliError {
  return new CliError("CSV_INVALID", `${file}: ${issues.length} problem(s) in the CSV file`, { issues });
}

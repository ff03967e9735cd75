import type { Localized } from "../errors";

/** One record of a CSV text, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** What is wrong with the CSV text itself (never with what its cells mean). */
export type CsvParseProblemKind =
  /** A `"` inside a field that does not start with one (`1"2`). */
  | "stray-quote"
  /** Something other than blanks between a closing `"` and the delimiter (`"a"b`). */
  | "text-after-quote"
  /** A field opened with `"` that no `"` closes before the end of the text. */
  | "unclosed-quote"
  /** No header line: the text is empty or blank. */
  | "empty-file"
  /** A header cell with no name. */
  | "empty-header"
  /** A header name that an earlier header cell already has (compared after trimming). */
  | "repeated-header"
  /** A record with more or fewer fields than the header. */
  | "field-count";

export interface CsvParseProblem {
  kind: CsvParseProblemKind;
  /** 1-based line of the text (the header is line 1); for an unclosed quote, the line it opens on. */
  line: number;
  /** 1-based column (field number), when the problem is in one field or header cell. */
  column?: number;
  /** The header name, for a repeated one. */
  header?: string;
  message: Localized;
  expected?: Localized;
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
  /** Every problem, in the order found: the text's own, then the header's, then the records' field counts. */
  problems: CsvParseProblem[];
}

/**
 * The delimiter of the header line: "," unless the header has ";" or tabs and no "," outside
 * quotes (Excel set to Vietnamese writes ";" because "," is its decimal mark).
 */
function detectDelimiter(text: string): string {
  const outside = (text.split(/\r?\n/, 1)[0] ?? "").replace(/"[^"]*"/g, "");
  if (outside.includes(",")) return ",";
  if (outside.includes(";")) return ";";
  if (outside.includes("\t")) return "\t";
  return ",";
}

function delimiterName(delimiter: string): Localized {
  return delimiter === "\t" ? { vi: "dấu tab", en: '"\\t"' } : { vi: `“${delimiter}”`, en: `"${delimiter}"` };
}

/**
 * An RFC 4180 reader (quoted fields with "" escapes and line breaks, CRLF or LF, a BOM or none, a
 * final line break or none) that collects every problem, with its line and, where it is in one
 * field, its column, instead of stopping at the first. Lines whose fields are all blank are
 * skipped. Header names are trimmed; an empty or repeated one is a problem. Pure: no exceljs, no
 * file system (import it from `@dti/spreadsheets/csv`).
 */
export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(source);
  const problems: CsvParseProblem[] = [];
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let started = false;
  let afterQuote = false;

  const endField = () => {
    cells.push(field);
    field = "";
    started = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!cells.every((c) => c.trim() === "")) rows.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === delimiter) endField();
    else if (ch === "\r" && source[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      if (ch.trim() !== "")
        problems.push({
          kind: "text-after-quote",
          line,
          column: cells.length + 1,
          message: {
            vi: "Có chữ sau dấu ngoặc kép đóng; một ô đặt trong ngoặc kép phải kết thúc ngay tại dấu phân cách",
            en: "text after a closing quote; a quoted field must end at the delimiter",
          },
        });
    } else if (ch === '"' && (!started || field.trim() === "")) {
      quoted = true;
      quoteLine = line;
      quoteColumn = cells.length + 1;
      field = "";
      started = true;
    } else if (ch === '"')
      problems.push({
        kind: "stray-quote",
        line,
        column: cells.length + 1,
        message: {
          vi: 'Dấu ngoặc kép (") nằm giữa một ô không đặt trong ngoặc kép; hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc kép bên trong thành hai ("")',
          en: 'a quote (") inside an unquoted field; quote the whole field and double the quote ("")',
        },
      });
    else {
      field += ch;
      started = true;
    }
  }
  if (quoted)
    problems.push({
      kind: "unclosed-quote",
      line: quoteLine,
      column: quoteColumn,
      message: { vi: "Ô mở bằng dấu ngoặc kép nhưng không bao giờ được đóng", en: "a quoted field is never closed" },
    });
  else if (started || cells.length > 0 || field !== "") endRecord();

  const [head, ...records] = rows;
  if (!head) {
    problems.push({
      kind: "empty-file",
      line: 1,
      message: { vi: "Tệp rỗng: cần một dòng tiêu đề", en: "the file is empty: a header line is expected" },
    });
    return { delimiter, header: [], records: [], problems };
  }
  const header = head.cells.map((c) => c.trim());
  header.forEach((name, k) => {
    if (name === "")
      problems.push({
        kind: "empty-header",
        line: head.line,
        column: k + 1,
        message: { vi: "Tên cột trống trong dòng tiêu đề", en: "empty column name in the header" },
      });
    else if (header.indexOf(name) !== k)
      problems.push({
        kind: "repeated-header",
        line: head.line,
        column: k + 1,
        header: name,
        message: { vi: `Cột “${name}” xuất hiện hai lần`, en: `column "${name}" appears twice` },
      });
  });
  const separated = delimiterName(delimiter);
  for (const record of records)
    if (record.cells.length !== header.length)
      problems.push({
        kind: "field-count",
        line: record.line,
        message: {
          vi: `Dòng có ${record.cells.length} ô, dòng tiêu đề có ${header.length} cột`,
          en: `${record.cells.length} field(s) where the header has ${header.length}`,
        },
        expected: { vi: `${header.length} ô, ngăn cách bởi ${separated.vi}`, en: `${header.length} fields separated by ${separated.en}` },
      });
  return { delimiter, header, records, problems };
}

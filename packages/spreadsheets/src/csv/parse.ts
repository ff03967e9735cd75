/** One record of a CSV text, with the line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvParseProblem {
  line: number;
  column?: number;
  message: { vi: string; en: string };
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
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

/**
 * An RFC 4180 reader (quoted fields with "" escapes and line breaks, CRLF or LF, a BOM or none)
 * that collects every problem with its line instead of stopping at the first.
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
    if (ch === '"' && (!started || field.trim() === "")) {
      quoted = true;
      quoteLine = line;
      field = "";
      started = true;
    } else if (ch === delimiter) endField();
    else if (ch === "\r" && source[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") {
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      if (ch.trim() !== "")
        problems.push({ line, column: cells.length + 1, message: { vi: "Có chữ sau dấu ngoặc kép đóng", en: "text after a closing quote" } });
    } else {
      field += ch;
      started = true;
    }
  }
  if (quoted) problems.push({ line: quoteLine, message: { vi: "Dấu ngoặc kép không được đóng", en: "a quoted field is never closed" } });
  else if (started || cells.length > 0 || field !== "") endRecord();

  const [head, ...records] = rows;
  if (!head) return { delimiter, header: [], records: [], problems: [...problems, { line: 1, message: { vi: "Tệp rỗng: cần một dòng tiêu đề", en: "the file is empty: a header line is expected" } }] };
  const header = head.cells.map((c) => c.trim());
  for (const record of records)
    if (record.cells.length !== header.length)
      problems.push({
        line: record.line,
        message: { vi: `Dòng có ${record.cells.length} cột, dòng tiêu đề có ${header.length}`, en: `${record.cells.length} field(s) where the header has ${header.length}` },
      });
  return { delimiter, header, records, problems };
}

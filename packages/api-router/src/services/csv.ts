/**
 * A small RFC 4180 reader: quoted fields (with "" for a quote, and line breaks inside quotes),
 * comma or semicolon separators (spreadsheets in Vietnamese locales write semicolons), a BOM, CRLF.
 * Returns rows of fields; the caller reads the header.
 */
export function parseCsv(text: string): { rows: string[][]; problems: { row: number; message: string }[] } {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  const problems: { row: number; message: string }[] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = "";
    if (!(row.length === 1 && row[0]!.trim() === "")) rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === separator) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i += 1;
      endRow();
    } else field += c;
    i += 1;
  }
  if (quoted) problems.push({ row: rows.length + 1, message: "a quoted field is not closed" });
  if (field !== "" || row.length > 0) endRow();
  return { rows: rows.map((r) => r.map((f) => f.trim())), problems };
}

import type { IndexValuesRow } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import { CliError, type CliIssue } from "../errors";
import { csvError, type CsvTable } from "./csv";
import { readNumber } from "./numbers";
import { textKey } from "@dti/conventions";

/**
 * Rows of main-index values from a CSV table: a "code" column, an optional "name" column, and one
 * column per index named by its code (I … VIII) or its name in Vietnamese or English, compared
 * without case or diacritics ("Nhận thức số", "nhan_thuc_so").
 */
export function indexColumnNames(pack: Pack): Map<string, string> {
  const names = new Map<string, string>();
  for (const index of pack.indices) {
    names.set(textKey(index.code), index.code);
    names.set(textKey(index.name.vi), index.code);
    if (index.name.en) names.set(textKey(index.name.en), index.code);
  }
  return names;
}

export function indexRowsFromCsv(table: CsvTable, file: string, pack: Pack): IndexValuesRow[] {
  const names = indexColumnNames(pack);
  const keys = table.header.map(textKey);
  const codeAt = keys.findIndex((k) => k === "code" || k === "ma");
  const nameAt = keys.findIndex((k) => k === "name" || k === "ten");
  if (codeAt < 0)
    throw new CliError("CSV_INVALID", `${file}: the header has no "code" column`, {
      issues: [{ code: "CSV_INVALID", file, row: 1, message: 'no "code" column', expected: "a header such as code,name,I,II,…" }],
    });
  const columns = new Map<number, string>();
  const unknown: string[] = [];
  table.header.forEach((header, k) => {
    if (k === codeAt || k === nameAt) return;
    const index = names.get(keys[k]!);
    if (index === undefined) unknown.push(header);
    else if ([...columns.values()].includes(index))
      throw new CliError("CSV_INVALID", `${file}: column "${header}" names index ${index} again`, {
        issues: [{ code: "CSV_INVALID", file, row: 1, column: k + 1, key: header, message: `index ${index} has two columns` }],
      });
    else columns.set(k, index);
  });
  if (unknown.length > 0) {
    const accepted = pack.indices.map((x) => `${x.code} ("${x.name.vi}")`).join(", ");
    throw new CliError(
      "CSV_UNKNOWN_COLUMN",
      `${file}: column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} name${unknown.length > 1 ? "" : "s"} no main index of ${pack.meta.id}; accepted: code, name, and ${accepted} (case and diacritics ignored)`,
      {
        issues: unknown.map((header) => ({
          code: "CSV_UNKNOWN_COLUMN",
          file,
          row: 1,
          column: table.header.indexOf(header) + 1,
          key: header,
          message: `"${header}" is not a main index`,
          expected: `one of ${pack.indices.map((x) => x.code).join(", ")} or an index name`,
        })),
      },
    );
  }
  const issues: CliIssue[] = [];
  const rows: IndexValuesRow[] = [];
  for (const record of table.records) {
    const code = record.cells[codeAt]!.trim();
    if (code === "") {
      issues.push({
        code: "CSV_INVALID",
        file,
        row: record.line,
        column: codeAt + 1,
        key: table.header[codeAt]!,
        message: "the unit code is empty",
      });
      continue;
    }
    const name = nameAt >= 0 ? record.cells[nameAt]!.trim() : "";
    const indices: Record<string, number> = {};
    for (const [k, index] of columns) {
      const raw = record.cells[k]!.trim();
      if (raw === "") continue;
      const reading = readNumber(raw);
      if (reading.ok && reading.value >= 0 && reading.value <= 1) indices[index] = reading.value;
      else
        issues.push({
          code: "CSV_INVALID",
          file,
          row: record.line,
          column: k + 1,
          key: table.header[k]!,
          unit: code,
          message: reading.ok ? `${raw} is outside 0..1` : reading.reason,
          expected: "a value between 0 and 1 such as 0.5649 or 0,5649",
        });
    }
    rows.push({ code, ...(name ? { name } : {}), indices });
  }
  if (issues.length > 0) throw csvError(file, issues);
  if (rows.length === 0) throw new CliError("CSV_INVALID", `${file} has a header but no unit rows`);
  return rows;
}

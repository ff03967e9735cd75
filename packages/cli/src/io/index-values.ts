import type { IndexValuesRow } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import { CliError, cliIssue, type CliIssue } from "../errors";
import { both } from "../i18n/catalogue";
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
    throw new CliError("CSV_INVALID", both("csv.noCodeColumn", { file }), {
      issues: [cliIssue({ code: "CSV_INVALID", file, row: 1 }, both("csv.noCodeColumn.issue"), both("csv.expected.indexHeader"))],
    });
  const columns = new Map<number, string>();
  const unknown: string[] = [];
  table.header.forEach((header, k) => {
    if (k === codeAt || k === nameAt) return;
    const index = names.get(keys[k]!);
    if (index === undefined) unknown.push(header);
    else if ([...columns.values()].includes(index))
      throw new CliError("CSV_INVALID", both("csv.indexTwice", { file, header, index }), {
        issues: [cliIssue({ code: "CSV_INVALID", file, row: 1, column: k + 1, key: header }, both("csv.indexTwice.issue", { index }))],
      });
    else columns.set(k, index);
  });
  if (unknown.length > 0) {
    const accepted = pack.indices.map((x) => `${x.code} ("${x.name.vi}")`).join(", ");
    const named = unknown.map((u) => `"${u}"`).join(", ");
    throw new CliError(
      "CSV_UNKNOWN_COLUMN",
      both("csv.unknownIndexColumns", { file, columns: named, pack: pack.meta.id, accepted, count: unknown.length }),
      {
        issues: unknown.map((header) =>
          cliIssue(
            { code: "CSV_UNKNOWN_COLUMN", file, row: 1, column: table.header.indexOf(header) + 1, key: header },
            both("csv.notAnIndex", { header }),
            both("csv.expected.indexName", { codes: pack.indices.map((x) => x.code).join(", ") }),
          ),
        ),
      },
    );
  }
  const issues: CliIssue[] = [];
  const rows: IndexValuesRow[] = [];
  for (const record of table.records) {
    const code = record.cells[codeAt]!.trim();
    if (code === "") {
      issues.push(
        cliIssue({ code: "CSV_INVALID", file, row: record.line, column: codeAt + 1, key: table.header[codeAt]! }, both("csv.emptyCode")),
      );
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
        issues.push(
          cliIssue(
            { code: "CSV_INVALID", file, row: record.line, column: k + 1, key: table.header[k]!, unit: code },
            reading.ok ? both("csv.outside01", { raw }) : reading.reason,
            both("csv.expected.share"),
          ),
        );
    }
    rows.push({ code, ...(name ? { name } : {}), indices });
  }
  if (issues.length > 0) throw csvError(file, issues);
  if (rows.length === 0) throw new CliError("CSV_INVALID", both("csv.noUnitRows", { file }));
  return rows;
}

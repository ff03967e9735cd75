import type { Pack } from "@dti/pack-sdk";
import { CliError, cliIssue, type CliIssue } from "../errors";
import { both } from "../i18n/catalogue";
import type { Localized } from "../i18n/message";
import { csvError, type CsvTable } from "./csv";
import { indexColumnNames } from "./index-values";
import { readNumber } from "./numbers";
import { textKey } from "@dti/conventions";

/**
 * Tables of results (published or computed): one row per unit with its overall value and/or main-index
 * values on 0..1, as `dti compare` and `dti backcast` read them. Index columns are named by code (I …
 * VIII) or by name, as `dti aggregate` accepts, for any of the packs given (a comparison reads columns
 * of two packs from one file).
 */
export interface ResultRow {
  /** 1-based line of the CSV file (the header is line 1), or the 1-based position in a JSON array. */
  line: number;
  period?: number;
  code?: string;
  name?: string;
  overall?: number;
  weight?: number;
  /** Index values by column: read per pack with `indicesFor`. */
  cells: Map<number, number>;
}

export interface IndexColumn {
  column: number;
  header: string;
  /** The index this column names in each pack (by pack id). */
  codes: Map<string, string>;
}

export interface ResultTable {
  file: string;
  rows: ResultRow[];
  indexColumns: IndexColumn[];
  has: { period: boolean; code: boolean; name: boolean; overall: boolean; weight: boolean };
}

const COLUMN_NAMES = {
  period: ["period", "year", "nam", "ky"],
  code: ["code", "ma"],
  name: ["name", "ten", "unit", "don_vi", "tinh", "province"],
  overall: ["overall", "dti", "chi_so_dti", "diem_dti", "tong_the"],
  weight: ["weight", "trong_so"],
  /** Published ranks: read past, since ranks are recomputed from the values. */
  rank: ["rank", "hang", "xep_hang"],
} as const;
type Special = keyof typeof COLUMN_NAMES;

function specialOf(header: string, wanted: readonly Special[]): Special | undefined {
  const key = textKey(header);
  return wanted.find((s) => (COLUMN_NAMES[s] as readonly string[]).includes(key));
}

function share(raw: string): { ok: true; value: number } | { ok: false; reason: Localized } {
  const reading = readNumber(raw);
  if (!reading.ok) return reading;
  if (reading.value < 0 || reading.value > 1) return { ok: false, reason: both("csv.outside01", { raw: raw.trim() }) };
  return reading;
}

/**
 * Reads a results CSV. `columns` says which special columns the command accepts besides code, name
 * and overall (period for dti compare, weight for dti backcast); every other column must name a main
 * index of one of `packs`, else CSV_UNKNOWN_COLUMN lists the accepted names.
 */
export function resultRowsFromCsv(
  table: CsvTable,
  file: string,
  packs: readonly Pack[],
  columns: { period?: boolean; weight?: boolean },
): ResultTable {
  const wanted: Special[] = [
    "code",
    "name",
    "overall",
    "rank",
    ...(columns.period ? (["period"] as const) : []),
    ...(columns.weight ? (["weight"] as const) : []),
  ];
  const names = packs.map((pack) => ({ id: pack.meta.id, names: indexColumnNames(pack) }));
  const special = new Map<Special, number>();
  const indexColumns: IndexColumn[] = [];
  const unknown: { header: string; column: number }[] = [];
  const issues: CliIssue[] = [];
  table.header.forEach((header, k) => {
    const kind = specialOf(header, wanted);
    if (kind) {
      if (special.has(kind))
        issues.push(cliIssue({ code: "CSV_INVALID", file, row: 1, column: k + 1, key: header }, both("csv.secondColumn", { kind })));
      else special.set(kind, k);
      return;
    }
    const codes = new Map<string, string>();
    for (const pack of names) {
      const code = pack.names.get(textKey(header));
      if (code !== undefined) codes.set(pack.id, code);
    }
    if (codes.size === 0) unknown.push({ header, column: k + 1 });
    else indexColumns.push({ column: k, header, codes });
  });
  if (unknown.length > 0) {
    const indicesOf = packs.map((p) =>
      both("csv.indicesOf", { pack: p.meta.id, list: p.indices.map((x) => `${x.code} ("${x.name.vi}")`).join(", ") }),
    );
    const columnNames = wanted.filter((w) => w !== "rank");
    const listed = columnNames.join(", ");
    const accepted: Localized = {
      vi: [...columnNames, ...indicesOf.map((t) => t.vi)].join("; "),
      en: [...columnNames, ...indicesOf.map((t) => t.en)].join("; "),
    };
    const named = unknown.map((u) => `"${u.header}"`).join(", ");
    throw new CliError("CSV_UNKNOWN_COLUMN", both("csv.unknownColumns", { file, columns: named, accepted, count: unknown.length }), {
      issues: unknown.map((u) =>
        cliIssue(
          { code: "CSV_UNKNOWN_COLUMN", file, row: 1, column: u.column, key: u.header },
          both("csv.notAColumn", { header: u.header }),
          both("csv.expected.column", { columns: listed }),
        ),
      ),
    });
  }
  for (const pack of names) {
    const seen = new Map<string, string>();
    for (const c of indexColumns) {
      const code = c.codes.get(pack.id);
      if (code === undefined) continue;
      const first = seen.get(code);
      if (first !== undefined)
        issues.push(
          cliIssue(
            { code: "CSV_INVALID", file, row: 1, column: c.column + 1, key: c.header },
            both("csv.bothNameIndex", { header: c.header, first, code, pack: pack.id }),
          ),
        );
      else seen.set(code, c.header);
    }
  }
  if (!special.has("code") && !special.has("name"))
    issues.push(
      cliIssue(
        { code: "CSV_INVALID", file, row: 1 },
        both("csv.noCodeOrName"),
        both("csv.expected.resultHeader", { period: columns.period ? "period," : "" }),
      ),
    );
  if (issues.length > 0) throw csvError(file, issues);

  const cell = (record: { cells: string[] }, kind: Special) => {
    const k = special.get(kind);
    return k === undefined ? "" : record.cells[k]!.trim();
  };
  const rows: ResultRow[] = [];
  for (const record of table.records) {
    const bad = (kind: Special | IndexColumn, reason: Localized, expected: Localized, unit?: string) => {
      const k = typeof kind === "string" ? special.get(kind)! : kind.column;
      issues.push(
        cliIssue(
          { code: "CSV_INVALID", file, row: record.line, column: k + 1, key: table.header[k]!, ...(unit ? { unit } : {}) },
          reason,
          expected,
        ),
      );
    };
    const code = cell(record, "code");
    const name = cell(record, "name");
    const row: ResultRow = { line: record.line, cells: new Map(), ...(code ? { code } : {}), ...(name ? { name } : {}) };
    const unit = code || name;
    if (!unit) issues.push(cliIssue({ code: "CSV_INVALID", file, row: record.line }, both("csv.rowNoUnit")));
    if (special.has("period")) {
      const text = cell(record, "period");
      if (/^\d{4}$/.test(text)) row.period = Number(text);
      else bad("period", text === "" ? both("csv.periodEmpty") : both("csv.notAYear", { text }), both("csv.expected.year"), unit);
    }
    const overall = cell(record, "overall");
    if (overall !== "") {
      const reading = share(overall);
      if (reading.ok) row.overall = reading.value;
      else bad("overall", reading.reason, both("csv.expected.share"), unit);
    }
    const weight = cell(record, "weight");
    if (weight !== "") {
      const reading = readNumber(weight);
      if (reading.ok && reading.value > 0) row.weight = reading.value;
      else bad("weight", reading.ok ? both("csv.notPositive", { raw: weight }) : reading.reason, both("csv.expected.weight"), unit);
    }
    for (const c of indexColumns) {
      const text = record.cells[c.column]!.trim();
      if (text === "") continue;
      const reading = share(text);
      if (reading.ok) row.cells.set(c.column, reading.value);
      else bad(c, reading.reason, both("csv.expected.share"), unit);
    }
    rows.push(row);
  }
  if (issues.length > 0) throw csvError(file, issues);
  if (rows.length === 0) throw new CliError("CSV_INVALID", both("csv.noRows", { file }));
  return {
    file,
    rows,
    indexColumns,
    has: {
      period: special.has("period"),
      code: special.has("code"),
      name: special.has("name"),
      overall: special.has("overall"),
      weight: special.has("weight"),
    },
  };
}

/** A row's main-index values under one pack, by index code. */
export function indicesFor(table: ResultTable, row: ResultRow, packId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of table.indexColumns) {
    const code = c.codes.get(packId);
    const value = row.cells.get(c.column);
    if (code !== undefined && value !== undefined) out[code] = value;
  }
  return out;
}

/** The index codes of one pack that the table has a column for. */
export function indexCodesFor(table: ResultTable, packId: string): string[] {
  return table.indexColumns.flatMap((c) => (c.codes.has(packId) ? [c.codes.get(packId)!] : []));
}

/**
 * Rows of a JSON results file: an array, or `{ "rows": [ … ] }`, each `{ "code" | "name" | "unit",
 * "overall"?, "indices"?: { <index code or name>: value }, "weight"? }`. Read into the same table as a
 * CSV, the index keys playing the part of columns.
 */
export function resultRowsFromJson(data: unknown, file: string, packs: readonly Pack[], columns: { weight?: boolean }): ResultTable {
  const list = Array.isArray(data) ? data : (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(list)) throw new CliError("JSON_INVALID", both("rows.expectedList", { file }));
  const names = packs.map((pack) => ({ id: pack.meta.id, names: indexColumnNames(pack) }));
  const issues: CliIssue[] = [];
  const indexColumns: IndexColumn[] = [];
  const columnOf = new Map<string, number>();
  const allowed = new Set(["code", "name", "unit", "overall", "indices", ...(columns.weight ? ["weight"] : [])]);
  const rows: ResultRow[] = [];
  const number = (value: unknown, where: string, line: number, positive = false): number | undefined => {
    if (typeof value === "number" && Number.isFinite(value) && (positive ? value > 0 : value >= 0 && value <= 1)) return value;
    issues.push(
      cliIssue(
        { code: "JSON_INVALID", file, row: line, key: where },
        both("rows.valueIs", { where, value: JSON.stringify(value) ?? "undefined" }),
        positive ? both("rows.expected.positive") : both("rows.expected.share"),
      ),
    );
    return undefined;
  };
  list.forEach((item, k) => {
    const line = k + 1;
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      issues.push(cliIssue({ code: "JSON_INVALID", file, row: line }, both("rows.notObject", { line })));
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record))
      if (!allowed.has(key))
        issues.push(
          cliIssue({ code: "JSON_INVALID", file, row: line, key }, both("rows.unknownKey", { key }), {
            vi: [...allowed].join(", "),
            en: [...allowed].join(", "),
          }),
        );
    const text = (key: string) =>
      typeof record[key] === "string" && (record[key] as string).trim() !== "" ? (record[key] as string).trim() : undefined;
    const code = text("code") ?? text("unit");
    const name = text("name");
    if (!code && !name) issues.push(cliIssue({ code: "JSON_INVALID", file, row: line }, both("rows.noUnit", { line })));
    const row: ResultRow = { line, cells: new Map(), ...(code ? { code } : {}), ...(name ? { name } : {}) };
    if (record.overall !== undefined) {
      const v = number(record.overall, "overall", line);
      if (v !== undefined) row.overall = v;
    }
    if (record.weight !== undefined && columns.weight) {
      const v = number(record.weight, "weight", line, true);
      if (v !== undefined) row.weight = v;
    }
    if (record.indices !== undefined) {
      if (record.indices === null || typeof record.indices !== "object" || Array.isArray(record.indices))
        issues.push(
          cliIssue({ code: "JSON_INVALID", file, row: line, key: "indices" }, both("rows.indicesNotObject"), {
            vi: '{ "I": 0.9, "Thể chế số": 0.8 }',
            en: '{ "I": 0.9, "Thể chế số": 0.8 }',
          }),
        );
      else
        for (const [key, value] of Object.entries(record.indices as Record<string, unknown>)) {
          let column = columnOf.get(textKey(key));
          if (column === undefined) {
            const codes = new Map<string, string>();
            for (const pack of names) {
              const code = pack.names.get(textKey(key));
              if (code !== undefined) codes.set(pack.id, code);
            }
            if (codes.size === 0) {
              const codes = packs
                .flatMap((p) => p.indices.map((x) => x.code))
                .filter((c, i, all) => all.indexOf(c) === i)
                .join(", ");
              issues.push(
                cliIssue(
                  { code: "JSON_INVALID", file, row: line, key: `indices.${key}` },
                  both("rows.notAnIndex", {
                    key,
                    packs: { vi: packs.map((p) => p.meta.id).join(" hoặc "), en: packs.map((p) => p.meta.id).join(" or ") },
                  }),
                  both("csv.expected.indexName", { codes }),
                ),
              );
              continue;
            }
            column = indexColumns.length;
            columnOf.set(textKey(key), column);
            indexColumns.push({ column, header: key, codes });
          }
          const v = number(value, `indices.${key}`, line);
          if (v !== undefined) row.cells.set(column, v);
        }
    }
    rows.push(row);
  });
  if (issues.length > 0) throw new CliError("JSON_INVALID", both("rows.problems", { file, count: issues.length }), { issues });
  if (rows.length === 0) throw new CliError("JSON_INVALID", both("rows.none", { file }));
  return {
    file,
    rows,
    indexColumns,
    has: {
      period: false,
      code: rows.some((r) => r.code !== undefined),
      name: rows.some((r) => r.name !== undefined),
      overall: rows.some((r) => r.overall !== undefined),
      weight: rows.some((r) => r.weight !== undefined),
    },
  };
}

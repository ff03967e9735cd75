import { createHash } from "node:crypto";
import type { Actor, PublishedChanges, PublishedRowInput } from "@dti/db";
import type { LoadedPack } from "@dti/engine";
import { parseCsv, readPublishedResultsCsv } from "@dti/spreadsheets/csv";
import { findUnit, isUnitsError } from "@dti/units";
import type { ApiContext } from "../context";
import { ApiError, type FieldIssue } from "../errors";
import type { RegisteredPack } from "./pack-registry";
import { isPublishedRecordCsv, readPublishedRecordCsv } from "./published-record";

export interface PublishedCheck {
  unitId: string;
  measure: string;
  published: number;
  computed: number;
  difference: number;
}

/** The test hook of ApiSettings.importDelayMs: wait inside the import's transaction. */
export async function importDelay(ctx: ApiContext): Promise<void> {
  if (ctx.settings.importDelayMs <= 0) return;
  // Said on stderr so that a test killing the process knows the transaction is open: with the
  // embedded database no other process can look inside it.
  process.stderr.write(`[test] import holding its transaction open for ${ctx.settings.importDelayMs} ms\n`);
  await new Promise((resolve) => setTimeout(resolve, ctx.settings.importDelayMs));
}

/** The newest active stored version of a pack id, or NOT_FOUND. */
export async function activePack(ctx: ApiContext, packId: string): Promise<RegisteredPack> {
  const matches = (await ctx.packs.active()).filter((p) => p.summary.packId === packId);
  matches.sort((a, b) => b.summary.createdAt.getTime() - a.summary.createdAt.getTime());
  const pack = matches[0];
  if (!pack)
    throw new ApiError("NOT_FOUND", `no active pack ${packId}`, { fields: [{ path: "packId", message: `no active pack ${packId}` }] });
  return pack;
}

/** The day a table's unit names are read at by default: the last day of the period's year. */
export function namesReadAt(period: number): string {
  return `${period}-12-31`;
}

const VALUE_EXPECTED = "a value between 0 and 1 such as 0.8002 or 0,8002";

/** A problem where it is: row (the header is row 1) and column number (0 when the whole row). */
interface Located {
  row: number;
  column: number;
  issue: FieldIssue;
}

/**
 * Reads a published table with the platform's reader (`readPublishedResultsCsv` of
 * `@dti/spreadsheets/csv`: headers by meaning, "," or ";", decimal points or commas), then resolves
 * each unit with `findUnit` on `at` and requires a value in every main-index column it has. Every
 * problem at once, by row and column (1-based rows as a spreadsheet shows them, the header being
 * row 1: `row 3, column overall`), in English with what was expected; no rows when there is one.
 */
export function readPublishedCsv(
  csv: string,
  pack: LoadedPack,
  period: number,
  at: string,
): { rows: PublishedRowInput[]; problems: FieldIssue[] } {
  const reading = readPublishedResultsCsv(csv, { pack });
  // The same text as the reader saw it, for the cells it leaves to its caller: the unit (a code, id
  // or name only @dti/units knows) and empty index cells. Read on every row, even when another has
  // a problem, so that the answer lists everything at once.
  const table = parseCsv(csv);
  const path = (row: number, column: number) => (column > 0 ? `row ${row}, column ${table.header[column - 1] || column}` : `row ${row}`);
  const located: Located[] = reading.problems.map((p) => ({
    row: p.row,
    column: p.column ?? 0,
    issue: { path: path(p.row, p.column ?? 0), message: p.message.en, ...(p.expected ? { expected: p.expected.en } : {}) },
  }));
  // One problem per cell: what the reader said about it (a repeated unit, a year out of range) stands.
  const add = (row: number, column: number, message: string, expected?: string) => {
    if (!located.some((p) => p.row === row && p.column === column))
      located.push({ row, column, issue: { path: path(row, column), message, ...(expected ? { expected } : {}) } });
  };
  const columnOf = (meaning: string) => table.header.findIndex((header) => reading.columns[header] === meaning);
  const codeColumn = columnOf("unit_code");
  const nameColumn = columnOf("unit_name");
  const periodColumn = columnOf("period");
  const indexColumns = table.header.flatMap((header, k) => (reading.columns[header]?.startsWith("index:") ? [k] : []));

  const unitIds = new Map<number, string>();
  const firstLine = new Map<string, number>();
  for (const record of table.records) {
    const cell = (k: number) => (k < 0 ? "" : (record.cells[k] ?? "").trim());
    const k = cell(codeColumn) ? codeColumn : nameColumn;
    const written = cell(k);
    if (written !== "") {
      try {
        const unit = findUnit(written, { at });
        const first = firstLine.get(unit.id);
        if (first === undefined) firstLine.set(unit.id, record.line);
        else add(record.line, k + 1, `"${written}" is ${unit.id} (${unit.name}), already given on row ${first}`, "each unit once");
        unitIds.set(record.line, unit.id);
      } catch (error) {
        if (!isUnitsError(error)) throw error;
        add(record.line, k + 1, error.message, `a unit id (p63-48), code or name valid on ${at}`);
      }
    }
    for (const i of indexColumns)
      if (record.cells.length === table.header.length && cell(i) === "")
        add(record.line, i + 1, "missing value: a table that has a main-index column gives it for every unit", VALUE_EXPECTED);
    const year = cell(periodColumn);
    if (year !== "" && Number(year) !== period)
      add(record.line, periodColumn + 1, `the row is for ${year}, the import for ${period}`, `${period}, or no year column`);
  }
  if (located.length > 0) {
    located.sort((a, b) => a.row - b.row || a.column - b.column);
    return { rows: [], problems: located.map((p) => p.issue) };
  }
  const rows = reading.rows.map((row) => ({
    unitId: unitIds.get(row.line)!,
    period,
    packId: pack.ref.id,
    overall: row.overall,
    rank: row.rank ?? null,
    indices: row.indices,
    pillars: row.pillars ?? {},
    source: row.source ?? null,
    ...cohortOfUnit(unitIds.get(row.line)!),
  }));
  return { rows, problems: [] };
}

/** The cohort a unit id belongs to: the 63 (`p63-…`), the 34 (`p34-…`), or none (demo units). */
function cohortOfUnit(unitId: string): { cohort: string | null; cohortSize: number | null } {
  const match = /^p(63|34)-/.exec(unitId);
  return match ? { cohort: match[1]!, cohortSize: Number(match[1]) } : { cohort: null, cohortSize: null };
}

/**
 * The main-index values the pack can aggregate for a row, when the row gives them all: its main
 * indices, or (when each of the pack's pillars is one main index, as in 1726) its pillar values.
 * Undefined when the row lacks one, or the pack cannot aggregate main-index values.
 */
export function aggregatableIndices(pack: LoadedPack, row: PublishedRowInput): Record<string, number> | undefined {
  const coverage = pack.pack.meta.coverage;
  if (coverage !== "full" && coverage !== "indices") return undefined;
  // The scored main indices, as the engine's aggregation needs them (Đô thị thông minh is not scored).
  const codes = pack.compiled.indexCodes.filter((_, i) => pack.compiled.indexScored[i]);
  if (codes.length > 0 && codes.every((c) => row.indices[c] !== undefined)) return row.indices;
  const pillars = pack.pack.aggregation.pillars;
  if (pillars.length === 0 || !pillars.every((p) => p.indices.length === 1 && row.pillars[p.id] !== undefined)) return undefined;
  const fromPillars = Object.fromEntries(pillars.map((p) => [p.indices[0]!, row.pillars[p.id]!]));
  return codes.every((c) => fromPillars[c] !== undefined) ? fromPillars : undefined;
}

/**
 * Checks a table against the pack's aggregation, on what each row gives: where a row has every
 * main-index value (or every pillar value, when each pillar is one main index), the overall value
 * and each pillar published must match what the pack computes from them within `tolerance`. A row
 * with only a rank, or only some values, has nothing to check. Ranks are not compared: a table may
 * hold only part of the cohort.
 */
export function checkPublishedTotals(
  ctx: ApiContext,
  pack: LoadedPack,
  period: number,
  rows: readonly PublishedRowInput[],
  tolerance: number,
): { checks: PublishedCheck[]; problems: FieldIssue[] } {
  const checkable = rows.flatMap((row, i) => {
    const indices = aggregatableIndices(pack, row);
    return indices ? [{ row, indices, code: row.unitId ?? `row-${i + 1}` }] : [];
  });
  if (checkable.length === 0) return { checks: [], problems: [] };
  const result = ctx.engine.aggregate(pack, { period, rows: checkable.map((r) => ({ code: r.code, indices: r.indices })) });
  const checks: PublishedCheck[] = [];
  const problems: FieldIssue[] = [];
  for (const { row, code, indices } of checkable) {
    const computed = result.units.find((u) => u.code === code)!;
    const compare = (measure: string, published: number, value: number) => {
      const difference = Math.abs(published - value);
      checks.push({ unitId: code, measure, published, computed: value, difference });
      if (difference > tolerance)
        problems.push({
          path: `${code}.${measure}`,
          message: `published ${published}, but the pack's aggregation of the published main indices gives ${value.toFixed(4)} (difference ${difference.toFixed(4)})`,
          expected: `within ${tolerance} of ${value.toFixed(4)}`,
        });
    };
    if (row.overall !== null) compare("overall", row.overall, computed.overall);
    for (const [id, published] of Object.entries(row.pillars)) {
      const pillar = computed.pillars[id];
      // A pillar that is one main index was the aggregation's input: comparing it with itself says nothing.
      if (pillar && indices === row.indices) compare(`pillar:${id}`, published, pillar.value);
    }
  }
  return { checks, problems };
}

/**
 * Reads, checks and stores a published table all-or-nothing; the same file again changes nothing.
 * Two layouts: the admin's table (`unit`, `rank`, `overall`, main indices…: see
 * `readPublishedCsv`) and the published record (`year`, `framework`, `province`…, `source_url`: see
 * `readPublishedRecordCsv`), told apart by their header. A table replacing a period's rows says
 * what it changed.
 */
export async function importPublished(
  ctx: ApiContext,
  input: { packId: string; period: number; csv: string; tolerance: number; at?: string },
  actor: Actor,
): Promise<{
  status: "imported" | "replaced" | "unchanged";
  importId: string;
  rows: number;
  checks: PublishedCheck[];
  changes: PublishedChanges | null;
}> {
  const pack = await activePack(ctx, input.packId);
  const at = input.at ?? namesReadAt(input.period);
  const { rows, problems } = isPublishedRecordCsv(input.csv)
    ? readPublishedRecordCsv(input.csv, { period: input.period, pack: pack.loaded })
    : readPublishedCsv(input.csv, pack.loaded, input.period, at);
  if (problems.length > 0)
    throw new ApiError(
      "IMPORT_INVALID",
      `the table has ${problems.length} problem(s); nothing was imported. First: ${problems[0]!.path}: ${problems[0]!.message}`,
      { fields: problems },
    );
  const { checks, problems: mismatches } = checkPublishedTotals(ctx, pack.loaded, input.period, rows, input.tolerance);
  if (mismatches.length > 0)
    throw new ApiError(
      "PUBLISHED_TOTALS_MISMATCH",
      `${mismatches.length} published value(s) do not match the pack's aggregation; nothing was imported`,
      { fields: mismatches, details: { checks } },
    );
  const checksum = `sha256:${createHash("sha256").update(input.csv).digest("hex")}`;
  const outcome = await ctx.repos.transaction(async (trx) => {
    const result = await ctx.repos.published.importRows(
      { kind: "published_results", checksum, target: `${input.packId}:${input.period}`, rows },
      actor,
      trx,
    );
    await importDelay(ctx);
    return result;
  });
  const { changes, ...rest } = outcome;
  return { ...rest, checks, changes: changes ?? null };
}

/**
 * Imports one published record table (the layout of `readPublishedRecordCsv`) under the pack its
 * rows name: the active pack whose decision is the table's framework and whose years include the
 * table's year (1726/QĐ-BTTTT 2020 → dti-province-2020, 922/QĐ-BTTTT 2021–2023 → dti-province-2022,
 * 405/QĐ-BKHCN 2024 → dti-province-2024). The same file again changes nothing.
 */
export async function importPublishedRecord(
  ctx: ApiContext,
  input: { csv: string; tolerance: number },
  actor: Actor,
): Promise<Awaited<ReturnType<typeof importPublished>> & { packId: string; period: number }> {
  const table = parseCsv(input.csv.replace(/^\uFEFF/, ""));
  const column = (name: string) => table.header.findIndex((h) => h.trim().toLowerCase() === name);
  const first = table.records[0]?.cells ?? [];
  const period = Number(first[column("year")]);
  const framework = (first[column("framework")] ?? "").trim();
  const packs = (await ctx.packs.active()).filter(
    (p) => p.loaded.pack.meta.legalBasis.decision === framework && p.loaded.pack.meta.years.includes(period),
  );
  const packId = packs[0]?.summary.packId;
  if (!packId)
    throw new ApiError("NOT_FOUND", `no active pack for ${framework || "a table without a framework"} in ${period}`, {
      fields: [{ path: "column framework", message: `no active pack is under ${framework} for ${period}` }],
    });
  return { ...(await importPublished(ctx, { packId, period, csv: input.csv, tolerance: input.tolerance }, actor)), packId, period };
}

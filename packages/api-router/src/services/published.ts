import { createHash } from "node:crypto";
import type { Actor, PublishedRowInput } from "@dti/db";
import type { LoadedPack } from "@dti/engine";
import { findUnit, isUnitsError } from "@dti/units";
import type { ApiContext } from "../context";
import { ApiError, type FieldIssue } from "../errors";
import { parseCsv } from "./csv";
import type { RegisteredPack } from "./pack-registry";

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
  if (!pack) throw new ApiError("NOT_FOUND", `no active pack ${packId}`, { fields: [{ path: "packId", message: `no active pack ${packId}` }] });
  return pack;
}

function number(text: string): number | undefined {
  if (text === "") return undefined;
  const normalized = text.includes(".") ? text : text.replace(",", ".");
  const value = Number(normalized);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The day a table's unit names are read at by default: the last day of the period's year. */
export function namesReadAt(period: number): string {
  return `${period}-12-31`;
}

/**
 * Reads a published table: every problem at once, by row and column (1-based rows as a
 * spreadsheet shows them, the header being row 1).
 */
export function readPublishedCsv(csv: string, pack: LoadedPack, period: number, at: string): { rows: PublishedRowInput[]; problems: FieldIssue[] } {
  const parsed = parseCsv(csv);
  const problems: FieldIssue[] = parsed.problems.map((p) => ({ path: `row ${p.row}`, message: p.message }));
  const [header, ...body] = parsed.rows;
  if (!header) return { rows: [], problems: [{ path: "csv", message: "the file has no header row", expected: "unit,rank,overall,<index codes>…,source" }] };
  const indexCodes = new Set(pack.pack.indices.map((i) => i.code));
  const pillarIds = new Set(pack.pack.aggregation.pillars.map((p) => p.id));
  const column = new Map(header.map((name, i) => [name, i]));
  for (const required of ["unit", "overall"])
    if (!column.has(required)) problems.push({ path: `row 1`, message: `missing column "${required}"`, expected: "unit,rank,overall,<index codes>…,source" });
  for (const name of header)
    if (!["unit", "name", "rank", "overall", "source"].includes(name) && !indexCodes.has(name) && !(name.startsWith("pillar:") && pillarIds.has(name.slice(7))))
      problems.push({ path: `row 1, column ${name}`, message: `unknown column "${name}"`, expected: `unit, name, rank, overall, source, ${[...indexCodes].join(", ")} or pillar:${[...pillarIds].join("/pillar:")}` });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0) return { rows: [], problems: [{ path: "csv", message: "the file has no data rows" }] };
  const rows: PublishedRowInput[] = [];
  body.forEach((cells, i) => {
    const where = (col: string) => `row ${i + 2}, column ${col}`;
    const cell = (col: string) => cells[column.get(col) ?? -1] ?? "";
    let unitId: string | undefined;
    try {
      unitId = findUnit(cell("unit"), { at }).id;
    } catch (error) {
      if (!isUnitsError(error)) throw error;
      problems.push({ path: where("unit"), message: error.message, expected: "a unit id (p63-48), code or name valid on " + at });
    }
    const value = (col: string, required: boolean): number | undefined => {
      const v = number(cell(col));
      if (v === undefined) {
        if (required) problems.push({ path: where(col), message: "missing value", expected: "a number on 0..1" });
        return undefined;
      }
      if (Number.isNaN(v) || v < 0 || v > 1) {
        problems.push({ path: where(col), message: `"${cell(col)}" is not a value on 0..1`, expected: "a number on 0..1 such as 0.8002" });
        return undefined;
      }
      return v;
    };
    const overall = value("overall", true);
    const rankText = cell("rank");
    const rank = rankText === "" ? null : Number(rankText);
    if (rank !== null && !(Number.isInteger(rank) && rank > 0)) problems.push({ path: where("rank"), message: `"${rankText}" is not a rank`, expected: "a whole number ≥ 1, or empty" });
    const indices: Record<string, number> = {};
    for (const code of indexCodes) {
      if (!column.has(code)) continue;
      const v = value(code, true);
      if (v !== undefined) indices[code] = v;
    }
    const pillars: Record<string, number> = {};
    for (const id of pillarIds) {
      if (!column.has(`pillar:${id}`)) continue;
      const v = value(`pillar:${id}`, false);
      if (v !== undefined) pillars[id] = v;
    }
    if (unitId && overall !== undefined)
      rows.push({ unitId, period, packId: pack.ref.id, overall, rank: rank !== null && Number.isInteger(rank) ? rank : null, indices, pillars, source: cell("source") || null });
  });
  return { rows, problems };
}

/**
 * Checks a table against the pack's aggregation: the overall value (and each pillar given) that
 * the pack computes from the published main indices must match the published one within
 * `tolerance`. Ranks are not compared: a table may hold only part of the cohort.
 */
export function checkPublishedTotals(ctx: ApiContext, pack: LoadedPack, period: number, rows: readonly PublishedRowInput[], tolerance: number): { checks: PublishedCheck[]; problems: FieldIssue[] } {
  const withIndices = rows.filter((r) => Object.keys(r.indices).length > 0);
  if (withIndices.length === 0) return { checks: [], problems: [] };
  const result = ctx.engine.aggregate(pack, { period, rows: withIndices.map((r) => ({ code: r.unitId, indices: r.indices })) });
  const checks: PublishedCheck[] = [];
  const problems: FieldIssue[] = [];
  for (const row of withIndices) {
    const computed = result.units.find((u) => u.code === row.unitId)!;
    const compare = (measure: string, published: number, value: number) => {
      const difference = Math.abs(published - value);
      checks.push({ unitId: row.unitId, measure, published, computed: value, difference });
      if (difference > tolerance)
        problems.push({
          path: `${row.unitId}.${measure}`,
          message: `published ${published}, but the pack's aggregation of the published main indices gives ${value.toFixed(4)} (difference ${difference.toFixed(4)})`,
          expected: `within ${tolerance} of ${value.toFixed(4)}`,
        });
    };
    compare("overall", row.overall, computed.overall);
    for (const [id, published] of Object.entries(row.pillars)) {
      const pillar = computed.pillars[id];
      if (pillar) compare(`pillar:${id}`, published, pillar.value);
    }
  }
  return { checks, problems };
}

/** Reads, checks and stores a published table all-or-nothing; the same file again changes nothing. */
export async function importPublished(
  ctx: ApiContext,
  input: { packId: string; period: number; csv: string; tolerance: number; at?: string },
  actor: Actor,
): Promise<{ status: "imported" | "replaced" | "unchanged"; importId: string; rows: number; checks: PublishedCheck[] }> {
  const pack = await activePack(ctx, input.packId);
  const at = input.at ?? namesReadAt(input.period);
  const { rows, problems } = readPublishedCsv(input.csv, pack.loaded, input.period, at);
  if (problems.length > 0) throw new ApiError("IMPORT_INVALID", `the table has ${problems.length} problem(s); nothing was imported. First: ${problems[0]!.path}: ${problems[0]!.message}`, { fields: problems });
  const { checks, problems: mismatches } = checkPublishedTotals(ctx, pack.loaded, input.period, rows, input.tolerance);
  if (mismatches.length > 0)
    throw new ApiError("PUBLISHED_TOTALS_MISMATCH", `${mismatches.length} published value(s) do not match the pack's aggregation; nothing was imported`, { fields: mismatches, details: { checks } });
  const checksum = `sha256:${createHash("sha256").update(input.csv).digest("hex")}`;
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const result = await ctx.repos.published.importRows({ kind: "published_results", checksum, target: `${input.packId}:${input.period}`, rows }, actor, trx);
    await importDelay(ctx);
    return result;
  });
  return { ...outcome, checks };
}

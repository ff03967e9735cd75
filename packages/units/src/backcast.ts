import { assertDate, dayBefore } from "./dates";
import { UnitsError, type UnitsProblem } from "./errors";
import { describeUnit, resolveUnit } from "./find-unit";
import { combine, type BackcastRule } from "./combine";
import { competitionRanks } from "./rank";
import { changeDates, hasUnitId, isValidOn, predecessorsOf, successorOf, unitById, unitsAt } from "./registry";
import { backcastRowSchema, measuresOf, rowShapeProblems, type BackcastRow } from "./rows";
import type { Unit } from "./types";

export interface BackcastOptions {
  /** The day whose units the results are wanted for. Default "2025-07-01". */
  to?: string;
  /**
   * The day the rows' units are read at. Default: the eve of the last change on or before `to`
   * (2025-06-30), so names mean the 63 old units. Set it equal to `to` when the rows already describe
   * the units valid on `to`: they then pass through (ranked, nothing averaged).
   */
  from?: string;
  /** "mean" (default; the ministry's rule for DTI 2024) or "weighted" (every row needs `weight`). */
  rule?: BackcastRule;
  /** Also report units valid on `to` that have no row at all (default: they are left without values). */
  requireAll?: boolean;
}

export interface BackcastValues {
  overall?: number;
  indices: Record<string, number>;
}

export interface BackcastSource extends BackcastValues {
  unitId: string;
  code: string;
  name: string;
  shortName: string;
  /** Index of the row in the input, and the unit as the row wrote it. */
  row: number;
  input: string;
  weight?: number;
}

export interface BackcastUnit extends BackcastValues {
  unitId: string;
  code: string;
  name: string;
  shortName: string;
  /** Competition rank among the units that have the measure, on values rounded to 4 decimals. */
  rank: { overall?: number; indices: Record<string, number> };
  /** The rows it came from (one in a pass-through). Empty if no row reached this unit. */
  from: BackcastSource[];
}

export interface BackcastResult {
  to: string;
  from: string;
  rule: BackcastRule;
  mode: "backcast" | "passthrough";
  /** Whether rows carried overall, and which main-index keys (sorted). */
  measures: { overall: boolean; indices: string[] };
  /** Every unit valid on `to`, in code order. Values are unrounded; round with `roundTo` to print. */
  units: BackcastUnit[];
  /** True when every unit valid on `to` has values. */
  complete: boolean;
}

export type BackcastOutcome = { ok: true; result: BackcastResult } | { ok: false; problems: UnitsProblem[] };

export const DEFAULT_TARGET_DATE = "2025-07-01";

/** The eve of the most recent change on or before `to`: the last day the old units were valid. */
export function defaultFrom(to: string): string {
  const last = changeDates()
    .filter((d) => d <= to)
    .at(-1);
  return dayBefore(last ?? to);
}

interface ResolvedRow {
  index: number;
  row: BackcastRow;
  unit: Unit;
  target: Unit;
}

/**
 * Checks rows and options and, if all is well, back-casts; never throws. Every problem is reported at
 * once, each with its code, row and the unit as written.
 */
export function checkBackcast(rows: readonly unknown[], options: BackcastOptions = {}): BackcastOutcome {
  let to: string;
  let from: string;
  try {
    to = assertDate(options.to ?? DEFAULT_TARGET_DATE, "to");
    from = assertDate(options.from ?? defaultFrom(to), "from");
    unitsAt(from);
    if (from > to)
      throw UnitsError.from({
        code: "DATE_INVALID",
        input: from,
        message: `from (${from}) is after to (${to}); a back-cast only goes forward in time.`,
      });
  } catch (error) {
    if (error instanceof UnitsError) return { ok: false, problems: [...error.problems] };
    throw error;
  }
  if (!Array.isArray(rows))
    return { ok: false, problems: [{ code: "ROW_INVALID", message: "rows must be an array of { unit, overall?, indices?, weight? }." }] };
  const rule = options.rule ?? "mean";
  if (rule !== "mean" && rule !== "weighted") {
    return {
      ok: false,
      problems: [{ code: "OPTION_INVALID", input: String(rule), message: `rule "${String(rule)}" is not "mean" or "weighted".` }],
    };
  }
  const mode = from === to ? "passthrough" : "backcast";
  const problems: UnitsProblem[] = rowShapeProblems(rows);
  if (rows.length === 0) problems.push({ code: "ROW_INVALID", message: "No rows were given." });

  const resolved: ResolvedRow[] = [];
  rows.forEach((raw, index) => {
    const parsed = backcastRowSchema.safeParse(raw);
    if (!parsed.success) return;
    const row = parsed.data;
    const found = hasUnitId(row.unit) ? unitById(row.unit) : resolveUnit(row.unit, { at: from });
    if ("message" in found) {
      problems.push({ ...found, row: index, message: `Row ${index}: ${found.message}` });
      return;
    }
    const target = successorOf(found.id, to);
    if (mode === "backcast" && (isValidOn(found, to) || target === undefined)) {
      problems.push({
        code: "UNIT_NOT_PREDECESSOR",
        row: index,
        input: row.unit,
        unitId: found.id,
        message:
          `Row ${index}: "${row.unit}" is ${describeUnit(found)}, not a unit valid before ${to}. ` +
          `A back-cast takes rows of the units valid on ${from}; to pass rows of the units valid on ${to} through, set from to ${to}.`,
      });
      return;
    }
    if (mode === "passthrough" && !isValidOn(found, to)) {
      problems.push({
        code: "UNIT_NOT_VALID",
        row: index,
        input: row.unit,
        unitId: found.id,
        message: `Row ${index}: "${row.unit}" is ${describeUnit(found)}, not valid on ${to}.`,
      });
      return;
    }
    resolved.push({ index, row, unit: found, target: target! });
  });

  problems.push(...duplicateProblems(resolved), ...measureProblems(resolved), ...weightProblems(resolved, rule));
  const targets = unitsAt(to);
  problems.push(...coverageProblems(resolved, targets, from, to, mode, options.requireAll ?? false, rows.length));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, result: compute(resolved, targets, { to, from, rule, mode }) };
}

/** Back-casts rows of old units to the units valid on `to` (see `BackcastOptions`); throws BACKCAST_INVALID listing every problem. */
export function backcast(rows: readonly unknown[], options: BackcastOptions = {}): BackcastResult {
  const outcome = checkBackcast(rows, options);
  if (outcome.ok) return outcome.result;
  const n = outcome.problems.length;
  const summary = outcome.problems.map((p) => `[${p.code}] ${p.message}`).join("\n");
  throw new UnitsError("BACKCAST_INVALID", `The back-cast has ${n} problem${n === 1 ? "" : "s"}:\n${summary}`, {
    problems: outcome.problems,
  });
}

function duplicateProblems(resolved: readonly ResolvedRow[]): UnitsProblem[] {
  const firstRow = new Map<string, ResolvedRow>();
  const problems: UnitsProblem[] = [];
  for (const r of resolved) {
    const first = firstRow.get(r.unit.id);
    if (!first) firstRow.set(r.unit.id, r);
    else {
      problems.push({
        code: "UNIT_DUPLICATE",
        row: r.index,
        input: r.row.unit,
        unitId: r.unit.id,
        message: `Row ${r.index} ("${r.row.unit}") and row ${first.index} ("${first.row.unit}") both name ${r.unit.id} (${r.unit.name}).`,
      });
    }
  }
  return problems;
}

/** Every row must carry the same measures: averaging a measure some predecessors lack would be wrong. */
function measureProblems(resolved: readonly ResolvedRow[]): UnitsProblem[] {
  const all = new Set(resolved.flatMap((r) => measuresOf(r.row)));
  const problems: UnitsProblem[] = [];
  for (const r of resolved) {
    const has = new Set(measuresOf(r.row));
    for (const measure of all) {
      if (has.has(measure)) continue;
      problems.push({
        code: "MEASURE_MISSING",
        row: r.index,
        input: r.row.unit,
        unitId: r.unit.id,
        measure,
        message: `Row ${r.index} (${r.unit.shortName}) has no value for ${measure === "overall" ? "overall" : `index "${measure}"`}, which other rows have.`,
      });
    }
  }
  return problems;
}

function weightProblems(resolved: readonly ResolvedRow[], rule: BackcastRule): UnitsProblem[] {
  if (rule !== "weighted") return [];
  return resolved
    .filter((r) => r.row.weight === undefined)
    .map((r) => ({
      code: "WEIGHT_MISSING" as const,
      row: r.index,
      input: r.row.unit,
      unitId: r.unit.id,
      message: `Row ${r.index} (${r.unit.shortName}) has no weight; the weighted rule needs a positive weight (e.g. population) on every row.`,
    }));
}

function coverageProblems(
  resolved: readonly ResolvedRow[],
  targets: readonly Unit[],
  from: string,
  to: string,
  mode: "backcast" | "passthrough",
  requireAll: boolean,
  rowCount: number,
): UnitsProblem[] {
  const present = new Set(resolved.map((r) => r.unit.id));
  const reached = new Set(resolved.map((r) => r.target.id));
  const hint =
    mode === "backcast" && rowCount === targets.length
      ? ` (There are as many rows as units valid on ${to}: if they already describe those units, set from to ${to}.)`
      : "";
  const problems: UnitsProblem[] = [];
  for (const target of targets) {
    if (!reached.has(target.id) && !requireAll) continue;
    const expected = mode === "passthrough" ? [target] : oldUnitsOf(target, from, to);
    const missing = expected.filter((u) => !present.has(u.id));
    if (missing.length === 0) continue;
    problems.push({
      code: "PREDECESSOR_MISSING",
      unitId: target.id,
      missing: missing.map((u) => u.id),
      message:
        `${target.id} (${target.name}) is formed from ${expected.map((u) => u.shortName).join(", ")}; ` +
        `no row for ${missing.map((u) => `${u.id} (${u.shortName})`).join(", ")}.${hint}`,
    });
  }
  return problems;
}

/** The units valid on `from` whose territory is in `target` on `to`, in the resolution's order where there is one. */
function oldUnitsOf(target: Unit, from: string, to: string): Unit[] {
  const units = unitsAt(from).filter((u) => successorOf(u.id, to)?.id === target.id);
  return inLineageOrder(target, units, (u) => u.id);
}

function inLineageOrder<T>(target: Unit, items: T[], idOf: (item: T) => string): T[] {
  const order = predecessorsOf(target.id).map((u) => u.id);
  const position = (item: T) => {
    const i = order.indexOf(idOf(item));
    return i < 0 ? order.length : i;
  };
  return [...items].sort((a, b) => position(a) - position(b));
}

function compute(
  resolved: readonly ResolvedRow[],
  targets: readonly Unit[],
  context: { to: string; from: string; rule: BackcastRule; mode: "backcast" | "passthrough" },
): BackcastResult {
  const measures = [...new Set(resolved.flatMap((r) => measuresOf(r.row)))];
  const indexKeys = measures.filter((m) => m !== "overall").sort();
  const units: BackcastUnit[] = targets.map((target) => {
    const rows = inLineageOrder(
      target,
      resolved.filter((r) => r.target.id === target.id),
      (r) => r.unit.id,
    );
    const from = rows.map(sourceOf);
    const values: BackcastValues = { indices: {} };
    if (rows.length > 0) {
      const weights = rows.map((r) => r.row.weight ?? 1);
      if (measures.includes("overall"))
        values.overall = combine(
          rows.map((r) => r.row.overall!),
          weights,
          context.rule,
        );
      for (const key of indexKeys)
        values.indices[key] = combine(
          rows.map((r) => r.row.indices![key]!),
          weights,
          context.rule,
        );
    }
    return { unitId: target.id, code: target.code, name: target.name, shortName: target.shortName, ...values, rank: { indices: {} }, from };
  });
  rankInto(
    units,
    (u) => u.overall,
    (u, rank) => (u.rank.overall = rank),
  );
  for (const key of indexKeys)
    rankInto(
      units,
      (u) => u.indices[key],
      (u, rank) => (u.rank.indices[key] = rank),
    );
  return {
    ...context,
    measures: { overall: measures.includes("overall"), indices: indexKeys },
    units,
    complete: units.every((u) => u.from.length > 0),
  };
}

function sourceOf(r: ResolvedRow): BackcastSource {
  return {
    unitId: r.unit.id,
    code: r.unit.code,
    name: r.unit.name,
    shortName: r.unit.shortName,
    row: r.index,
    input: r.row.unit,
    ...(r.row.overall === undefined ? {} : { overall: r.row.overall }),
    indices: { ...(r.row.indices ?? {}) },
    ...(r.row.weight === undefined ? {} : { weight: r.row.weight }),
  };
}

function rankInto(
  units: BackcastUnit[],
  value: (u: BackcastUnit) => number | undefined,
  set: (u: BackcastUnit, rank: number) => void,
): void {
  const ranked = units.filter((u) => value(u) !== undefined);
  const ranks = competitionRanks(ranked.map((u) => value(u)!));
  ranked.forEach((u, i) => set(u, ranks[i]!));
}

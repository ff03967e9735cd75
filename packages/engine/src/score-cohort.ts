import { addressOf } from "@dti/pack-sdk";
import type { CohortReference, ScoreWarning, UnitInput } from "@dti/contracts";
import type { CompiledPack } from "./compile-pack";
import { INVALID, runKernels, type Kernel } from "./compile-rule";
import { missingInputs, numeratorIssues } from "./diagnose";
import { EngineError, type InputIssue } from "./errors";
import { encodeUnit } from "./inputs";
import { rankValues } from "./rank";
import { LATE_CHILDREN, LATE_MIN_MAX, LATE_NOT_SCORED } from "./compile-pack";
import { compareCodes } from "@dti/conventions";

export type ScoreMode = "strict" | "lenient";

export const STATUS_SCORED = 0;
export const STATUS_MISSING = 1;
export const STATUS_NOT_SCORED = 2;

/**
 * A scored cohort in columns: one typed array per measure, indexed [unit × indicator] or
 * [unit × index]. Cheap to compute; turned into JSON only when asked (see result.ts).
 */
export interface ScoredCohort {
  units: readonly UnitInput[];
  /** Every unit's input values, row after row (see rowOf). */
  data: Float64Array;
  width: number;
  /** Points, [unit * indicatorCount + indicator position]. */
  points: Float64Array;
  status: Uint8Array;
  /** Index points, [unit * indexCount + index position]. */
  indexPoints: Float64Array;
  totalPoints: Float64Array;
  overall: Float64Array;
  ranks: Int32Array;
  /** Per index position: ranks of the units on that index's value. */
  indexRanks: Int32Array[];
  /** Per pillar: values and ranks of the units. */
  pillarPoints: Float64Array[];
  pillarRanks: Int32Array[];
  references: CohortReference[];
  warnings: ScoreWarning[];
}

/**
 * One unit's plain indicators: their points, and the raw values of its cohort-relative rules into
 * raws[rawAt …]. False when some indicator was MISSING or INVALID: fractions tells which.
 */
function evaluateUnit(
  kernels: Kernel[],
  data: Float64Array,
  offset: number,
  fractions: Float64Array,
  points: Float64Array,
  base: number,
  plainPosition: Int32Array,
  plainMax: Float64Array,
  raws: Float64Array,
  rawAt: number,
): boolean {
  runKernels(kernels, data, offset, fractions);
  const p = plainPosition.length;
  let clean = true;
  for (let j = 0; j < p; j++) {
    const f = fractions[j]!;
    if (f !== f || f === INVALID) clean = false;
    else points[base + plainPosition[j]!] = f * plainMax[j]!;
  }
  const end = fractions.length;
  for (let j = p; j < end; j++) raws[rawAt + j - p] = fractions[j]!;
  return clean;
}

/**
 * A cohort-relative rule's lowest and highest raw value (into lows[at] and highs[at]) over the
 * units that have one, whose codes go to `included`. False when some unit has none.
 */
function cohortRange(
  raws: Float64Array,
  c: number,
  at: number,
  units: readonly UnitInput[],
  included: string[],
  lows: Float64Array,
  highs: Float64Array,
): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  let all = true;
  for (let u = 0; u < units.length; u++) {
    const x = raws[u * c + at]!;
    if (x !== x || x === INVALID) {
      all = false;
      continue;
    }
    included.push(units[u]!.code);
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  lows[at] = lo;
  highs[at] = hi;
  return all;
}

/**
 * One unit, in indicator order, once the cohort's references are known: cohort-relative points,
 * sums of children, not scored; then its index points.
 */
function finishUnit(
  pack: CompiledPack,
  u: number,
  points: Float64Array,
  status: Uint8Array,
  cohort: { lows: Float64Array; highs: Float64Array; raws: Float64Array; c: number },
  indexPoints: Float64Array,
): void {
  const { late, lateKind, indexMembers, indexFrom, cohortSlot } = pack.evaluation;
  const indicators = pack.indicators;
  const base = u * indicators.length;
  for (let i = 0; i < late.length; i++) {
    const k = late[i]!;
    const kind = lateKind[i]!;
    if (kind === LATE_NOT_SCORED) {
      status[base + k] = STATUS_NOT_SCORED;
    } else if (kind === LATE_CHILDREN) {
      const children = indicators[k]!.children;
      let total = 0;
      let missing = 0;
      for (let j = 0; j < children.length; j++) {
        total += points[base + children[j]!]!;
        if (status[base + children[j]!] === STATUS_MISSING) missing++;
      }
      points[base + k] = total;
      if (missing === children.length) status[base + k] = STATUS_MISSING;
    } else {
      const at = cohortSlot[k]!;
      const x = cohort.raws[u * cohort.c + at]!;
      if (x !== x) continue;
      const lo = cohort.lows[at]!;
      const hi = cohort.highs[at]!;
      const f = kind === LATE_MIN_MAX ? (hi > lo ? (x - lo) / (hi - lo) : x > 0 ? 1 : 0) : hi > 0 ? x / hi : 0;
      points[base + k] = f * indicators[k]!.maxPoints;
    }
  }
  // Each index's points added in position order, as Σ from 0.
  const q = indexFrom.length - 1;
  for (let i = 0; i < q; i++) {
    let sum = 0;
    const end = indexFrom[i + 1]!;
    for (let j = indexFrom[i]!; j < end; j++) sum += points[base + indexMembers[j]!]!;
    indexPoints[u * q + i] = sum;
  }
}

function checkUnitCodes(units: readonly UnitInput[]): void {
  // One set operation per unit: a code already seen leaves the set's size unchanged.
  const seen = new Set<string>();
  for (let u = 0; u < units.length; u++) {
    const size = seen.size;
    if (seen.add(units[u]!.code).size === size) break;
  }
  if (seen.size === units.length) return;
  seen.clear();
  const duplicates = units.filter((u) => (seen.has(u.code) ? true : (seen.add(u.code), false)));
  if (duplicates.length > 0)
    throw new EngineError(
      "UNIT_DUPLICATE",
      `unit codes must be unique; repeated: ${[...new Set(duplicates.map((u) => u.code))].join(", ")}`,
    );
}

/** One unit's input values (a view, not a copy). */
export function rowOf(scored: Pick<ScoredCohort, "data" | "width">, u: number): Float64Array {
  return scored.data.subarray(u * scored.width, (u + 1) * scored.width);
}

export interface CohortOptions {
  /**
   * "check" (default): every key of every unit is examined (unknown keys, aliases, conflicts).
   * "trust": when a unit gives every input by its id, its other keys are not enumerated; for data
   * keyed by input id by construction, e.g. read back from the database. Not faster for units with
   * many inputs (V8 keeps objects of more than ~128 keys as hash tables): listing the keys first
   * also brings the unit's table into cache for the reads by id (see BENCHMARKS.md).
   */
  keys?: "check" | "trust";
}

export function scoreCohort(pack: CompiledPack, units: readonly UnitInput[], mode: ScoreMode, options: CohortOptions = {}): ScoredCohort {
  const checkOtherKeys = options.keys !== "trust";
  checkUnitCodes(units);
  const issues: InputIssue[] = [];
  const width = pack.layout.template.length;
  const n = units.length;
  const data = new Float64Array(n * width);
  const rowAt = (u: number) => data.subarray(u * width, (u + 1) * width);
  const indicators = pack.indicators;
  const m = indicators.length;
  const points = new Float64Array(n * m);
  const status = new Uint8Array(n * m);
  /** Problems found by evaluating the rules (missing inputs, numerators above denominators). */
  const ruleIssues: InputIssue[] = [];
  const missingWarnings: ScoreWarning[] = [];
  const references: CohortReference[] = [];

  const onMissing = (u: number, k: number) => {
    const indicator = indicators[k]!.definition;
    const unit = units[u]!.code;
    // A ratio already impossible with the values given (6.12.b above 6.12.a, 6.12.c missing) is refused
    // in every mode: lenient lets inputs be missing, never wrong.
    const broken = numeratorIssues(indicator, pack.layout, rowAt(u), unit);
    ruleIssues.push(...broken);
    const missing = missingInputs(indicator, pack.layout, rowAt(u));
    if (mode === "strict") {
      for (const input of missing)
        ruleIssues.push({
          code: "INPUT_MISSING",
          unit,
          indicator: indicator.code,
          input,
          key: addressOf(indicator, input),
          message: `unit ${unit}, indicator ${indicator.code}: input ${input} (${addressOf(indicator, input)}) is missing`,
        });
    } else if (broken.length === 0) {
      status[u * m + k] = STATUS_MISSING;
      missingWarnings.push({
        code: "INPUT_MISSING",
        unit,
        indicator: indicator.code,
        message: `unit ${unit}, indicator ${indicator.code}: scored 0 because ${missing.map((id) => `${id} (${addressOf(indicator, id)})`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
      });
    }
  };

  // Unit by unit: encode the unit's inputs, then evaluate its plain indicators while its row (and
  // its points) are in cache. The raw values of cohort-relative rules are computed in the same
  // pass, into raws[u * c + their slot]. Once an input problem is found, the units that follow are
  // only encoded, to report every input problem.
  const { plainKernels, plainPosition, plainMax, cohortKernels, cohortSlot, cohortIndicators, kernels } = pack.evaluation;
  const p = plainKernels.length;
  const c = cohortKernels.length;
  const fractions = new Float64Array(p + c);
  const raws = new Float64Array(n * c);
  const layout = pack.layout;
  for (let u = 0; u < n; u++) {
    const offset = u * width;
    encodeUnit(layout, units[u]!, issues, data, offset, checkOtherKeys);
    if (issues.length > 0) continue;
    if (evaluateUnit(kernels, data, offset, fractions, points, u * m, plainPosition, plainMax, raws, u * c)) continue;
    // Some indicator was MISSING or INVALID (rare): say which and why.
    for (let j = 0; j < p; j++) {
      const f = fractions[j]!;
      const k = plainPosition[j]!;
      if (f !== f) onMissing(u, k);
      else if (f === INVALID) ruleIssues.push(...numeratorIssues(indicators[k]!.definition, layout, rowAt(u), units[u]!.code));
    }
  }
  if (issues.length > 0) throw inputError(issues);

  // The cohort-relative rules' references: each rule's lowest and highest raw value over the units
  // that have one.
  const lows = new Float64Array(c);
  const highs = new Float64Array(c);
  for (const indicator of cohortIndicators) {
    const k = indicator.position;
    const at = cohortSlot[k]!;
    const included: string[] = [];
    if (!cohortRange(raws, c, at, units, included, lows, highs)) {
      // Some unit has no raw value (MISSING) or an impossible one (INVALID): say which and why.
      for (let u = 0; u < n; u++) {
        const x = raws[u * c + at]!;
        if (x !== x) onMissing(u, k);
        else if (x === INVALID) ruleIssues.push(...numeratorIssues(indicator.definition, layout, rowAt(u), units[u]!.code));
      }
    }
    const lo = lows[at]!;
    const hi = highs[at]!;
    references.push({
      indicator: indicator.definition.code,
      kind: indicator.definition.rule.kind,
      form: indicator.compiled.cohort ? indicator.compiled.form : "x_over_max",
      units: included,
      min: included.length > 0 ? lo : null,
      max: included.length > 0 ? hi : null,
    });
  }
  const warnings: ScoreWarning[] = [];
  for (const warning of missingWarnings) warnings.push(warning);
  if (ruleIssues.length > 0 || warnings.length > 0) {
    // Report in the order a person reads the data: unit by unit, indicator by official code.
    const unitOrder = new Map(units.map((u, i) => [u.code, i]));
    const byReadingOrder = (x: { unit?: string; indicator?: string }, y: { unit?: string; indicator?: string }) =>
      (unitOrder.get(x.unit ?? "") ?? -1) - (unitOrder.get(y.unit ?? "") ?? -1) || compareCodes(x.indicator ?? "0", y.indicator ?? "0");
    if (ruleIssues.length > 0) throw inputError(ruleIssues.sort(byReadingOrder));
    warnings.sort(byReadingOrder);
  }

  // Then unit by unit, in indicator order, what needs the whole cohort or other indicators
  // (cohort-relative points, sums of children, not scored), and the index points.
  const q = pack.indexCodes.length;
  const indexPoints = new Float64Array(n * q);
  const cohortLate = { lows, highs, raws, c };
  for (let u = 0; u < n; u++) finishUnit(pack, u, points, status, cohortLate, indexPoints);
  const { totalPoints, overall, ranks, indexRanks, pillarPoints, pillarRanks } = aggregateIndexPoints(pack, n, indexPoints);
  return {
    units,
    data,
    width,
    points,
    status,
    indexPoints,
    totalPoints,
    overall,
    ranks,
    indexRanks,
    pillarPoints,
    pillarRanks,
    references,
    warnings,
  };
}

/** Index points → totals, overall, ranks and pillars. Shared by raw scoring and index aggregation. */
export function aggregatePoints(pack: CompiledPack, n: number, fill: (u: number, add: (index: number, points: number) => void) => void) {
  const q = pack.indexCodes.length;
  const indexPoints = new Float64Array(n * q);
  for (let u = 0; u < n; u++)
    fill(u, (index, p) => {
      indexPoints[u * q + index]! += p;
    });
  return aggregateIndexPoints(pack, n, indexPoints);
}

/** Totals, overall, ranks and pillars from index points [unit × index], with plain loops (no call per value). */
export function aggregateIndexPoints(pack: CompiledPack, n: number, indexPoints: Float64Array) {
  // The loops are top-level functions, not callbacks created per call: their optimized code is
  // kept from call to call.
  const q = pack.indexCodes.length;
  const scored = Int32Array.from(pack.indexScored.flatMap((yes, i) => (yes ? [i] : [])));
  const totalPoints = new Float64Array(n);
  const overall = new Float64Array(n);
  sumColumns(indexPoints, q, scored, totalPoints);
  divideInto(totalPoints, pack.totalMax, overall);
  const ranks = rankValues(overall, pack.precision);
  const values = new Float64Array(n);
  const indexRanks: Int32Array[] = [];
  for (let i = 0; i < q; i++) {
    columnOver(indexPoints, q, i, pack.indexMax[i]!, values);
    indexRanks.push(rankValues(values, pack.precision));
  }
  const pillarPoints: Float64Array[] = [];
  const pillarRanks: Int32Array[] = [];
  for (const pillar of pack.pillars) {
    const sums = new Float64Array(n);
    sumColumns(indexPoints, q, Int32Array.from(pillar.indexPositions), sums);
    pillarPoints.push(sums);
    divideInto(sums, pillar.max, values);
    pillarRanks.push(rankValues(values, pack.precision));
  }
  return { indexPoints, totalPoints, overall, ranks, indexRanks, pillarPoints, pillarRanks };
}

/** into[u] = Σ matrix[u * width + columns[j]], in the order of columns. */
function sumColumns(matrix: Float64Array, width: number, columns: Int32Array, into: Float64Array): void {
  for (let u = 0; u < into.length; u++) {
    let sum = 0;
    for (let j = 0; j < columns.length; j++) sum += matrix[u * width + columns[j]!]!;
    into[u] = sum;
  }
}

/** into[u] = values[u] / max (0 when max is not positive). */
function divideInto(values: Float64Array, max: number, into: Float64Array): void {
  for (let u = 0; u < into.length; u++) into[u] = max > 0 ? values[u]! / max : 0;
}

/** into[u] = matrix[u * width + column] / max (0 when max is not positive). */
function columnOver(matrix: Float64Array, width: number, column: number, max: number, into: Float64Array): void {
  for (let u = 0; u < into.length; u++) into[u] = max > 0 ? matrix[u * width + column]! / max : 0;
}

function inputError(issues: InputIssue[]): EngineError {
  const head = issues
    .slice(0, 3)
    .map((i) => i.message)
    .join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  const only = issues.every((i) => i.code === issues[0]!.code) ? issues[0]!.code : "INPUT_INVALID";
  return new EngineError(only, `${issues.length} input problem(s): ${head}${more}`, { issues });
}

import type { CohortReference, ScoreWarning, UnitInput } from "@dti/contracts";
import type { CompiledPack } from "./compile-pack";
import { INVALID } from "./compile-rule";
import { missingInputs, numeratorIssues, addressIn } from "./diagnose";
import { EngineError, type InputIssue } from "./errors";
import { encodeUnit } from "./inputs";
import { rankValues } from "./rank";
import { compareCodes } from "./codes";

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

function checkUnitCodes(units: readonly UnitInput[]): void {
  const seen = new Set<string>();
  const duplicates = units.filter((u) => (seen.has(u.code) ? true : (seen.add(u.code), false)));
  if (duplicates.length > 0)
    throw new EngineError("UNIT_DUPLICATE", `unit codes must be unique; repeated: ${[...new Set(duplicates.map((u) => u.code))].join(", ")}`);
}

/** One unit's input values (a view, not a copy). */
export function rowOf(scored: Pick<ScoredCohort, "data" | "width">, u: number): Float64Array {
  return scored.data.subarray(u * scored.width, (u + 1) * scored.width);
}

export interface CohortOptions {
  /**
   * "check" (default): every key of every unit is examined (unknown keys, aliases, conflicts).
   * "trust": when a unit gives every input by its id, its other keys are not enumerated; for data
   * keyed by input id by construction, e.g. read back from the database.
   */
  keys?: "check" | "trust";
}

export function scoreCohort(pack: CompiledPack, units: readonly UnitInput[], mode: ScoreMode, options: CohortOptions = {}): ScoredCohort {
  const checkOtherKeys = options.keys !== "trust";
  checkUnitCodes(units);
  const issues: InputIssue[] = [];
  const keyWarnings: InputIssue[] = [];
  const width = pack.layout.template.length;
  const data = new Float64Array(units.length * width);
  for (let u = 0; u < units.length; u++) encodeUnit(pack.layout, units[u]!, issues, mode === "strict", keyWarnings, data, u * width, checkOtherKeys);
  const rowAt = (u: number) => data.subarray(u * width, (u + 1) * width);
  if (issues.length > 0) throw inputError(issues);

  const n = units.length;
  const indicators = pack.indicators;
  const m = indicators.length;
  const points = new Float64Array(n * m);
  const status = new Uint8Array(n * m);
  const warnings: ScoreWarning[] = keyWarnings.map(({ code, message, unit, key }) => ({ code, message, ...(unit ? { unit } : {}), ...(key ? { input: key } : {}) }));
  const references: CohortReference[] = [];

  const onMissing = (u: number, k: number) => {
    const indicator = indicators[k]!.definition;
    const unit = units[u]!.code;
    const missing = missingInputs(indicator, pack.layout, rowAt(u));
    if (mode === "strict") {
      for (const input of missing)
        issues.push({
          code: "INPUT_MISSING",
          unit,
          indicator: indicator.code,
          input,
          key: addressIn(indicator, input),
          message: `unit ${unit}, indicator ${indicator.code}: input ${input} (${addressIn(indicator, input)}) is missing`,
        });
    } else {
      status[u * m + k] = STATUS_MISSING;
      warnings.push({
        code: "INPUT_MISSING",
        unit,
        indicator: indicator.code,
        message: `unit ${unit}, indicator ${indicator.code}: scored 0 because ${missing.map((id) => `${id} (${addressIn(indicator, id)})`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
      });
    }
  };

  // Plain indicators unit by unit: a unit's row (and its points) stay in cache for all of them,
  // instead of one pass over the whole cohort's array per indicator.
  const plain = indicators.filter((x) => x.scored && x.children.length === 0 && !x.compiled.cohort);
  const plainPosition = Int32Array.from(plain, (x) => x.position);
  const plainMax = Float64Array.from(plain, (x) => x.maxPoints);
  const plainEvaluate = plain.map((x) => (x.compiled.cohort ? () => 0 : x.compiled.evaluate));
  for (let u = 0; u < n; u++) {
    const offset = u * width;
    for (let j = 0; j < plainEvaluate.length; j++) {
      const f = plainEvaluate[j]!(data, offset);
      const k = plainPosition[j]!;
      if (f !== f) onMissing(u, k);
      else if (f === INVALID) issues.push(...numeratorIssues(indicators[k]!.definition, pack.layout, rowAt(u), units[u]!.code));
      else points[u * m + k] = f * plainMax[j]!;
    }
  }

  // Then, in order, what needs the whole cohort or other indicators: not scored, sums of children,
  // cohort-relative rules.
  for (let k = 0; k < m; k++) {
    const indicator = indicators[k]!;
    const max = indicator.maxPoints;
    const compiled = indicator.compiled;
    if (!indicator.scored) {
      for (let u = 0; u < n; u++) status[u * m + k] = STATUS_NOT_SCORED;
    } else if (indicator.children.length > 0) {
      const children = indicator.children;
      for (let u = 0; u < n; u++) {
        let total = 0;
        let missing = 0;
        for (const c of children) {
          total += points[u * m + c]!;
          if (status[u * m + c] === STATUS_MISSING) missing++;
        }
        points[u * m + k] = total;
        if (missing === children.length) status[u * m + k] = STATUS_MISSING;
      }
    } else if (compiled.cohort) {
      const raw = new Float64Array(n);
      let lo = Infinity;
      let hi = -Infinity;
      const included: string[] = [];
      for (let u = 0; u < n; u++) {
        const x = compiled.raw(data, u * width);
        raw[u] = x;
        if (x !== x) {
          onMissing(u, k);
          continue;
        }
        if (x === INVALID) {
          issues.push(...numeratorIssues(indicator.definition, pack.layout, rowAt(u), units[u]!.code));
          raw[u] = Number.NaN;
          continue;
        }
        included.push(units[u]!.code);
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      const minMax = compiled.form === "min_max";
      for (let u = 0; u < n; u++) {
        const x = raw[u]!;
        if (x !== x) continue;
        const f = minMax ? (hi > lo ? (x - lo) / (hi - lo) : x > 0 ? 1 : 0) : hi > 0 ? x / hi : 0;
        points[u * m + k] = f * max;
      }
      references.push({
        indicator: indicator.definition.code,
        kind: indicator.definition.rule.kind,
        form: compiled.form,
        units: included,
        min: included.length > 0 ? lo : null,
        max: included.length > 0 ? hi : null,
      });
    }
  }
  // Report in the order a person reads the data: unit by unit, indicator by official code.
  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const byReadingOrder = (x: { unit?: string; indicator?: string }, y: { unit?: string; indicator?: string }) =>
    (unitOrder.get(x.unit ?? "") ?? -1) - (unitOrder.get(y.unit ?? "") ?? -1) || compareCodes(x.indicator ?? "0", y.indicator ?? "0");
  if (issues.length > 0) throw inputError(issues.sort(byReadingOrder));
  warnings.sort(byReadingOrder);
  const q = pack.indexCodes.length;
  const indexPoints = new Float64Array(n * q);
  const positions = Int32Array.from(indicators, (x) => x.indexPosition);
  for (let u = 0; u < n; u++)
    for (let k = 0; k < m; k++) {
      const position = positions[k]!;
      if (position >= 0) indexPoints[u * q + position]! += points[u * m + k]!;
    }
  return { ...aggregateIndexPoints(pack, n, indexPoints), units, data, width, points, status, references, warnings };
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
  const q = pack.indexCodes.length;
  const totalPoints = new Float64Array(n);
  const overall = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let total = 0;
    for (let i = 0; i < q; i++) if (pack.indexScored[i]) total += indexPoints[u * q + i]!;
    totalPoints[u] = total;
    overall[u] = pack.totalMax > 0 ? total / pack.totalMax : 0;
  }
  const ranks = rankValues(overall, pack.precision);
  const values = new Float64Array(n);
  const indexRanks = pack.indexCodes.map((_, i) => {
    const max = pack.indexMax[i]!;
    for (let u = 0; u < n; u++) values[u] = max > 0 ? indexPoints[u * q + i]! / max : 0;
    return rankValues(values, pack.precision);
  });
  const pillarPoints = pack.pillars.map((pillar) => {
    const sums = new Float64Array(n);
    const positions = pillar.indexPositions;
    for (let u = 0; u < n; u++) {
      let sum = 0;
      for (let j = 0; j < positions.length; j++) sum += indexPoints[u * q + positions[j]!]!;
      sums[u] = sum;
    }
    return sums;
  });
  const pillarRanks = pack.pillars.map((pillar, p) => {
    for (let u = 0; u < n; u++) values[u] = pillar.max > 0 ? pillarPoints[p]![u]! / pillar.max : 0;
    return rankValues(values, pack.precision);
  });
  return { indexPoints, totalPoints, overall, ranks, indexRanks, pillarPoints, pillarRanks };
}

function inputError(issues: InputIssue[]): EngineError {
  const head = issues.slice(0, 3).map((i) => i.message).join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  const only = issues.every((i) => i.code === issues[0]!.code) ? issues[0]!.code : "INPUT_INVALID";
  return new EngineError(only, `${issues.length} input problem(s): ${head}${more}`, { issues });
}

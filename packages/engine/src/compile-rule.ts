import type { Band, Operand, Rule } from "@dti/pack-sdk";
import { compileExpression } from "./expression";
import type { InputLayout } from "./inputs";

/** Returned by an evaluator when an input it needs is not provided. */
export const MISSING = Number.NaN;
/**
 * Returned when a ratio's numerator exceeds its denominator where that is impossible. Outside the
 * range of every fraction and every raw cohort value (inputs are finite), so it cannot be mistaken.
 */
export const INVALID = Number.NEGATIVE_INFINITY;

/**
 * (rows, offset) → fraction of max (0..1), MISSING or INVALID. All units' values live in one
 * Float64Array; a unit's row starts at `offset`.
 */
export type Evaluate = (row: Float64Array, o: number) => number;

export type CompiledRule =
  | { cohort: false; evaluate: Evaluate }
  | {
      cohort: true;
      /** row → the unit's raw value (count, amount or ratio) compared across the cohort. */
      raw: Evaluate;
      form: "x_over_max" | "min_max";
    };

const EPS = 1e-12;

function compileOperand(operand: Operand, layout: InputLayout): Evaluate {
  const slots = (typeof operand === "string" ? [operand] : operand).map((id) => layout.byId.get(id)!.index);
  if (slots.length === 1) {
    const s = slots[0]!;
    return (row, o) => row[o + s]!;
  }
  return (row, o) => {
    let sum = 0;
    for (let i = 0; i < slots.length; i++) sum += row[o + slots[i]!]!;
    return sum;
  };
}

interface RatioSpec {
  a: Operand;
  b: Operand;
  allowAboveOne?: boolean;
  ifZeroDenominator?: "zero" | "full";
}

/** How a ratio becomes a fraction; a number so that one closure serves every ratio kind. */
const enum RatioMap {
  Raw = 0, // the ratio itself (cohort rules)
  Capped = 1, // min(1, r)
  ToTarget = 2, // min(1, r / p)
  FullAbove = 3, // r ≥ p ? 1 : min(1, r)
  AllOrNothing = 4, // r ≥ p ? 1 : 0
}

function slotsOf(operand: Operand, layout: InputLayout): Int32Array {
  return Int32Array.from(typeof operand === "string" ? [operand] : operand, (id) => layout.byId.get(id)!.index);
}

/**
 * a/b mapped to a fraction, with the pack's choices for a zero denominator and for a above b;
 * MISSING when an input is missing. One flat closure per rule (no nested calls): this is the
 * hot loop of scoring.
 */
function compileRatio(spec: RatioSpec, layout: InputLayout, allowAboveOneByDefault: boolean, map: RatioMap, p = 0): Evaluate {
  const sa = slotsOf(spec.a, layout);
  const sb = slotsOf(spec.b, layout);
  const allowAbove = spec.allowAboveOne ?? allowAboveOneByDefault;
  const onZero = spec.ifZeroDenominator === "full" ? 1 : 0;
  const na = sa.length;
  const nb = sb.length;
  const a0 = sa[0]!;
  const b0 = sb[0]!;
  return (row, o) => {
    let x = row[o + a0]!;
    for (let i = 1; i < na; i++) x += row[o + sa[i]!]!;
    let y = row[o + b0]!;
    for (let i = 1; i < nb; i++) y += row[o + sb[i]!]!;
    if (x !== x || y !== y) return MISSING;
    if (y === 0) return x === 0 || allowAbove ? onZero : INVALID;
    if (!allowAbove && x > y * (1 + EPS)) return INVALID;
    const r = x / y;
    switch (map) {
      case RatioMap.Raw:
        return r;
      case RatioMap.Capped:
        return r > 1 ? 1 : r;
      case RatioMap.ToTarget:
        return r >= p ? 1 : r / p;
      case RatioMap.FullAbove:
        return r >= p - EPS ? 1 : r > 1 ? 1 : r;
      default:
        return r >= p - EPS ? 1 : 0;
    }
  };
}

function compileBands(bands: Band[]): (value: number) => number {
  const mins = bands.map((b) => b.min);
  const inclusive = bands.map((b) => b.minInclusive !== false);
  const fractions = bands.map((b) => b.fraction);
  return (value) => {
    for (let i = 0; i < mins.length; i++) {
      if (inclusive[i] ? value >= mins[i]! - EPS : value > mins[i]! + EPS) return fractions[i]!;
    }
    return 0;
  };
}

function withGate(gate: string | undefined, layout: InputLayout, inner: Evaluate): Evaluate {
  if (gate === undefined) return inner;
  const g = layout.byId.get(gate)!.index;
  return (row, o) => {
    const open = row[o + g]!;
    if (open !== open) return MISSING;
    return open === 0 ? 0 : inner(row, o);
  };
}

/** A fraction-of-ratio evaluator: passes MISSING and INVALID through, maps a ratio to a fraction. */
function onRatio(ratio: Evaluate, map: (r: number) => number): Evaluate {
  return (row, o) => {
    const r = ratio(row, o);
    if (r !== r || r === INVALID) return r;
    return map(r);
  };
}

/**
 * Compiles a rule to closures over a row of input values. Nothing is interpreted per unit: the
 * slot of every input and every constant of the rule is resolved here, once.
 */
export function compileRule(rule: Rule, layout: InputLayout, maxPoints: number): CompiledRule {
  const plain = (evaluate: Evaluate): CompiledRule => ({ cohort: false, evaluate });
  switch (rule.kind) {
    case "ratio":
      return plain(compileRatio(rule, layout, false, RatioMap.Capped));
    case "ratio_to_target":
      return plain(compileRatio(rule, layout, false, RatioMap.ToTarget, rule.target));
    case "ratio_full_above":
      return plain(compileRatio(rule, layout, false, RatioMap.FullAbove, rule.threshold));
    case "all_or_nothing":
      return plain(compileRatio(rule, layout, false, RatioMap.AllOrNothing, rule.threshold));
    case "ratio_bands":
      return plain(withGate(rule.gate, layout, onRatio(compileRatio(rule, layout, false, RatioMap.Raw), compileBands(rule.bands))));
    case "count_bands":
    case "amount_bands": {
      const s = layout.byId.get(rule.input)!.index;
      const band = compileBands(rule.bands);
      return plain(
        withGate(rule.gate, layout, (row, o) => {
          const v = row[o + s]!;
          return v !== v ? MISSING : band(v);
        }),
      );
    }
    case "boolean": {
      const s = layout.byId.get(rule.input)!.index;
      return plain((row, o) => {
        const v = row[o + s]!;
        return v !== v ? MISSING : v !== 0 ? 1 : 0;
      });
    }
    case "choice": {
      const slot = layout.byId.get(rule.input)!;
      const byIndex = Float64Array.from(slot.definition.options ?? [], (o) => rule.fractions[o.value] ?? 0);
      return plain((row, o) => {
        const v = row[o + slot.index]!;
        return v !== v ? MISSING : byIndex[v]!;
      });
    }
    case "count_capped": {
      const s = layout.byId.get(rule.input)!.index;
      const perItem = maxPoints > 0 ? rule.pointsPerItem / maxPoints : 0;
      return plain((row, o) => {
        const v = row[o + s]!;
        return v !== v ? MISSING : Math.min(1, v * perItem);
      });
    }
    case "parts": {
      const parts = rule.parts.map((part) => ({
        fraction: part.fraction,
        // A part with an input is a yes/no worth the whole part; a nested rule yields a share of the part.
        inner: nestedEvaluate(part.input !== undefined ? { kind: "boolean", input: part.input } : part.rule!, layout, maxPoints * part.fraction),
      }));
      return plain((row, o) => {
        let total = 0;
        for (let i = 0; i < parts.length; i++) {
          const f = parts[i]!.inner(row, o);
          if (f !== f || f === INVALID) return f;
          total += f * parts[i]!.fraction;
        }
        return total > 1 ? 1 : total;
      });
    }
    case "expression": {
      const slots = new Map(Object.entries(rule.variables).map(([name, id]) => [name, layout.byId.get(id)!.index]));
      const expression = compileExpression(rule.expression, (name) => slots.get(name));
      const deps = [...slots.values()];
      return plain((row, o) => {
        for (let i = 0; i < deps.length; i++) if (row[o + deps[i]!] !== row[o + deps[i]!]) return MISSING;
        const f = expression(row, o);
        return f !== f ? 0 : f < 0 ? 0 : f > 1 ? 1 : f;
      });
    }
    case "min_max": {
      const raw =
        rule.value !== undefined
          ? compileOperand(rule.value, layout)
          : compileRatio({ a: rule.a!, b: rule.b!, allowAboveOne: rule.allowAboveOne, ifZeroDenominator: rule.ifZeroDenominator }, layout, true, RatioMap.Raw);
      return { cohort: true, raw, form: rule.form };
    }
    case "relative_to_best":
      return { cohort: true, raw: compileRatio(rule, layout, true, RatioMap.Raw), form: "x_over_max" };
    case "unknown":
      // Never scored: packs with unknown rules cannot declare coverage "full" (see validatePack).
      return plain(() => MISSING);
    case "sum_children":
    case "not_scored":
      // Scored by the cohort loop: a parent sums its children's points; not_scored is always 0.
      return plain(() => 0);
  }
}

function nestedEvaluate(rule: Rule, layout: InputLayout, partMax: number): Evaluate {
  const compiled = compileRule(rule, layout, partMax);
  if (compiled.cohort) throw new Error(`a part cannot hold a cohort-relative rule (${rule.kind})`);
  return compiled.evaluate;
}

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

/** How a ratio becomes a fraction. */
const enum RatioMap {
  Raw = 0, // the ratio itself (cohort rules, ratio bands)
  Capped = 1, // min(1, r)
  ToTarget = 2, // min(1, r / p)
  FullAbove = 3, // r ≥ p ? 1 : min(1, r)
  AllOrNothing = 4, // r ≥ p ? 1 : 0
}

/** What a kernel computes. */
const enum Op {
  /** Σa / Σb mapped by `map`, then by the bands if there are any. */
  Ratio = 0,
  /** Σa: a cohort rule's raw value. */
  Sum = 1,
  /** a0 ≠ 0 → 1, else 0. */
  Boolean = 2,
  /** fractions[option index in a0]. */
  Choice = 3,
  /** min(1, a0 × p). */
  CountCapped = 4,
  /** The band of a0. */
  Bands = 5,
  /** Σ fractions[i] × children[i], capped at 1. */
  Parts = 6,
  /** p, always (unknown rules: MISSING; sums of children and not scored: 0, filled in by the cohort loop). */
  Constant = 7,
  /** fn(row, o): expressions. */
  Call = 8,
  /** Parts that are all yes/no inputs (slots a): Σ fractions[i] where a[i] ≠ 0, capped at 1. */
  YesNoParts = 9,
}

/**
 * A rule compiled to data: its slots and constants resolved once, in one object shape for every
 * rule kind. runKernels evaluates a list of them in one loop, without a call per rule (a call per
 * rule through a closure also boxes every result it returns). Slots are plain fields, not typed
 * arrays: each typed-array read costs its own checks, a field of an object already checked does not.
 */
export interface Kernel {
  op: Op;
  /** Slot of the gate input (closed: 0 points), or -1. */
  gate: number;
  /** First input slot: of a ratio's numerator or an operand, or the one input of the other kinds. */
  a0: number;
  /** The numerator's (or operand's) other slots, usually none. */
  a: Int32Array;
  /** First slot of a ratio's denominator, and its other slots. */
  b0: number;
  b: Int32Array;
  map: RatioMap;
  /** Target, threshold, points per item (as a fraction of max) or the constant. */
  p: number;
  allowAbove: boolean;
  /** A ratio's value when its denominator and numerator are both 0 (or allowed above 1): the pack's ifZeroDenominator. */
  onZero: number;
  /** Bands: lower bounds, in the pack's order (first match wins), and whether each is inclusive. */
  mins: Float64Array;
  inclusive: Uint8Array;
  /** Bands: each band's fraction. Choice: fraction per option index. Parts: each part's fraction. */
  fractions: Float64Array;
  /** Parts: what each part is worth (a fraction of the part). */
  children: Kernel[];
  /** Parts: their children's values, reused from call to call. */
  scratch: Float64Array;
  fn: Evaluate | null;
}

export type CompiledRule =
  | { cohort: false; kernel: Kernel }
  | {
      cohort: true;
      /** row → the unit's raw value (count, amount or ratio) compared across the cohort. */
      raw: Kernel;
      form: "x_over_max" | "min_max";
    };

const EPS = 1e-12;
const NONE_I = new Int32Array(0);
const NONE_F = new Float64Array(0);
const NONE_U = new Uint8Array(0);

function kernel(op: Op, fields: Partial<Omit<Kernel, "op">>): Kernel {
  // Every field, in the same order: one hidden class for all kernels keeps runKernels monomorphic.
  return {
    op,
    gate: fields.gate ?? -1,
    a0: fields.a0 ?? -1,
    a: fields.a ?? NONE_I,
    b0: fields.b0 ?? -1,
    b: fields.b ?? NONE_I,
    map: fields.map ?? RatioMap.Raw,
    p: fields.p ?? 0,
    allowAbove: fields.allowAbove ?? false,
    onZero: fields.onZero ?? 0,
    mins: fields.mins ?? NONE_F,
    inclusive: fields.inclusive ?? NONE_U,
    fractions: fields.fractions ?? NONE_F,
    children: fields.children ?? [],
    scratch: fields.scratch ?? NONE_F,
    fn: fields.fn ?? null,
  };
}

function slotsOf(operand: Operand, layout: InputLayout): Int32Array {
  return Int32Array.from(typeof operand === "string" ? [operand] : operand, (id) => layout.byId.get(id)!.index);
}

function slotOf(input: string, layout: InputLayout): number {
  return layout.byId.get(input)!.index;
}

interface RatioSpec {
  a: Operand;
  b: Operand;
  allowAboveOne?: boolean;
  ifZeroDenominator?: "zero" | "full";
}

/** a/b mapped to a fraction, with the pack's choices for a zero denominator and for a above b. */
function ratio(
  spec: RatioSpec,
  layout: InputLayout,
  allowAboveOneByDefault: boolean,
  map: RatioMap,
  p = 0,
  bands?: Band[],
  gate = -1,
): Kernel {
  const a = slotsOf(spec.a, layout);
  const b = slotsOf(spec.b, layout);
  return kernel(Op.Ratio, {
    gate,
    a0: a[0]!,
    a: a.subarray(1),
    b0: b[0]!,
    b: b.subarray(1),
    allowAbove: spec.allowAboveOne ?? allowAboveOneByDefault,
    onZero: spec.ifZeroDenominator === "full" ? 1 : 0,
    map,
    p,
    ...(bands ? bandFields(bands) : {}),
  });
}

function bandFields(bands: Band[]): Pick<Kernel, "mins" | "inclusive" | "fractions"> {
  return {
    mins: Float64Array.from(bands, (b) => b.min),
    inclusive: Uint8Array.from(bands, (b) => (b.minInclusive !== false ? 1 : 0)),
    fractions: Float64Array.from(bands, (b) => b.fraction),
  };
}

function gateOf(gate: string | undefined, layout: InputLayout): number {
  return gate === undefined ? -1 : layout.byId.get(gate)!.index;
}

/**
 * Compiles a rule to a kernel over a row of input values. Nothing is interpreted per unit: the
 * slot of every input and every constant of the rule is resolved here, once.
 */
export function compileRule(rule: Rule, layout: InputLayout, maxPoints: number): CompiledRule {
  const plain = (k: Kernel): CompiledRule => ({ cohort: false, kernel: k });
  switch (rule.kind) {
    case "ratio":
      return plain(ratio(rule, layout, false, RatioMap.Capped));
    case "ratio_to_target":
      return plain(ratio(rule, layout, false, RatioMap.ToTarget, rule.target));
    case "ratio_full_above":
      return plain(ratio(rule, layout, false, RatioMap.FullAbove, rule.threshold));
    case "all_or_nothing":
      return plain(ratio(rule, layout, false, RatioMap.AllOrNothing, rule.threshold));
    case "ratio_bands":
      return plain(ratio(rule, layout, false, RatioMap.Raw, 0, rule.bands, gateOf(rule.gate, layout)));
    case "count_bands":
    case "amount_bands":
      return plain(kernel(Op.Bands, { a0: slotOf(rule.input, layout), gate: gateOf(rule.gate, layout), ...bandFields(rule.bands) }));
    case "boolean":
      return plain(kernel(Op.Boolean, { a0: slotOf(rule.input, layout) }));
    case "choice": {
      const slot = layout.byId.get(rule.input)!;
      const fractions = Float64Array.from(slot.definition.options ?? [], (o) => rule.fractions[o.value] ?? 0);
      return plain(kernel(Op.Choice, { a0: slot.index, fractions }));
    }
    case "count_capped":
      return plain(kernel(Op.CountCapped, { a0: slotOf(rule.input, layout), p: maxPoints > 0 ? rule.pointsPerItem / maxPoints : 0 }));
    case "parts": {
      const fractions = Float64Array.from(rule.parts, (part) => part.fraction);
      // Parts that are all yes/no inputs (the common case) need no nested kernels.
      if (rule.parts.every((part) => part.input !== undefined))
        return plain(kernel(Op.YesNoParts, { a: Int32Array.from(rule.parts, (part) => slotOf(part.input!, layout)), fractions }));
      // A part with an input is a yes/no worth the whole part; a nested rule yields a share of the part.
      const children = rule.parts.map((part) =>
        nestedKernel(part.input !== undefined ? { kind: "boolean", input: part.input } : part.rule!, layout, maxPoints * part.fraction),
      );
      return plain(
        kernel(Op.Parts, {
          children,
          fractions,
          scratch: new Float64Array(children.length),
        }),
      );
    }
    case "expression": {
      const slots = new Map(Object.entries(rule.variables).map(([name, id]) => [name, layout.byId.get(id)!.index]));
      // A division by zero scores what the rule declares, as a ratio's zero denominator does (default 0).
      const zero = { hit: false };
      const onZero = rule.ifZeroDenominator === "full" ? 1 : 0;
      const expression = compileExpression(rule.expression, (name) => slots.get(name), zero);
      const deps = [...slots.values()];
      return plain(
        kernel(Op.Call, {
          onZero,
          fn: (row, o) => {
            for (let i = 0; i < deps.length; i++) if (row[o + deps[i]!] !== row[o + deps[i]!]) return MISSING;
            zero.hit = false;
            const f = expression(row, o);
            if (zero.hit) return onZero;
            return f !== f ? 0 : f < 0 ? 0 : f > 1 ? 1 : f;
          },
        }),
      );
    }
    case "min_max": {
      const value = rule.value !== undefined ? slotsOf(rule.value, layout) : NONE_I;
      const raw =
        rule.value !== undefined
          ? kernel(Op.Sum, { a0: value[0]!, a: value.subarray(1) })
          : ratio(
              { a: rule.a!, b: rule.b!, allowAboveOne: rule.allowAboveOne, ifZeroDenominator: rule.ifZeroDenominator },
              layout,
              true,
              RatioMap.Raw,
            );
      return { cohort: true, raw, form: rule.form };
    }
    case "relative_to_best":
      return { cohort: true, raw: ratio(rule, layout, true, RatioMap.Raw), form: "x_over_max" };
    case "unknown":
      // Never scored: packs with unknown rules cannot declare coverage "full" (see validatePack).
      return plain(kernel(Op.Constant, { p: MISSING }));
    case "sum_children":
    case "not_scored":
      // Scored by the cohort loop: a parent sums its children's points; not_scored is always 0.
      return plain(kernel(Op.Constant, { p: 0 }));
  }
}

function nestedKernel(rule: Rule, layout: InputLayout, partMax: number): Kernel {
  const compiled = compileRule(rule, layout, partMax);
  if (compiled.cohort) throw new Error(`a part cannot hold a cohort-relative rule (${rule.kind})`);
  return compiled.kernel;
}

/** The band a value falls in (first match in the pack's order), 0 below every band. */
function band(k: Kernel, value: number): number {
  const mins = k.mins;
  for (let i = 0; i < mins.length; i++) {
    if (k.inclusive[i] !== 0 ? value >= mins[i]! - EPS : value > mins[i]! + EPS) return k.fractions[i]!;
  }
  return 0;
}

/**
 * Evaluates kernels[j] on the row at `o` into out[at + j]: a fraction of max (plain rules) or a raw
 * value (cohort rules), MISSING or INVALID. This is the hot loop of scoring. Every case stores its
 * own result: a result merged from several cases (one of them a call) would be boxed as a heap number.
 */
export function runKernels(kernels: readonly Kernel[], row: Float64Array, o: number, out: Float64Array, at = 0): void {
  for (let j = 0; j < kernels.length; j++) {
    const k = kernels[j]!;
    if (k.gate >= 0) {
      const open = row[o + k.gate]!;
      if (open !== open) {
        out[at + j] = MISSING;
        continue;
      }
      if (open === 0) {
        out[at + j] = 0;
        continue;
      }
    }
    switch (k.op) {
      case Op.Ratio: {
        const a = k.a;
        const b = k.b;
        let x = row[o + k.a0]!;
        for (let i = 0; i < a.length; i++) x += row[o + a[i]!]!;
        let y = row[o + k.b0]!;
        for (let i = 0; i < b.length; i++) y += row[o + b[i]!]!;
        if (x !== x || y !== y) {
          out[at + j] = MISSING;
          continue;
        }
        let r: number;
        if (y === 0) {
          // A zero denominator gives the pack's value as it is (no map); ratio bands then band it.
          if (x !== 0 && !k.allowAbove) {
            out[at + j] = INVALID;
            continue;
          }
          r = k.onZero;
        } else if (!k.allowAbove && x > y * (1 + EPS)) {
          out[at + j] = INVALID;
          continue;
        } else {
          r = x / y;
          const p = k.p;
          switch (k.map) {
            case RatioMap.Raw:
              break;
            case RatioMap.Capped:
              r = r > 1 ? 1 : r;
              break;
            case RatioMap.ToTarget:
              r = r >= p ? 1 : r / p;
              break;
            case RatioMap.FullAbove:
              r = r >= p - EPS ? 1 : r > 1 ? 1 : r;
              break;
            default:
              r = r >= p - EPS ? 1 : 0;
          }
        }
        out[at + j] = k.mins.length > 0 ? band(k, r) : r;
        continue;
      }
      case Op.Sum: {
        const a = k.a;
        let x = row[o + k.a0]!;
        for (let i = 0; i < a.length; i++) x += row[o + a[i]!]!;
        out[at + j] = x;
        continue;
      }
      case Op.Boolean: {
        const v = row[o + k.a0]!;
        out[at + j] = v !== v ? MISSING : v !== 0 ? 1 : 0;
        continue;
      }
      case Op.Choice: {
        const v = row[o + k.a0]!;
        out[at + j] = v !== v ? MISSING : k.fractions[v]!;
        continue;
      }
      case Op.CountCapped: {
        const v = row[o + k.a0]!;
        out[at + j] = v !== v ? MISSING : Math.min(1, v * k.p);
        continue;
      }
      case Op.Bands: {
        const v = row[o + k.a0]!;
        out[at + j] = v !== v ? MISSING : band(k, v);
        continue;
      }
      case Op.Parts: {
        const parts = k.scratch;
        runKernels(k.children, row, o, parts);
        let total = 0;
        let i = 0;
        for (; i < parts.length; i++) {
          const part = parts[i]!;
          // The first part that is MISSING or INVALID makes the whole so.
          if (part !== part || part === INVALID) break;
          total += part * k.fractions[i]!;
        }
        out[at + j] = i < parts.length ? parts[i]! : total > 1 ? 1 : total;
        continue;
      }
      case Op.YesNoParts: {
        const a = k.a;
        let total = 0;
        let i = 0;
        for (; i < a.length; i++) {
          const v = row[o + a[i]!]!;
          // The first part that is missing makes the whole so.
          if (v !== v) break;
          if (v !== 0) total += k.fractions[i]!;
        }
        out[at + j] = i < a.length ? MISSING : total > 1 ? 1 : total;
        continue;
      }
      case Op.Constant:
        out[at + j] = k.p;
        continue;
      default:
        out[at + j] = k.fn!(row, o);
    }
  }
}

/** One kernel on one row (explanations, tests): what runKernels would write. */
export function evaluateKernel(k: Kernel, row: Float64Array, o = 0): number {
  const out = new Float64Array(1);
  runKernels([k], row, o, out);
  return out[0]!;
}

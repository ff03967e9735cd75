import type { Band, Operand, Pack, Rule } from "@dti/pack-sdk";
import { operandIds } from "@dti/pack-sdk";
import { all, create, type EvalFunction } from "mathjs";
import { rank } from "./handwritten";
import type { Scores, UnitInput } from "./types";

/**
 * The same formulas evaluated by a general expression library: every rule of the pack is written as a
 * mathjs expression, compiled once with `math.compile`, and evaluated per unit with the unit's inputs
 * as the scope. Cohort-relative rules are computed in two passes like the engine: a raw-value expression
 * per unit, then the cohort's min and max, then a second expression per unit. Sums of sub-indicators,
 * index points, overall, pillars and ranks are plain loops, as a user of the library would write them.
 *
 * Like the hand-written scorer, it does not validate inputs (a missing input throws "Undefined symbol").
 */

const math = create(all!, { number: "number" });

/** The engine's tolerance at thresholds, folded into each literal (0.3 / 3 is 0.09999999999999999). */
const EPS = 1e-12;

const lit = (x: number) => (Object.is(x, -0) ? "0" : String(x));

interface Context {
  constants: Map<string, number>;
}

function operand(op: Operand, ctx: Context): string {
  const terms = operandIds(op).map((id) => (ctx.constants.has(id) ? lit(ctx.constants.get(id)!) : id));
  return terms.length === 1 ? terms[0]! : `(${terms.join(" + ")})`;
}

interface RatioSpec {
  a: Operand;
  b: Operand;
  ifZeroDenominator?: "zero" | "full";
}

/** a / b; the pack's choice when b is 0 (inputs are trusted: a > b is not checked). */
function ratio(spec: RatioSpec, ctx: Context): string {
  const a = operand(spec.a, ctx);
  const b = operand(spec.b, ctx);
  return `(${b} == 0 ? ${spec.ifZeroDenominator === "full" ? 1 : 0} : ${a} / ${b})`;
}

function bands(value: string, list: readonly Band[]): string {
  let expression = "0";
  for (let i = list.length - 1; i >= 0; i--) {
    const band = list[i]!;
    const test = band.minInclusive !== false ? `${value} >= ${lit(band.min - EPS)}` : `${value} > ${lit(band.min + EPS)}`;
    expression = `(${test} ? ${lit(band.fraction)} : ${expression})`;
  }
  return expression;
}

function gated(gate: string | undefined, inner: string): string {
  return gate === undefined ? inner : `(${gate} ? ${inner} : 0)`;
}

/** The rule as a mathjs expression giving the fraction of max points (0..1). */
export function fractionExpression(rule: Rule, maxPoints: number, ctx: Context): string {
  switch (rule.kind) {
    case "ratio":
      return `min(1, ${ratio(rule, ctx)})`;
    case "ratio_to_target":
      return `min(1, ${ratio(rule, ctx)} / ${lit(rule.target)})`;
    case "ratio_full_above": {
      const r = ratio(rule, ctx);
      return `(${r} >= ${lit(rule.threshold - EPS)} ? 1 : min(1, ${r}))`;
    }
    case "all_or_nothing":
      return `(${ratio(rule, ctx)} >= ${lit(rule.threshold - EPS)} ? 1 : 0)`;
    case "ratio_bands":
      return gated(rule.gate, bands(ratio(rule, ctx), rule.bands));
    case "count_bands":
    case "amount_bands":
      return gated(rule.gate, bands(rule.input, rule.bands));
    case "boolean":
      return `(${rule.input} ? 1 : 0)`;
    case "choice": {
      let expression = "0";
      for (const [value, fraction] of Object.entries(rule.fractions).reverse())
        if (fraction !== 0) expression = `(equalText(${rule.input}, "${value}") ? ${lit(fraction)} : ${expression})`;
      return expression;
    }
    case "count_capped":
      return `min(1, ${rule.input} * ${lit(maxPoints > 0 ? rule.pointsPerItem / maxPoints : 0)})`;
    case "parts": {
      const terms = rule.parts.map((part) => {
        const inner = part.input !== undefined ? `(${part.input} ? 1 : 0)` : fractionExpression(part.rule!, maxPoints * part.fraction, ctx);
        return `${inner} * ${lit(part.fraction)}`;
      });
      return `min(1, ${terms.join(" + ")})`;
    }
    case "expression": {
      const node = math
        .parse(rule.expression)
        .transform((n) =>
          math.isSymbolNode(n) && rule.variables[n.name] !== undefined ? new math.SymbolNode(rule.variables[n.name]!) : n,
        );
      return `max(0, min(1, ${node.toString()}))`;
    }
    default:
      // min_max, relative_to_best (two passes), sum_children, not_scored: handled by the caller.
      throw new Error(`${(rule as { kind: string }).kind} is not a per-unit fraction`);
  }
}

/** The cohort-relative raw value (count, amount or ratio) as a mathjs expression. */
function rawExpression(rule: Extract<Rule, { kind: "min_max" | "relative_to_best" }>, ctx: Context): string {
  if (rule.kind === "min_max" && rule.value !== undefined) return operand(rule.value, ctx);
  return ratio({ a: rule.a!, b: rule.b!, ...(rule.ifZeroDenominator ? { ifZeroDenominator: rule.ifZeroDenominator } : {}) }, ctx);
}

type Step =
  | { kind: "plain"; position: number; source: string; compiled: EvalFunction }
  | { kind: "staged"; position: number; source: string; compiled: EvalFunction; second: EvalFunction }
  | { kind: "relative"; position: number; source: string; compiled: EvalFunction; second: EvalFunction }
  | { kind: "sum"; position: number; children: number[] }
  | { kind: "zero"; position: number };

export interface ExprlibScorer {
  /** Indicator code → the mathjs source of its points (the second pass for cohort-relative ones). */
  formulas: Map<string, string>;
  /**
   * scope "object" (default): each unit's inputs object is the scope, as mathjs' documentation shows.
   * scope "map": each unit's inputs are first copied into a Map (mathjs checks a Map scope faster);
   * the copying is part of the time.
   */
  score(units: readonly UnitInput[], options?: { scope?: "object" | "map" }): Scores;
}

/** Compiles every indicator of the pack to mathjs once. */
export function compileExprlib(pack: Pack): ExprlibScorer {
  const ctx: Context = { constants: new Map(pack.inputs.filter((i) => i.constant !== undefined).map((i) => [i.id, i.constant!])) };
  const codes = pack.indicators.map((x) => x.code);
  const position = new Map(codes.map((code, k) => [code, k]));
  const formulas = new Map<string, string>();
  const steps: Step[] = pack.indicators.map((indicator, k) => {
    const rule = indicator.rule;
    const maxPoints = indicator.maxPoints ?? 0;
    const max = lit(maxPoints);
    switch (rule.kind) {
      case "sum_children":
        return { kind: "sum", position: k, children: rule.children.map((code) => position.get(code)!) };
      case "not_scored":
        return { kind: "zero", position: k };
      case "min_max":
      case "relative_to_best": {
        const source = rawExpression(rule, ctx);
        const minMax = rule.kind === "min_max" && rule.form === "min_max";
        const second = minMax ? `(hi > lo ? (x - lo) / (hi - lo) : (x > 0 ? 1 : 0)) * ${max}` : `(hi > 0 ? x / hi : 0) * ${max}`;
        formulas.set(indicator.code, `x = ${source}; ${second}`);
        return { kind: "relative", position: k, source, compiled: math.compile(source), second: math.compile(second) };
      }
      case "ratio_bands":
      case "ratio_full_above":
        // The ratio is used more than once: evaluate it once, then map it (as a careful user would).
        if (!("gate" in rule && rule.gate !== undefined)) {
          const source = ratio(rule, ctx);
          const map = rule.kind === "ratio_bands" ? bands("r", rule.bands) : `(r >= ${lit(rule.threshold - EPS)} ? 1 : min(1, r))`;
          const second = `${map} * ${max}`;
          formulas.set(indicator.code, `r = ${source}; ${second}`);
          return { kind: "staged", position: k, source, compiled: math.compile(source), second: math.compile(second) };
        }
      // falls through
      default: {
        const source = `${fractionExpression(rule, maxPoints, ctx)} * ${max}`;
        formulas.set(indicator.code, source);
        return { kind: "plain", position: k, source, compiled: math.compile(source) };
      }
    }
  });
  // Children before the parent that sums them.
  const ordered = [
    ...steps.filter((s) => pack.indicators[s.position]!.parent !== undefined),
    ...steps.filter((s) => pack.indicators[s.position]!.parent === undefined),
  ];
  const indexCodes = pack.indices.map((x) => x.code);
  const indexMax = pack.indices.map((x) => x.maxPoints ?? 0);
  const indexScored = indexMax.map((max, i) => pack.indices[i]!.group !== "unscored" && max > 0);
  const totalMax = indexMax.reduce((sum, max, i) => sum + (indexScored[i] ? max : 0), 0);
  const indexOf = pack.indicators.map((x) => (x.parent === undefined ? indexCodes.indexOf(x.index) : -1));
  const pillars = pack.aggregation.pillars.map((p) => {
    const positions = p.indices.map((code) => indexCodes.indexOf(code));
    return { id: p.id, positions, max: positions.reduce((sum, i) => sum + indexMax[i]!, 0) };
  });
  const m = codes.length;
  const q = indexCodes.length;

  function score(units: readonly UnitInput[], options: { scope?: "object" | "map" } = {}): Scores {
    const n = units.length;
    const scopes: readonly object[] =
      options.scope === "map" ? units.map((unit) => new Map(Object.entries(unit.inputs))) : units.map((unit) => unit.inputs);
    const points = new Float64Array(n * m);
    const raw = new Float64Array(n);
    const scope = { x: 0, lo: 0, hi: 0 };
    const staged = { r: 0 };
    for (const step of ordered) {
      const k = step.position;
      if (step.kind === "plain") {
        for (let u = 0; u < n; u++) points[u * m + k] = step.compiled.evaluate(scopes[u]!) as number;
      } else if (step.kind === "staged") {
        for (let u = 0; u < n; u++) {
          staged.r = step.compiled.evaluate(scopes[u]!) as number;
          points[u * m + k] = step.second.evaluate(staged) as number;
        }
      } else if (step.kind === "relative") {
        let lo = Infinity;
        let hi = -Infinity;
        for (let u = 0; u < n; u++) {
          const x = step.compiled.evaluate(scopes[u]!) as number;
          raw[u] = x;
          if (x < lo) lo = x;
          if (x > hi) hi = x;
        }
        scope.lo = lo;
        scope.hi = hi;
        for (let u = 0; u < n; u++) {
          scope.x = raw[u]!;
          points[u * m + k] = step.second.evaluate(scope) as number;
        }
      } else if (step.kind === "sum") {
        for (let u = 0; u < n; u++) {
          let total = 0;
          for (const c of step.children) total += points[u * m + c]!;
          points[u * m + k] = total;
        }
      }
    }
    const indexPoints = new Float64Array(n * q);
    const overall = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      for (let k = 0; k < m; k++) if (indexOf[k]! >= 0) indexPoints[u * q + indexOf[k]!]! += points[u * m + k]!;
      let total = 0;
      for (let i = 0; i < q; i++) if (indexScored[i]) total += indexPoints[u * q + i]!;
      overall[u] = totalMax > 0 ? total / totalMax : 0;
    }
    const indexRanks = indexCodes.map((_, i) => {
      const values = new Float64Array(n);
      if (indexMax[i]! > 0) for (let u = 0; u < n; u++) values[u] = indexPoints[u * q + i]! / indexMax[i]!;
      return rank(values);
    });
    const pillarPoints = pillars.map((p) => {
      const values = new Float64Array(n);
      for (let u = 0; u < n; u++) values[u] = p.positions.reduce((sum, i) => sum + indexPoints[u * q + i]!, 0);
      return values;
    });
    const pillarRanks = pillars.map((p, j) => rank(pillarPoints[j]!.map((v) => (p.max > 0 ? v / p.max : 0))));
    return {
      indicatorCodes: codes,
      points,
      indexCodes,
      indexPoints,
      overall,
      ranks: rank(overall),
      indexRanks,
      pillarIds: pillars.map((p) => p.id),
      pillarPoints,
      pillarRanks,
    };
  }

  return { formulas, score };
}

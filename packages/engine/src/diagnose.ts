import { addressOf, inputUses, operandIds, walkRules, type IndicatorDefinition, type Operand } from "@dti/pack-sdk";
import type { InputIssue } from "./errors";
import { lead, type InputLayout } from "./inputs";

/** The inputs an indicator needed but did not get (slow path, only when evaluation said MISSING). */
export function missingInputs(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array): string[] {
  const missing = new Set<string>();
  for (const use of inputUses(indicator.rule)) {
    const slot = layout.byId.get(use.input);
    if (slot && Number.isNaN(row[slot.index])) missing.add(use.input);
  }
  return [...missing];
}

/** One side of a ratio: the inputs summed, with their official addresses and values, and the total. */
export interface RatioSide {
  /** Each input with its value; NaN where it was not given (null in JSON). */
  inputs: { id: string; address: string; value: number }[];
  /** The sum of the values given. */
  total: number;
  /** The addresses of the inputs not given, when some are: the side is then known only within bounds. */
  missing?: string[];
}

/** A ratio of an indicator whose numerator is above its denominator where that is impossible. */
export interface BrokenRatio {
  numerator: RatioSide;
  denominator: RatioSide;
  /** "8.4.a households_with_digital_address ≤ 8.4.b households_total". */
  expected: string;
}

/** The least and the most a missing input may be, as encodeValue accepts values (counts and amounts are ≥ 0). */
function bounds(layout: InputLayout, id: string): [number, number] {
  const definition = layout.byId.get(id)!.definition;
  const low = definition.min ?? (definition.unit === "count" || definition.unit === "billion_vnd" ? 0 : -Infinity);
  return [low, definition.max ?? Infinity];
}

function side(
  indicator: IndicatorDefinition,
  operand: Operand,
  layout: InputLayout,
  row: Float64Array,
): RatioSide & { low: number; high: number } {
  const inputs = operandIds(operand).map((id) => ({ id, address: addressOf(indicator, id), value: row[layout.byId.get(id)!.index]! }));
  let total = 0;
  let low = 0;
  let high = 0;
  const missing: string[] = [];
  for (const x of inputs) {
    if (Number.isNaN(x.value)) {
      const [lo, hi] = bounds(layout, x.id);
      low += lo;
      high += hi;
      missing.push(x.address);
    } else {
      total += x.value;
      low += x.value;
      high += x.value;
    }
  }
  return { inputs, total, low, high, ...(missing.length > 0 ? { missing } : {}) };
}

function named(ratioSide: RatioSide): string {
  return ratioSide.inputs.map((x) => `${x.address} ${x.id}`).join(" + ");
}

/**
 * The ratios of an indicator whose numerator is above its denominator (slow path: only after an
 * evaluation said INVALID or MISSING). With inputs missing, a ratio is impossible when the least its
 * numerator can be (the values given, missing counts at 0) is already above the most its denominator
 * can be: {"6.12.a": 100, "6.12.b": 500} breaks 6.12 = (b + c) / a whatever 6.12.c turns out to be.
 */
export function brokenRatios(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array): BrokenRatio[] {
  const broken: BrokenRatio[] = [];
  for (const { rule } of walkRules(indicator.rule)) {
    if (!("a" in rule) || !("b" in rule) || rule.a === undefined || rule.b === undefined) continue;
    // Cohort-relative ratios allow a > b unless the pack says otherwise.
    const cohort = rule.kind === "min_max" || rule.kind === "relative_to_best";
    if ((rule as { allowAboveOne?: boolean }).allowAboveOne ?? cohort) continue;
    const { low, high: _high, ...numerator } = side(indicator, rule.a, layout, row);
    const { low: _low, high, ...denominator } = side(indicator, rule.b, layout, row);
    if (low > high) broken.push({ numerator, denominator, expected: `${named(numerator)} ≤ ${named(denominator)}` });
  }
  return broken;
}

/** The issue of a broken ratio, as scoring reports it (and checkInputs, without a unit). */
export function ratioIssue(indicator: IndicatorDefinition, ratio: BrokenRatio, unit: string | undefined): InputIssue {
  return {
    code: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
    unit,
    indicator: indicator.code,
    input: ratio.numerator.inputs[0]?.id,
    expected: ratio.expected,
    ratio: {
      numerator: ratio.numerator.total,
      denominator: ratio.denominator.total,
      ...(ratio.numerator.missing ? { missing: ratio.numerator.missing } : {}),
    },
    message: `${lead(unit, ", ")}indicator ${indicator.code}: numerator ${named(ratio.numerator)} ${ratio.numerator.missing ? "≥" : "="} ${ratio.numerator.total}${ratio.numerator.missing ? ` (${ratio.numerator.missing.join(", ")} not given)` : ""} is above denominator ${named(ratio.denominator)} = ${ratio.denominator.total}; expected a ≤ b${ratio.numerator.missing ? ", whatever the missing values are" : ""}`,
  };
}

/** Explains an INVALID evaluation: which ratio of the indicator has its numerator above its denominator. */
export function numeratorIssues(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array, unit: string): InputIssue[] {
  return brokenRatios(indicator, layout, row).map((ratio) => ratioIssue(indicator, ratio, unit));
}

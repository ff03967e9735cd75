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
  inputs: { id: string; address: string; value: number }[];
  total: number;
}

/** A ratio of an indicator whose numerator is above its denominator where that is impossible. */
export interface BrokenRatio {
  numerator: RatioSide;
  denominator: RatioSide;
  /** "8.4.a households_with_digital_address ≤ 8.4.b households_total". */
  expected: string;
}

function side(indicator: IndicatorDefinition, operand: Operand, layout: InputLayout, row: Float64Array): RatioSide {
  const inputs = operandIds(operand).map((id) => ({ id, address: addressOf(indicator, id), value: row[layout.byId.get(id)!.index]! }));
  return { inputs, total: inputs.reduce((total, x) => total + x.value, 0) };
}

function named(ratioSide: RatioSide): string {
  return ratioSide.inputs.map((x) => `${x.address} ${x.id}`).join(" + ");
}

/** The ratios of an indicator whose numerator is above its denominator (slow path: only after an INVALID evaluation). */
export function brokenRatios(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array): BrokenRatio[] {
  const broken: BrokenRatio[] = [];
  for (const { rule } of walkRules(indicator.rule)) {
    if (!("a" in rule) || !("b" in rule) || rule.a === undefined || rule.b === undefined) continue;
    // Cohort-relative ratios allow a > b unless the pack says otherwise.
    const cohort = rule.kind === "min_max" || rule.kind === "relative_to_best";
    if ((rule as { allowAboveOne?: boolean }).allowAboveOne ?? cohort) continue;
    const numerator = side(indicator, rule.a, layout, row);
    const denominator = side(indicator, rule.b, layout, row);
    if (numerator.total > denominator.total)
      broken.push({ numerator, denominator, expected: `${named(numerator)} ≤ ${named(denominator)}` });
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
    message: `${lead(unit, ", ")}indicator ${indicator.code}: numerator ${named(ratio.numerator)} = ${ratio.numerator.total} is above denominator ${named(ratio.denominator)} = ${ratio.denominator.total}; expected a ≤ b`,
  };
}

/** Explains an INVALID evaluation: which ratio of the indicator has its numerator above its denominator. */
export function numeratorIssues(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array, unit: string): InputIssue[] {
  return brokenRatios(indicator, layout, row).map((ratio) => ratioIssue(indicator, ratio, unit));
}

import { inputUses, operandIds, walkRules, type IndicatorDefinition, type Operand } from "@dti/pack-sdk";
import type { InputIssue } from "./errors";
import type { InputLayout } from "./inputs";

/** Official addresses of an input within one indicator ("3.3.a"), or its id when it has none there. */
export function addressIn(indicator: IndicatorDefinition, inputId: string): string {
  const ref = indicator.inputs.find((r) => r.input === inputId);
  if (!ref) return inputId;
  return ref.address ? `${indicator.code}.${ref.address}` : indicator.code;
}

/** The inputs an indicator needed but did not get (slow path, only when evaluation said MISSING). */
export function missingInputs(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array): string[] {
  const missing = new Set<string>();
  for (const use of inputUses(indicator.rule)) {
    const slot = layout.byId.get(use.input);
    if (slot && Number.isNaN(row[slot.index])) missing.add(use.input);
  }
  return [...missing];
}

function sum(ids: string[], layout: InputLayout, row: Float64Array): number {
  return ids.reduce((total, id) => total + row[layout.byId.get(id)!.index]!, 0);
}

function named(indicator: IndicatorDefinition, operand: Operand): string {
  return operandIds(operand)
    .map((id) => `${addressIn(indicator, id)} ${id}`)
    .join(" + ");
}

/** Explains an INVALID evaluation: which ratio of the indicator has its numerator above its denominator. */
export function numeratorIssues(indicator: IndicatorDefinition, layout: InputLayout, row: Float64Array, unit: string): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const { rule } of walkRules(indicator.rule)) {
    if (!("a" in rule) || !("b" in rule) || rule.a === undefined || rule.b === undefined) continue;
    // Cohort-relative ratios allow a > b unless the pack says otherwise.
    const cohort = rule.kind === "min_max" || rule.kind === "relative_to_best";
    if ((rule as { allowAboveOne?: boolean }).allowAboveOne ?? cohort) continue;
    const a = sum(operandIds(rule.a), layout, row);
    const b = sum(operandIds(rule.b), layout, row);
    if (a > b) {
      issues.push({
        code: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
        unit,
        indicator: indicator.code,
        input: operandIds(rule.a)[0],
        expected: `${named(indicator, rule.a)} ≤ ${named(indicator, rule.b)}`,
        message: `unit ${unit}, indicator ${indicator.code}: numerator ${named(indicator, rule.a)} = ${a} is above denominator ${named(indicator, rule.b)} = ${b}; expected a ≤ b`,
      });
    }
  }
  return issues;
}

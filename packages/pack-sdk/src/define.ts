import type { PackDefinition } from "./schema/pack";
import type { Rule } from "./schema/rules";

type IndicatorDraft = PackDefinition["indicators"][number];
type InputDraft = PackDefinition["inputs"][number];

/**
 * Identity helpers that give pack authors type checking and editor completion. They return their
 * argument unchanged: a pack stays plain data, validated by the engine when it is loaded.
 */
export function definePack(pack: PackDefinition): PackDefinition {
  return pack;
}

export function defineIndicator(indicator: IndicatorDraft): IndicatorDraft {
  return indicator;
}

export function defineIndicators(indicators: IndicatorDraft[]): IndicatorDraft[] {
  return indicators;
}

export function defineInputs(inputs: InputDraft[]): InputDraft[] {
  return inputs;
}

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

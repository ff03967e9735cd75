import { canonicalJson } from "./canonical-json";
import type { InputDefinition } from "./schema/pack";

/** An input as data reads it: its unit, range, options and constant (labels left out). */
export function inputKey(input: InputDefinition | undefined): string {
  if (!input) return "?";
  return canonicalJson({
    unit: input.unit,
    min: input.min,
    max: input.max,
    options: input.options?.map((o) => o.value),
    constant: input.constant,
    generalInfo: input.generalInfo,
  });
}

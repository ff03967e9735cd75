import type { InputDefinition, Pack } from "@dti/pack-sdk";

/**
 * The keys data may use for an input, as the engine accepts them: its id (households_total), an
 * official address (3.3.b, or 1.1 for an indicator's single yes/no or choice) or a
 * general-information code (A6). Used to read CSV cells as the right unit.
 */
export function inputKeys(pack: Pack): Map<string, InputDefinition> {
  const byId = new Map(pack.inputs.map((input) => [input.id, input]));
  const keys = new Map<string, InputDefinition>(byId);
  for (const input of pack.inputs) if (input.generalInfo) keys.set(input.generalInfo, input);
  for (const indicator of pack.indicators)
    for (const ref of indicator.inputs) {
      const input = byId.get(ref.input);
      if (input) keys.set(ref.address ? `${indicator.code}.${ref.address}` : indicator.code, input);
    }
  return keys;
}

/** Every official address of each input, in indicator order: households_total → 3.2.b, 3.3.b. */
export function addressesOf(pack: Pack): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const indicator of pack.indicators)
    for (const ref of indicator.inputs) {
      const address = ref.address ? `${indicator.code}.${ref.address}` : indicator.code;
      out.set(ref.input, [...(out.get(ref.input) ?? []), address]);
    }
  return out;
}

import { inputKeys as keysOf, type InputDefinition, type Pack } from "@dti/pack-sdk";

/**
 * The definition of the input each key names (which key names which input is @dti/pack-sdk's
 * inputKeys: id, official address, general-information code). Used to read CSV cells as the right unit.
 */
export function inputKeys(pack: Pack): Map<string, InputDefinition> {
  const byId = new Map(pack.inputs.map((input) => [input.id, input]));
  return new Map([...keysOf(pack)].map(([key, { input }]) => [key, byId.get(input)!]));
}

import type { InputValueData } from "@dti/db";
import type { LoadedPack } from "@dti/engine";
import { packInputs } from "./pack-usage";

/** A value as it is carried: the input of the new assessment's pack, with its source and comment. */
export interface CarriedValue {
  inputId: string;
  value: InputValueData;
  source: string | null;
  comment: string | null;
}

/**
 * Maps the values of an earlier assessment (under pack `from`) to inputs of the new one's pack
 * (`to`): what can be carried, and what cannot with why. The same pack maps by identity; another
 * pack will map through a crosswalk's input-level mapping, plugged in with registerCarryMapping.
 */
export type CarryMapping = (
  values: readonly CarriedValue[],
  from: LoadedPack,
  to: LoadedPack,
) => { values: CarriedValue[]; skipped: { inputId: string; reason: string }[] };

/** Same pack (possibly another version): each value to the input of the same id, if the new pack still has it. */
export const identityMapping: CarryMapping = (values, _from, to) => {
  const target = packInputs(to);
  const carried: CarriedValue[] = [];
  const skipped: { inputId: string; reason: string }[] = [];
  for (const v of values) {
    if (v.value === null) continue;
    if (!target.ids.has(v.inputId)) skipped.push({ inputId: v.inputId, reason: `pack ${to.pack.meta.id} has no input ${v.inputId}` });
    else if (target.constants.has(v.inputId)) continue;
    else carried.push(v);
  }
  return { values: carried, skipped };
};

const mappings = new Map<string, CarryMapping>();
const key = (fromPackId: string, toPackId: string) => `${fromPackId}→${toPackId}`;

/** Installs the mapping between two packs (e.g. from a crosswalk's input-level mapping). */
export function registerCarryMapping(fromPackId: string, toPackId: string, mapping: CarryMapping): void {
  mappings.set(key(fromPackId, toPackId), mapping);
}

/** How values move from one pack to another: identity for the same pack, a registered mapping, or null (not supported). */
export function carryMappingFor(fromPackId: string, toPackId: string): CarryMapping | null {
  if (fromPackId === toPackId) return identityMapping;
  return mappings.get(key(fromPackId, toPackId)) ?? null;
}

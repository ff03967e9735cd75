import type { InputValueData } from "@dti/db";
import type { LoadedPack } from "@dti/engine";
import { crosswalkMapping, declaresCrosswalk } from "./crosswalk-carry";
import { packInputs } from "./pack-usage";
import { skip, type CarrySkip } from "./carry-skips";

export type { CarrySkip, CarrySkipCode } from "./carry-skips";

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
 * pack through the later pack's crosswalk from the earlier one (its input-level routes), or a
 * mapping plugged in with registerCarryMapping.
 */
export type CarryMapping = (
  values: readonly CarriedValue[],
  from: LoadedPack,
  to: LoadedPack,
) => { values: CarriedValue[]; skipped: CarrySkip[] };

/** How values go from one pack to another: the same pack, the later pack's crosswalk, or a registered mapping. */
export type CarryKind = "same-pack" | "crosswalk" | "registered";

/** Same pack (possibly another version): each value to the input of the same id, if the new pack still has it. */
export const identityMapping: CarryMapping = (values, from, to) => {
  const target = packInputs(to);
  const carried: CarriedValue[] = [];
  const skipped: CarrySkip[] = [];
  for (const v of values) {
    if (v.value === null) continue;
    if (!target.ids.has(v.inputId)) skipped.push(skip.notInPack(v.inputId, from, to));
    else if (target.constants.has(v.inputId)) continue;
    else carried.push(v);
  }
  return { values: carried, skipped };
};

const mappings = new Map<string, CarryMapping>();
const key = (fromPackId: string, toPackId: string) => `${fromPackId}→${toPackId}`;

/** Installs a mapping between two packs by hand (a crosswalk's input routes need none: they are found by themselves). */
export function registerCarryMapping(fromPackId: string, toPackId: string, mapping: CarryMapping): void {
  mappings.set(key(fromPackId, toPackId), mapping);
}

/**
 * How values move from pack `from` to pack `to`: identity for the same pack id; the later pack's
 * crosswalk from the earlier one where `to` declares one (earlier → later only: an earlier pack
 * never declares a crosswalk from a framework that came after it); a registered mapping; else null
 * (not supported). A crosswalk whose routes do not hold is an engine COMPARE_INVALID error.
 */
export function carryMappingFor(from: LoadedPack, to: LoadedPack): { kind: CarryKind; mapping: CarryMapping } | null {
  const fromId = from.pack.meta.id;
  const toId = to.pack.meta.id;
  if (fromId === toId) return { kind: "same-pack", mapping: identityMapping };
  if (declaresCrosswalk(to, fromId)) return { kind: "crosswalk", mapping: crosswalkMapping(from, to) };
  const registered = mappings.get(key(fromId, toId));
  return registered ? { kind: "registered", mapping: registered } : null;
}

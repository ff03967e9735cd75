import type { LoadedPack } from "@dti/engine";
import { inputKeys, inputUses } from "@dti/pack-sdk";
import type { InputUsage } from "../access";

/**
 * What the API needs to know about a pack's inputs beyond scoring: which key names which input
 * (id, official address "3.3.a", general-information code "A6"), which indicators read each input,
 * and which agency leads each general-information item.
 */
export interface PackInputs extends InputUsage {
  /** The input id a key names, or undefined. */
  resolve(key: string): string | undefined;
  ids: ReadonlySet<string>;
  /** Inputs with a fixed value in the method text: never entered. */
  constants: ReadonlySet<string>;
  indicatorCodes: readonly string[];
  /** The pack's default agencies of each indicator. */
  defaultAssignments: readonly { indicatorCode: string; leadAgency: string | null; cooperatingAgencies: string[] }[];
  agencies: readonly string[];
}

const cache = new WeakMap<LoadedPack, PackInputs>();

export function packInputs(loaded: LoadedPack): PackInputs {
  const hit = cache.get(loaded);
  if (hit) return hit;
  const { pack } = loaded;
  const keys = new Map([...inputKeys(pack)].map(([key, { input }]) => [key, input]));
  const users = new Map<string, Set<string>>();
  const generalLead = new Map<string, string | null>();
  const leadOfCode = new Map(pack.generalInfo.map((g) => [g.code, g.leadAgency]));
  for (const input of pack.inputs) if (input.generalInfo) generalLead.set(input.id, leadOfCode.get(input.generalInfo) ?? null);
  for (const indicator of pack.indicators) {
    const read = new Set([...indicator.inputs.map((r) => r.input), ...inputUses(indicator.rule).map((u) => u.input)]);
    for (const id of read) users.set(id, (users.get(id) ?? new Set()).add(indicator.code));
  }
  const result: PackInputs = {
    resolve: (key) => keys.get(key),
    ids: new Set(pack.inputs.map((i) => i.id)),
    constants: new Set(pack.inputs.filter((i) => i.constant !== undefined).map((i) => i.id)),
    indicatorsOf: (inputId) => [...(users.get(inputId) ?? [])],
    generalInfoLeadOf: (inputId) => generalLead.get(inputId) ?? null,
    indicatorCodes: pack.indicators.map((i) => i.code),
    defaultAssignments: pack.indicators.map((i) => ({
      indicatorCode: i.code,
      leadAgency: i.leadAgency,
      cooperatingAgencies: [...i.cooperatingAgencies],
    })),
    agencies: pack.agencies.map((a) => a.code),
  };
  cache.set(loaded, result);
  return result;
}

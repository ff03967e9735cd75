import type { InputValue, UnitInput } from "@dti/contracts";
import type { InputDefinition, Pack } from "@dti/pack-sdk";
import type { InputIssue } from "./errors";

/** One input's place in a row of values, and what it accepts. */
export interface InputSlot {
  index: number;
  definition: InputDefinition;
  /** Choice inputs: option value → the number stored in the row. */
  optionIndex?: Map<string, number>;
}

/** A key that data may use for an input: its id, an official address or a general-information code. */
export interface InputKey {
  slot: number;
  via: "id" | "address" | "general_info";
}

export interface InputLayout {
  slots: InputSlot[];
  byId: Map<string, InputSlot>;
  keys: Map<string, InputKey>;
  /** General-information codes with no input behind them (A1–A3: name, address, website). */
  infoOnlyCodes: Set<string>;
  /** A fresh row: NaN ("not provided") everywhere but the constants. */
  template: Float64Array;
  /** Official addresses of each input, e.g. households_total → ["3.2.b", "3.3.b", "8.4.b"]. */
  addressesOf: Map<string, string[]>;
}

export function layoutInputs(pack: Pack): InputLayout {
  const slots: InputSlot[] = pack.inputs.map((definition, index) => ({
    index,
    definition,
    ...(definition.options ? { optionIndex: new Map(definition.options.map((o, i) => [o.value, i])) } : {}),
  }));
  const byId = new Map(slots.map((s) => [s.definition.id, s]));
  const keys = new Map<string, InputKey>();
  const addressesOf = new Map<string, string[]>();
  for (const slot of slots) {
    keys.set(slot.definition.id, { slot: slot.index, via: "id" });
    if (slot.definition.generalInfo) keys.set(slot.definition.generalInfo, { slot: slot.index, via: "general_info" });
  }
  for (const indicator of pack.indicators) {
    for (const ref of indicator.inputs) {
      const slot = byId.get(ref.input);
      if (!slot) continue;
      const address = ref.address ? `${indicator.code}.${ref.address}` : indicator.code;
      keys.set(address, { slot: slot.index, via: "address" });
      addressesOf.set(ref.input, [...(addressesOf.get(ref.input) ?? []), address]);
    }
  }
  const infoOnlyCodes = new Set(pack.generalInfo.map((g) => g.code).filter((code) => !keys.has(code)));
  const template = new Float64Array(slots.length).fill(Number.NaN);
  for (const slot of slots) if (slot.definition.constant !== undefined) template[slot.index] = slot.definition.constant;
  return { slots, byId, keys, infoOnlyCodes, template, addressesOf };
}

function expectedForm(definition: InputDefinition): string {
  switch (definition.unit) {
    case "boolean":
      return "true or false";
    case "choice":
      return `one of ${definition.options?.map((o) => o.value).join(", ")}`;
    case "count":
      return `a whole number ≥ ${definition.min ?? 0}${definition.max !== undefined ? ` and ≤ ${definition.max}` : ""}`;
    default:
      return `a number${definition.min !== undefined ? ` ≥ ${definition.min}` : ""}${definition.max !== undefined ? ` and ≤ ${definition.max}` : ""}`;
  }
}

/** Turns one raw value into the number stored in the row, or explains why it cannot. */
export function encodeValue(slot: InputSlot, value: Exclude<InputValue, null>): number | Omit<InputIssue, "unit" | "key"> {
  const definition = slot.definition;
  const problem = (code: InputIssue["code"], what: string) => ({
    code,
    input: definition.id,
    expected: expectedForm(definition),
    message: `${definition.id}: ${what}; expected ${expectedForm(definition)}`,
  });
  switch (definition.unit) {
    case "boolean":
      if (typeof value === "boolean") return value ? 1 : 0;
      if (value === 0 || value === 1) return value;
      return problem("INPUT_NOT_BOOLEAN", `got ${JSON.stringify(value)}`);
    case "choice": {
      const index = typeof value === "string" ? slot.optionIndex?.get(value) : undefined;
      return index ?? problem("INPUT_UNKNOWN_CHOICE", `"${String(value)}" is not an option`);
    }
    case "text":
      return problem("INPUT_NOT_A_NUMBER", "text inputs are not scored");
    default: {
      if (typeof value !== "number" || !Number.isFinite(value)) return problem("INPUT_NOT_A_NUMBER", `got ${JSON.stringify(value)}`);
      const min = definition.min ?? (definition.unit === "count" || definition.unit === "billion_vnd" ? 0 : -Infinity);
      if (value < min || (definition.max !== undefined && value > definition.max) || (definition.unit === "count" && !Number.isInteger(value)))
        return problem("INPUT_OUT_OF_RANGE", `got ${value}`);
      return value;
    }
  }
}

/** Fills a row from a unit's inputs, collecting every problem instead of stopping at the first. */
export function encodeUnit(layout: InputLayout, unit: UnitInput, issues: InputIssue[], strictKeys: boolean, warnings: InputIssue[]): Float64Array {
  const row = layout.template.slice();
  const inputs = unit.inputs;
  for (const key in inputs) {
    const value = inputs[key];
    const target = layout.keys.get(key);
    if (target === undefined) {
      if (layout.infoOnlyCodes.has(key)) continue;
      const issue: InputIssue = {
        code: "INPUT_UNKNOWN",
        unit: unit.code,
        key,
        expected: "an input id (households_total), an official address (3.3.a) or a general-information code (A6)",
        message: `unit ${unit.code}: "${key}" is not an input of this pack`,
      };
      (strictKeys ? issues : warnings).push(issue);
      continue;
    }
    if (value === null || value === undefined) continue;
    const slot = layout.slots[target.slot]!;
    const encoded = encodeValue(slot, value);
    if (typeof encoded !== "number") {
      issues.push({ ...encoded, unit: unit.code, key, message: `unit ${unit.code}, ${key === slot.definition.id ? key : `${key} (${slot.definition.id})`}: ${encoded.message.slice(slot.definition.id.length + 2)}` });
      continue;
    }
    const current = row[target.slot]!;
    if (slot.definition.constant !== undefined) {
      if (encoded !== slot.definition.constant)
        issues.push({
          code: "INPUT_CONSTANT",
          unit: unit.code,
          key,
          input: slot.definition.id,
          expected: String(slot.definition.constant),
          message: `unit ${unit.code}, ${key}: ${slot.definition.id} is fixed at ${slot.definition.constant} by the method text, got ${encoded}`,
        });
      continue;
    }
    if (!Number.isNaN(current) && current !== encoded) {
      issues.push({
        code: "INPUT_CONFLICT",
        unit: unit.code,
        key,
        input: slot.definition.id,
        message: `unit ${unit.code}: ${slot.definition.id} is given twice with different values (${key} = ${JSON.stringify(value)})`,
      });
      continue;
    }
    row[target.slot] = encoded;
  }
  return row;
}

/** The value as the caller would recognise it (choices back to their option value). */
export function decodeValue(slot: InputSlot, stored: number): InputValue {
  if (Number.isNaN(stored)) return null;
  if (slot.definition.unit === "boolean") return stored !== 0;
  if (slot.definition.unit === "choice") return slot.definition.options?.[stored]?.value ?? null;
  return stored;
}

import type { InputValue, UnitInput } from "@dti/contracts";
import { addressesOf as addressesOfPack, infoOnlyCodes as infoOnly, inputKeys, type InputDefinition, type Pack } from "@dti/pack-sdk";
import { nearest } from "@dti/conventions";
import type { InputIssue } from "./errors";

/** One input's place in a row of values, and what it accepts. */
export interface InputSlot {
  index: number;
  id: string;
  definition: InputDefinition;
  /** A count or amount with no bounds beyond ≥ 0: the fast path may store it directly. */
  plainNumber: boolean;
  integer: boolean;
  boolean: boolean;
  /** Entered by the data (not text, not a constant of the method text). */
  entered: boolean;
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
  /** Every slot, for the fast path that reads inputs by id. */
  fast: InputSlot[];
  /** The same, as parallel arrays for the hot loop: id, index and what the fast path accepts. */
  fastIds: string[];
  fastIndex: Int32Array;
  fastKind: Uint8Array;
  /** How many slots are entered: a unit that gave all of them by id may skip the key check ("trust"). */
  entered: number;
  /** Official addresses of each input, e.g. households_total → ["3.2.b", "3.3.b", "8.4.b"]. */
  addressesOf: Map<string, string[]>;
}

/** What encodeUnit's hot loop may store without a call; anything else takes the full path (setValue). */
const enum FastKind {
  Other = 0,
  /** A whole number ≥ 0, no upper bound. */
  Count = 1,
  /** A finite number ≥ 0, no upper bound. */
  Amount = 2,
  /** true or false. */
  Boolean = 3,
  /** One of the options (a string). */
  Choice = 4,
}

function fastKind(slot: InputSlot): FastKind {
  if (!slot.entered) return FastKind.Other;
  if (slot.plainNumber) return slot.integer ? FastKind.Count : FastKind.Amount;
  if (slot.boolean) return FastKind.Boolean;
  if (slot.optionIndex !== undefined) return FastKind.Choice;
  return FastKind.Other;
}

export function layoutInputs(pack: Pack): InputLayout {
  const slots: InputSlot[] = pack.inputs.map((definition, index) => ({
    index,
    id: definition.id,
    definition,
    plainNumber:
      (definition.unit === "count" || definition.unit === "billion_vnd" || definition.unit === "number" || definition.unit === "percent") &&
      (definition.min ?? 0) === 0 &&
      definition.max === undefined &&
      definition.constant === undefined,
    integer: definition.unit === "count",
    boolean: definition.unit === "boolean" && definition.constant === undefined,
    entered: definition.unit !== "text" && definition.constant === undefined,
    ...(definition.options ? { optionIndex: new Map(definition.options.map((o, i) => [o.value, i])) } : {}),
  }));
  const byId = new Map(slots.map((s) => [s.definition.id, s]));
  // Which key names which input is a rule of the pack format (@dti/pack-sdk): the engine only
  // turns input ids into slots.
  const keys = new Map<string, InputKey>();
  const named = inputKeys(pack);
  for (const [key, { input, via }] of named) keys.set(key, { slot: byId.get(input)!.index, via });
  const addressesOf = addressesOfPack(pack);
  const infoOnlyCodes = infoOnly(pack, named);
  const template = new Float64Array(slots.length).fill(Number.NaN);
  for (const slot of slots) if (slot.definition.constant !== undefined) template[slot.index] = slot.definition.constant;
  const fast = slots.filter((s) => s.definition.unit !== "text");
  return {
    slots,
    byId,
    keys,
    infoOnlyCodes,
    template,
    addressesOf,
    fast,
    fastIds: fast.map((s) => s.id),
    fastIndex: Int32Array.from(fast, (s) => s.index),
    fastKind: Uint8Array.from(fast, fastKind),
    entered: slots.filter((s) => s.entered).length,
  };
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

function problem(definition: InputDefinition, code: InputIssue["code"], what: string): Omit<InputIssue, "unit" | "key"> {
  return {
    code,
    input: definition.id,
    expected: expectedForm(definition),
    message: `${definition.id}: ${what}; expected ${expectedForm(definition)}`,
  };
}

/**
 * Turns one raw value into the number stored in the row, or explains why it cannot. Hot path:
 * no closure is created per call (esbuild's keepNames makes each one cost a defineProperty).
 */
export function encodeValue(slot: InputSlot, value: Exclude<InputValue, null>): number | Omit<InputIssue, "unit" | "key"> {
  const definition = slot.definition;
  switch (definition.unit) {
    case "boolean":
      if (typeof value === "boolean") return value ? 1 : 0;
      if (value === 0 || value === 1) return value;
      return problem(definition, "INPUT_NOT_BOOLEAN", `got ${JSON.stringify(value)}`);
    case "choice": {
      const index = typeof value === "string" ? slot.optionIndex?.get(value) : undefined;
      return index ?? problem(definition, "INPUT_UNKNOWN_CHOICE", `"${String(value)}" is not an option`);
    }
    case "text":
      return problem(definition, "INPUT_NOT_A_NUMBER", "text inputs are not scored");
    default: {
      if (typeof value !== "number" || !Number.isFinite(value))
        return problem(definition, "INPUT_NOT_A_NUMBER", `got ${JSON.stringify(value)}`);
      const min = definition.min ?? (definition.unit === "count" || definition.unit === "billion_vnd" ? 0 : -Infinity);
      if (
        value < min ||
        (definition.max !== undefined && value > definition.max) ||
        (definition.unit === "count" && !Number.isInteger(value))
      )
        return problem(definition, "INPUT_OUT_OF_RANGE", `got ${value}`);
      return value;
    }
  }
}

/**
 * Fills a row from a unit's inputs, collecting every problem instead of stopping at the first.
 * Fast path: read each declared input by its id (unit objects with ~150 keys are hash tables in
 * V8, so a direct lookup beats enumerating them), then enumerate the keys only to find those
 * that are not ids (addresses, general-information codes, typos).
 */
export function encodeUnit(
  layout: InputLayout,
  unit: EncodedUnit,
  issues: InputIssue[],
  into: Float64Array = new Float64Array(layout.template.length),
  offset = 0,
  checkOtherKeys = true,
): Float64Array {
  // The unit's values go straight into the cohort's one big array: no allocation per unit.
  const row = into;
  // Every slot of the fast list is written below (its value, or the template's NaN or constant), so
  // the template is copied first only when some slots are not in it (text inputs).
  const template = layout.template;
  const inputs = unit.inputs as Record<string, InputValue | undefined>;
  const fast = layout.fast;
  if (fast.length !== template.length) row.set(template, offset);
  // The keys are enumerated first, although they are examined only after the reads by id: listing
  // them walks the unit's hash table in memory order, so the reads that follow find it in cache.
  let keys = checkOtherKeys ? Object.keys(inputs) : undefined;
  const ids = layout.fastIds;
  const index = layout.fastIndex;
  const kinds = layout.fastKind;
  let found = 0;
  let foundEntered = 0;
  for (let i = 0; i < ids.length; i++) {
    const value = inputs[ids[i]!];
    const at = offset + index[i]!;
    const kind = kinds[i]!;
    // The values that are valid as they are (by far the most common) are stored without a call.
    if (typeof value === "number") {
      if (kind === FastKind.Count ? value >= 0 && Number.isInteger(value) : kind === FastKind.Amount && value >= 0 && value < Infinity) {
        row[at] = value;
        found++;
        foundEntered++;
        continue;
      }
    } else if (typeof value === "boolean") {
      if (kind === FastKind.Boolean) {
        row[at] = value ? 1 : 0;
        found++;
        foundEntered++;
        continue;
      }
    } else if (typeof value === "string" && kind === FastKind.Choice) {
      const option = fast[i]!.optionIndex!.get(value);
      if (option !== undefined) {
        row[at] = option;
        found++;
        foundEntered++;
        continue;
      }
    }
    const slot = fast[i]!;
    row[at] = template[slot.index]!;
    if (value === undefined || value === null) {
      if (value === null) found++;
      continue;
    }
    found++;
    if (slot.entered) foundEntered++;
    setValue(row, offset, slot, slot.id, value, unit, issues);
  }
  // Enumerating ~150 keys costs as much as reading them; callers whose data is keyed by input id
  // by construction (rows from the database) may skip it once every input was found by id.
  // Constants (fixed by the method text) are normally left out of the data: they do not count.
  if (keys === undefined) {
    if (foundEntered === layout.entered) return row;
    keys = Object.keys(inputs);
  }
  if (keys.length === found) return row;
  for (const key of keys) {
    const target = layout.keys.get(key);
    if (target !== undefined && target.via === "id") continue;
    if (target === undefined) {
      if (layout.infoOnlyCodes.has(key)) continue;
      // Refused in every mode (lenient allows missing inputs, not unknown ones), with the nearest keys.
      const suggestions = nearest(key, layout.keys.keys());
      issues.push({
        code: "INPUT_UNKNOWN",
        unit: unit.code,
        key,
        expected: "an input id (households_total), an official address (3.3.a) or a general-information code (A6)",
        ...(suggestions.length > 0 ? { suggestions } : {}),
        message: `${lead(unit.code, ": ")}"${key}" is not an input of this pack${suggestions.length > 0 ? `; did you mean ${suggestions.map((x) => `"${x}"`).join(" or ")}?` : ""}`,
      });
      continue;
    }
    const value = inputs[key];
    if (value === null || value === undefined) continue;
    setValue(row, offset, layout.slots[target.slot]!, key, value, unit, issues);
  }
  return row;
}

/**
 * The values of one unit to encode. `code` is undefined when inputs are checked apart from any unit
 * (checkInputs): the messages then name no unit.
 */
export interface EncodedUnit {
  code: string | undefined;
  inputs: UnitInput["inputs"];
}

/** "unit 79, " before a message about a unit's data; nothing when no unit is concerned. */
export function lead(unit: string | undefined, separator: ", " | ": "): string {
  return unit === undefined ? "" : `unit ${unit}${separator}`;
}

/** Slow path: encode, check constants and conflicts, record problems. */
function setValue(
  row: Float64Array,
  offset: number,
  slot: InputSlot,
  key: string,
  value: Exclude<InputValue, null>,
  unit: EncodedUnit,
  issues: InputIssue[],
): void {
  const definition = slot.definition;
  const encoded = encodeValue(slot, value);
  if (typeof encoded !== "number") {
    const where = key === definition.id ? key : `${key} (${definition.id})`;
    issues.push({
      ...encoded,
      unit: unit.code,
      key,
      message: `${lead(unit.code, ", ")}${where}: ${encoded.message.slice(definition.id.length + 2)}`,
    });
    return;
  }
  if (definition.constant !== undefined) {
    if (encoded !== definition.constant)
      issues.push({
        code: "INPUT_CONSTANT",
        unit: unit.code,
        key,
        input: definition.id,
        expected: String(definition.constant),
        message: `${lead(unit.code, ", ")}${key}: ${definition.id} is fixed at ${definition.constant} by the method text, got ${encoded}`,
      });
    return;
  }
  const current = row[offset + slot.index]!;
  if (!Number.isNaN(current) && current !== encoded) {
    issues.push({
      code: "INPUT_CONFLICT",
      unit: unit.code,
      key,
      input: definition.id,
      message: `${lead(unit.code, ": ")}${definition.id} is given twice with different values (${key} = ${JSON.stringify(value)})`,
    });
    return;
  }
  row[offset + slot.index] = encoded;
}

/** The value as the caller would recognise it (choices back to their option value). */
export function decodeValue(slot: InputSlot, stored: number): InputValue {
  if (Number.isNaN(stored)) return null;
  if (slot.definition.unit === "boolean") return stored !== 0;
  if (slot.definition.unit === "choice") return slot.definition.options?.[stored]?.value ?? null;
  return stored;
}

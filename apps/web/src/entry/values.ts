import type { InputDefinition } from "@dti/pack-sdk/model";
import { parseNumber } from "@dti/conventions";
import { formatNumber, type Lang } from "../format/number";

export type InputValue = number | boolean | string | null;

/** Why a typed value is refused, as a message key and its parameters. */
export interface Invalid {
  key: "entry.invalid.number" | "entry.invalid.integer" | "entry.invalid.min" | "entry.invalid.max" | "entry.invalid.choice";
  params?: Record<string, string | number>;
}

export type Parsed = { ok: true; value: InputValue } | { ok: false; problem: Invalid };

/** What the control shows for a stored value. Numbers keep every digit but use the language's marks. */
export function toText(value: InputValue, input: InputDefinition, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (input.unit === "boolean") return value === true ? "true" : value === false ? "false" : String(value);
  if (typeof value === "number") return formatNumber(value, lang, 10);
  return String(value);
}

/** Reads what the officer typed or chose, with the input's own rules (integer counts, min, max, options). */
export function fromText(text: string, input: InputDefinition, lang: Lang): Parsed {
  if (text.trim() === "") return { ok: true, value: null };
  switch (input.unit) {
    case "boolean":
      return { ok: true, value: text === "true" };
    case "choice": {
      if (input.options && !input.options.some((o) => o.value === text)) return { ok: false, problem: { key: "entry.invalid.choice" } };
      return { ok: true, value: text };
    }
    case "text":
      return { ok: true, value: text };
    default: {
      const n = parseNumber(text, lang);
      if (n === null) return { ok: true, value: null };
      if (Number.isNaN(n)) return { ok: false, problem: { key: "entry.invalid.number" } };
      if (input.unit === "count" && !Number.isInteger(n)) return { ok: false, problem: { key: "entry.invalid.integer" } };
      if (input.min !== undefined && n < input.min)
        return { ok: false, problem: { key: "entry.invalid.min", params: { min: formatNumber(input.min, lang) } } };
      if (input.max !== undefined && n > input.max)
        return { ok: false, problem: { key: "entry.invalid.max", params: { max: formatNumber(input.max, lang) } } };
      return { ok: true, value: n };
    }
  }
}

export function sameValue(a: InputValue, b: InputValue): boolean {
  return a === b || (a === null && b === undefined) || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-12);
}

/**
 * Reading a number typed as text the way people write it in Vietnam or elsewhere: "0,5" and "0.5",
 * "1.234.567" and "1,234,567" (grouped thousands), "1.234,5" and "1,234.5", spaces between groups
 * ("1 234,5"). One mark followed by exactly three digits ("1.234", "1,234") can be read two ways —
 * a thousand and more, or one point something — and `lone` says how the caller settles it.
 */
export type NumberReading =
  | { ok: true; value: number }
  | {
      ok: false;
      reason: "empty" | "not_a_number" | "ambiguous";
      /** For "ambiguous": the thousands reading, then the decimal one. */
      readings?: [number, number];
    };

export interface ReadNumberOptions {
  /** The number is whole (a count): a lone mark before three digits can only group thousands. */
  whole?: boolean;
  /**
   * How to read one "." or "," before exactly three digits when `whole` does not settle it:
   * - "vi": as Vietnamese writes, "." groups thousands ("1.234" = 1234) and "," is the decimal mark;
   * - "en": as English writes, "," groups thousands and "." is the decimal mark;
   * - "dot-decimal": "." is the decimal mark (files written by programs), "," stays ambiguous;
   * - undefined: both are ambiguous, and refused with both readings.
   */
  lone?: "vi" | "en" | "dot-decimal";
}

const PLAIN = /^[+-]?\d+$/;
const SPACES = /[\s\u00a0\u202f]/g;

function grouped(s: string, mark: string): boolean {
  return new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s);
}

export function readNumber(raw: string, options: ReadNumberOptions = {}): NumberReading {
  const text = raw.trim().replace(SPACES, "");
  if (text === "") return { ok: false, reason: "empty" };
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  const match = /^([+-]?)(\d[\d.,]*|[.,]\d+)$/.exec(text);
  if (!match) return { ok: false, reason: "not_a_number" };
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2]!;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  const finish = (digits: string): NumberReading => {
    const value = Number(digits);
    return Number.isFinite(value) ? { ok: true, value: sign * value } : { ok: false, reason: "not_a_number" };
  };

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole, fraction, extra] = body.split(decimal);
    if (extra !== undefined || fraction === undefined || !/^\d+$/.test(fraction) || !grouped(whole!, group))
      return { ok: false, reason: "not_a_number" };
    return finish(`${whole!.split(group).join("")}.${fraction}`);
  }
  const mark = dots > 0 ? "." : ",";
  if (dots + commas > 1) return grouped(body, mark) ? finish(body.split(mark).join("")) : { ok: false, reason: "not_a_number" };
  const [whole, fraction] = body.split(mark) as [string, string];
  if (!/^\d*$/.test(whole) || !/^\d+$/.test(fraction)) return { ok: false, reason: "not_a_number" };
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
    const thousands = sign * Number(whole + fraction);
    const decimal = sign * Number(`${whole}.${fraction}`);
    if (options.whole) return { ok: true, value: thousands };
    const groups = options.lone === "vi" ? "." : options.lone === "en" ? "," : undefined;
    if (groups !== undefined) return { ok: true, value: mark === groups ? thousands : decimal };
    if (options.lone === "dot-decimal" && mark === ".") return { ok: true, value: decimal };
    return { ok: false, reason: "ambiguous", readings: [thousands, decimal] };
  }
  return finish(`${whole || "0"}.${fraction}`);
}

/**
 * A number as an officer types it in a form of the given language: null when nothing was typed,
 * NaN when it is not a number. Vietnamese writes "1.234,5" (dot for thousands, comma for decimals);
 * English "1,234.5"; many type "1234.5" or "1 234,5" in either.
 */
export function parseNumber(text: string, lang: "vi" | "en"): number | null {
  const reading = readNumber(text, { lone: lang });
  if (reading.ok) return reading.value;
  return reading.reason === "empty" ? null : Number.NaN;
}

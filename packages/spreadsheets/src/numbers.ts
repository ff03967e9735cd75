/**
 * Reads a number typed as text the way people write it in Vietnam or elsewhere: "0,5" and "0.5",
 * "1.234.567" and "1,234,567" (grouped thousands), "1.234,5" and "1,234.5". A form that could be
 * read two ways ("1.234" or "1,234": a thousand and more, or one point something) is refused
 * unless the caller knows the number is whole (a count), where only the thousands reading makes
 * sense.
 */
export type NumberReading = { ok: true; value: number } | { ok: false; reason: "not_a_number" | "ambiguous"; readings?: [number, number] };

const PLAIN = /^[+-]?\d+$/;

export function readNumber(raw: string, options: { whole?: boolean } = {}): NumberReading {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  const match = /^([+-]?)(\d[\d.,]*|[.,]\d+)$/.exec(text);
  if (!match) return { ok: false, reason: "not_a_number" };
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2]!;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
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
    if (options.whole) return { ok: true, value: thousands };
    return { ok: false, reason: "ambiguous", readings: [thousands, sign * Number(`${whole}.${fraction}`)] };
  }
  return finish(`${whole || "0"}.${fraction}`);
}

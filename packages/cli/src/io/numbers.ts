/**
 * Reads a number as people type it in Vietnam or elsewhere: "0.5" and "0,5" (decimal comma),
 * "1.234.567" or "1,234,567" (grouped thousands), "1.234,5" or "1,234.5". A form that could be
 * read two ways ("1,234": one thousand two hundred thirty-four, or one point two three four) is
 * refused rather than guessed.
 */
export type NumberReading = { ok: true; value: number } | { ok: false; reason: string };

const PLAIN = /^[+-]?\d+$/;

export function readNumber(raw: string): NumberReading {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (text === "") return { ok: false, reason: "empty" };
  if (PLAIN.test(text)) return { ok: true, value: Number(text) };
  const match = /^([+-]?)(\d[\d.,]*)$/.exec(text) ?? /^([+-]?)([.,]\d+)$/.exec(text);
  if (!match) return { ok: false, reason: `"${raw.trim()}" is not a number` };
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2]!;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;

  const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(s);
  const finish = (digits: string): NumberReading => {
    const value = Number(digits);
    return Number.isFinite(value) ? { ok: true, value: sign * value } : { ok: false, reason: `"${raw.trim()}" is not a number` };
  };

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole, fraction, extra] = body.split(decimal);
    if (extra !== undefined || fraction === undefined || !/^\d+$/.test(fraction) || !grouped(whole!, group))
      return { ok: false, reason: `"${raw.trim()}" mixes "." and "," in a way that is not a number` };
    return finish(`${whole!.split(group).join("")}.${fraction}`);
  }
  const mark = dots > 0 ? "." : ",";
  const count = dots + commas;
  if (count > 1) {
    if (!grouped(body, mark)) return { ok: false, reason: `"${raw.trim()}" is not a number` };
    return finish(body.split(mark).join(""));
  }
  const [whole, fraction] = body.split(mark) as [string, string];
  if (!/^\d*$/.test(whole) || !/^\d+$/.test(fraction)) return { ok: false, reason: `"${raw.trim()}" is not a number` };
  if (mark === "," && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole))
    return {
      ok: false,
      reason: `"${raw.trim()}" is ambiguous: write ${whole}${fraction} for thousands or ${whole}.${fraction} for a decimal`,
    };
  return finish(`${whole || "0"}.${fraction}`);
}

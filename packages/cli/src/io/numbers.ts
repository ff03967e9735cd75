import { readNumber as read } from "@dti/conventions";

/**
 * Reads a number as people type it in Vietnam or elsewhere (@dti/conventions' readNumber), with the
 * reason in words for the CLI's messages. Files are often written by programs, so a lone dot is the
 * decimal mark ("1.234" is 1.234); a lone comma before three digits ("1,234") could be thousands or
 * a decimal and is refused rather than guessed.
 */
export type NumberReading = { ok: true; value: number } | { ok: false; reason: string };

export function readNumber(raw: string): NumberReading {
  const reading = read(raw, { lone: "dot-decimal" });
  if (reading.ok) return reading;
  const text = raw.trim();
  if (reading.reason === "empty") return { ok: false, reason: "empty" };
  if (reading.reason === "ambiguous") {
    const [whole, fraction] = text
      .replace(/[\s\u00a0\u202f]/g, "")
      .replace(/^[+-]/, "")
      .split(",");
    return { ok: false, reason: `"${text}" is ambiguous: write ${whole}${fraction} for thousands or ${whole}.${fraction} for a decimal` };
  }
  const mixed = /^[+-]?[\d.,]+$/.test(text.replace(/[\s\u00a0\u202f]/g, "")) && text.includes(".") && text.includes(",");
  return { ok: false, reason: mixed ? `"${text}" mixes "." and "," in a way that is not a number` : `"${text}" is not a number` };
}

import { readNumber as read } from "@dti/conventions";
import { both } from "../i18n/catalogue";
import type { Localized } from "../i18n/message";

/**
 * Reads a number as people type it in Vietnam or elsewhere (@dti/conventions' readNumber), with the
 * reason in words for the CLI's messages. Files are often written by programs, so a lone dot is the
 * decimal mark ("1.234" is 1.234); a lone comma before three digits ("1,234") could be thousands or
 * a decimal and is refused rather than guessed.
 */
export type NumberReading = { ok: true; value: number } | { ok: false; reason: Localized };

export function readNumber(raw: string): NumberReading {
  const reading = read(raw, { lone: "dot-decimal" });
  if (reading.ok) return reading;
  const text = raw.trim();
  if (reading.reason === "empty") return { ok: false, reason: both("number.empty") };
  if (reading.reason === "ambiguous") {
    const [whole, fraction] = text
      .replace(/[\s\u00a0\u202f]/g, "")
      .replace(/^[+-]/, "")
      .split(",");
    return { ok: false, reason: both("number.ambiguous", { text, thousands: `${whole}${fraction}`, decimal: `${whole}.${fraction}` }) };
  }
  const mixed = /^[+-]?[\d.,]+$/.test(text.replace(/[\s\u00a0\u202f]/g, "")) && text.includes(".") && text.includes(",");
  return { ok: false, reason: mixed ? both("number.mixed", { text }) : both("number.notANumber", { text }) };
}

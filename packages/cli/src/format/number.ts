/** Numbers for people, as the web app writes them: Vietnamese (0,5649) or English (0.5649). JSON keeps plain numbers. */
import { roundHalfUp } from "@dti/conventions";
import type { Lang } from "../i18n/lang";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

/** A value on 0..1, 4 decimals: 0,5649. */
export function formatValue(value: number, lang: Lang = "vi"): string {
  // Rounded as published tables (and ranks) round: 0.62565 shows as 0,6257 even when stored as 0.62564999….
  return formatter(lang, 4, 4).format(roundHalfUp(value, 4));
}

/** Points, 2 decimals: 7,00; 1.000,00. */
export function formatPoints(points: number, lang: Lang = "vi"): string {
  return formatter(lang, 2, 2).format(roundHalfUp(points, 2));
}

/** A number with up to `decimals` decimals (4 by default): 1.250; 12,5. */
export function formatNumber(value: number, lang: Lang = "vi", decimals = 4): string {
  return formatter(lang, 0, decimals).format(value);
}

/** An input value as entered, numbers in the language's style. */
export function formatInputValue(value: unknown, lang: Lang = "vi"): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value === "boolean") return lang === "vi" ? (value ? "có (true)" : "không (false)") : value ? "yes (true)" : "no (false)";
  return String(value);
}

/** An ISO date for people: 2025-07-01 → 01/07/2025 (both languages write day/month/year, as en-GB does). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** A difference with its sign: +0,0123, −0,0050, 0,0000 (values on 0..1, 4 decimals). */
export function formatDelta(delta: number, lang: Lang = "vi"): string {
  const f = formatter(lang, 4, 4);
  const text = f.format(Math.abs(delta));
  return text === f.format(0) ? text : `${delta > 0 ? "+" : "−"}${text}`;
}

/** Places gained (+2) or lost (−1) in a ranking; 0 when unchanged. */
export function formatRankDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : "0";
}

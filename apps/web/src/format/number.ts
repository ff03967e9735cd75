import { roundHalfUp } from "@dti/conventions";

// Rounding as published and reading typed numbers are rules of the trade with one home,
// @dti/conventions (roundHalfUp, parseNumber): this file only formats.
export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const cache = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** An index value on 0..1 as published: four decimals, rounded half up ("0,5649" in Vietnamese). */
export function formatIndex(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatter(lang, 4, 4).format(roundHalfUp(value, 4));
}

/** Points: up to two decimals, no trailing zeros ("12,5"). */
export function formatPoints(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatter(lang, 0, 2).format(roundHalfUp(value, 2));
}

/** Any figure an officer typed: grouping and up to four decimals ("1.234.567,5"). */
export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return formatter(lang, 0, maxDigits).format(roundHalfUp(value, maxDigits));
}

/** A share on 0..1 as a percentage with one decimal ("56,5%"). */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${formatter(lang, 1, 1).format(roundHalfUp(value * 100, 1))}%`;
}

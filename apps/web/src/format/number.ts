export type Lang = "vi" | "en";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * Rounds half up on the decimal value, as published tables do: 0.62565 → 0.6257 (binary
 * floating point stores it as 0.625649999…, so Math.round(x * 1e4) would give 0.6256).
 * Shifting through the exponent in the string form keeps the decimal digits exact.
 */
export function roundHalfUp(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const text = String(Math.abs(value));
  // Tiny or huge values print in exponent form; there the decimal trick has nothing to fix.
  if (text.includes("e")) return sign * (Math.round(Math.abs(value) * 10 ** digits) / 10 ** digits);
  const shifted = Math.round(Number(`${text}e${digits}`));
  return sign * Number(`${shifted}e-${digits}`);
}

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

/**
 * Reads a number as an officer types it. Vietnamese writes "1.234,5" (dot for thousands, comma for
 * decimals); many also type "1234.5" or "1 234,5". A lone separator followed by exactly three digits
 * is a thousands separator only when it is a dot in Vietnamese ("1.234" = 1234); a comma is always
 * the decimal mark in Vietnamese, a dot always the decimal mark in English.
 */
export function parseNumber(text: string, lang: Lang): number | null {
  let s = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return null;
  if (!/^[-+]?[\d.,]+$/.test(s)) return Number.NaN;
  if (lang === "vi") {
    if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
    else if (/^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  } else {
    s = s.replace(/,/g, "");
  }
  if ((s.match(/\./g) ?? []).length > 1) return Number.NaN;
  const n = Number(s);
  return Number.isFinite(n) ? n : Number.NaN;
}

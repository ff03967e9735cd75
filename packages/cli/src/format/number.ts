/** Vietnamese number formatting for people (JSON output keeps plain numbers). */
import { roundHalfUp } from "@dti/engine";

const VALUE = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 4, maximumFractionDigits: 4 });
const POINTS = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });

/** A value on 0..1, 4 decimals: 0,5649. */
export function formatValue(value: number): string {
  // Rounded as published tables (and ranks) round: 0.62565 shows as 0,6257 even when stored as 0.62564999….
  return VALUE.format(roundHalfUp(value, 4));
}

/** Points, 2 decimals: 7,00; 1.000,00. */
export function formatPoints(points: number): string {
  return POINTS.format(roundHalfUp(points, 2));
}

/** An input value as entered, numbers in Vietnamese style. */
export function formatInputValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return PLAIN.format(value);
  if (typeof value === "boolean") return value ? "có (true)" : "không (false)";
  return String(value);
}

/** An ISO date the Vietnamese way: 2025-07-01 → 01/07/2025. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** A difference with its sign: +0,0123, −0,0050, 0,0000 (values on 0..1, 4 decimals). */
export function formatDelta(delta: number): string {
  const text = VALUE.format(Math.abs(delta));
  if (Number(text.replace(/\./g, "").replace(",", ".")) === 0) return VALUE.format(0);
  return `${delta > 0 ? "+" : "−"}${text}`;
}

/** Places gained (+2) or lost (−1) in a ranking; 0 when unchanged. */
export function formatRankDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : "0";
}

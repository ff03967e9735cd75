/** Vietnamese number formatting for people (JSON output keeps plain numbers). */
const VALUE = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 4, maximumFractionDigits: 4 });
const POINTS = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });

/** A value on 0..1, 4 decimals: 0,5649. */
export function formatValue(value: number): string {
  return VALUE.format(value);
}

/** Points, 2 decimals: 7,00; 1.000,00. */
export function formatPoints(points: number): string {
  return POINTS.format(points);
}

/** An input value as entered, numbers in Vietnamese style. */
export function formatInputValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return PLAIN.format(value);
  if (typeof value === "boolean") return value ? "có (true)" : "không (false)";
  return String(value);
}

import { UnitsError } from "./errors";

/**
 * Calendar dates as "YYYY-MM-DD" strings. Such strings order like the dates they name, so validity
 * checks are plain string comparisons, and no time zone can move a change by a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function assertDate(value: string, what = "date"): string {
  const m = ISO_DATE.exec(value);
  const valid = m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!valid) {
    throw UnitsError.from({
      code: "DATE_INVALID",
      input: String(value),
      message: `${what} "${String(value)}" is not an ISO calendar date (YYYY-MM-DD).`,
    });
  }
  return value;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The day before an ISO date: the last day of a unit that ends when another begins. */
export function dayBefore(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Whether `date` falls within [from, to] (both inclusive; an absent `to` is open). */
export function within(date: string, from: string, to: string | undefined): boolean {
  return date >= from && (to === undefined || date <= to);
}

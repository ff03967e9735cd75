const DAY_MS = 24 * 60 * 60 * 1000;
/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's calendar date in Vietnam as YYYY-MM-DD: deadlines, effective dates of administrative changes
 * and report dates are Vietnamese calendar dates. From 17:00 UTC it is already tomorrow there.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date moved by a whole number of days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

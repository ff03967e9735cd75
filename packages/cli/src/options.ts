import { InvalidArgumentError } from "commander";

/** --period: a year such as 2022. */
export function parsePeriod(value: string): number {
  const period = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(period))
    throw new InvalidArgumentError(`expected a year such as 2022, got "${value}"`);
  return period;
}

/** --top: a positive whole number. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return n;
}

/** --at, --to: an ISO calendar date such as 2025-07-01. */
export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !day || day.toISOString().slice(0, 10) !== m[0])
    throw new InvalidArgumentError(`expected a date such as 2025-07-01, got "${value}"`);
  return m[0];
}

/** Today's date in Vietnam (UTC+7), where administrative changes take effect. */
export { todayInVietnam } from "@dti/conventions";

/** --from, --to of dti compare: "<pack>:<year>", the pack an id, directory, bundle or variant file. */
export interface PackAtYear {
  pack: string;
  year: number;
}

export function parsePackAtYear(value: string): PackAtYear {
  const at = value.lastIndexOf(":");
  const year = at > 0 ? value.slice(at + 1) : "";
  if (!/^\d{4}$/.test(year)) throw new InvalidArgumentError(`expected <pack>:<year> such as dti-province-2022:2022, got "${value}"`);
  return { pack: value.slice(0, at), year: Number(year) };
}

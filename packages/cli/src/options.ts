import { InvalidArgumentError } from "commander";

/** --period: a year such as 2022. */
export function parsePeriod(value: string): number {
  const period = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(period)) throw new InvalidArgumentError(`expected a year such as 2022, got "${value}"`);
  return period;
}

/** --top: a positive whole number. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}"`);
  return n;
}

import { roundHalfUp } from "./number";

/**
 * Competition ranks (1, 2, 2, 4) of values compared after rounding half up to `digits`, as the
 * published tables rank; null values get no rank.
 */
export function competitionRanks(values: (number | null | undefined)[], digits = 4): (number | null)[] {
  const rounded = values.map((v) => (v === null || v === undefined ? null : roundHalfUp(v, digits)));
  return rounded.map((v) => (v === null ? null : 1 + rounded.filter((o) => o !== null && o > v).length));
}

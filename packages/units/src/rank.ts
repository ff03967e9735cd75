/** Published DTI tables print values to 4 decimals and rank on what they print. */
export const PUBLISHED_DIGITS = 4;

/**
 * Rounds half up at `digits` decimals, decimal-safe: the product is first cut to 12 significant
 * digits so that binary noise (0.12345 × 10⁴ = 1234.4999999999998) does not round down a value that
 * is exactly halfway in decimal.
 */
export function roundTo(value: number, digits = PUBLISHED_DIGITS): number {
  const scale = 10 ** digits;
  return Math.round(Number((value * scale).toPrecision(12))) / scale;
}

/**
 * Competition ranking as in published DTI tables: equal values share a rank and the next rank skips
 * (1, 2, 2, 4); values are compared after rounding to the published precision, so two provinces
 * printed as 0,5649 share a rank even if their unrounded values differ.
 */
export function competitionRanks(values: readonly number[], digits = PUBLISHED_DIGITS): number[] {
  const rounded = values.map((v) => roundTo(v, digits));
  return rounded.map((v) => 1 + rounded.filter((w) => w > v).length);
}

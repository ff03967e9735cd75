/** Published DTI tables print values to 4 decimals and rank on what they print. */
export const PUBLISHED_DECIMALS = 4;

/**
 * Significant digits a number is read to before rounding: what Excel shows and keeps. A double holds
 * 15.95 decimal digits, so every decimal written with 15 digits or fewer comes back exactly from
 * its double, and anything beyond the 15th digit is binary noise of the computation
 * (0.62565 computed as 0.6256499999999999 is 0.625650000000000 to 15 digits).
 */
const SIGNIFICANT = 15;

/**
 * `value` × 10^decimals rounded half away from zero, as an integer (the published figure without
 * its decimal point). Half-up is decided on the decimal number a person sees — the value read to 15
 * significant digits — never on the binary one:
 * - 0.62565 (stored as 0.625649999…) → 6257: the noise is beyond the 15th digit and is dropped;
 * - 0.00044999999999 → 4: the value is written with 14 digits and is genuinely below the half.
 *   A fixed nudge (+1e-9 before flooring) would round it up; cutting to 15 digits never does,
 *   because it only removes what a double cannot have meant.
 * Negative values round away from zero (-0.00045 → -5), as Excel's ROUND does: symmetric, so the
 * sign of a figure never changes its digits.
 *
 * Fast path: away from the half (by far the common case) the product `|value| × 10^decimals` is
 * far enough from .5 that the gap between it and the 15-digit decimal times 10^decimals
 * (< 1e8 × 5.2e-15 ≈ 5e-7: the 15-digit cut plus one rounding of the product) cannot change the
 * result, and the decimal digits are not needed. Near the half, the digits decide.
 */
export function scaledHalfUp(value: number, decimals: number = PUBLISHED_DECIMALS): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const scaled = magnitude * 10 ** decimals;
  if (scaled < 1e8) {
    const floor = Math.floor(scaled);
    const fraction = scaled - floor;
    if (fraction < 0.499999 || fraction > 0.500001) {
      const rounded = fraction < 0.5 ? floor : floor + 1;
      return value < 0 ? -rounded : rounded;
    }
  }
  const rounded = decimalHalfUp(magnitude, decimals);
  return value < 0 ? -rounded : rounded;
}

/** The exact path: round the 15-significant-digit decimal form of `magnitude` (≥ 0) half up. */
function decimalHalfUp(magnitude: number, decimals: number): number {
  if (magnitude === 0) return 0;
  const [mantissa, exponent] = magnitude.toExponential(SIGNIFICANT - 1).split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  // magnitude = 0.d1 d2 … d15 × 10^(exponent + 1): the first `keep` digits are left of the cut.
  const keep = Number(exponent) + 1 + decimals;
  if (keep < 0) return 0;
  if (keep >= SIGNIFICANT) return Number(`${digits}e${keep - SIGNIFICANT}`);
  const head = keep === 0 ? 0 : Number(digits.slice(0, keep));
  return digits.charCodeAt(keep) >= 53 /* "5" */ ? head + 1 : head;
}

/**
 * A value rounded half up to `decimals` places as published tables show it: 0.62565 → 0.6257,
 * 0.00044999999999 → 0.0004, -0.00045 → -0.0005. See scaledHalfUp for why.
 */
export function roundHalfUp(value: number, decimals: number = PUBLISHED_DECIMALS): number {
  if (!Number.isFinite(value)) return value;
  const scaled = scaledHalfUp(value, decimals);
  // Dividing by a power of ten parses the decimal exactly (Number("6257e-4") is the double nearest
  // 0.6257), where scaled / 10^decimals could be off by one unit in the last place.
  if (scaled === 0) return 0;
  const text = String(scaled);
  return text.includes("e") ? scaled / 10 ** decimals : Number(`${text}e-${decimals}`);
}

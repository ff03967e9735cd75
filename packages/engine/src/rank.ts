/**
 * Competition ranking as in published DTI tables: equal values share a rank and the next rank
 * skips (1, 2, 2, 4). Values are compared after rounding to the published precision, so two
 * provinces shown as 0,5649 share a rank.
 */
export function rankValues(values: ArrayLike<number>, precision: number): Int32Array {
  const n = values.length;
  const rounded = new Float64Array(n);
  for (let i = 0; i < n; i++) rounded[i] = scaledHalfUp(values[i]!, precision);
  // A unit's rank is 1 + the number of units strictly above it: found by binary search in the
  // sorted values (a native numeric sort, no comparator calls).
  const sorted = rounded.slice().sort();
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = rounded[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = n - lo + 1;
  }
  return ranks;
}

/**
 * value × 10^decimals rounded half up as a person (or Excel) rounds the decimal number shown:
 * binary noise is removed first, so 0.62565 (stored as 0.6256499999999999) rounds to 6257.
 */
function scaledHalfUp(value: number, decimals: number): number {
  const scaled = value * 10 ** decimals;
  return Math.round(Number(scaled.toFixed(6)));
}

/** A value rounded half up to `decimals` places, as published tables show it (0.62565 → 0.6257). */
export function roundHalfUp(value: number, decimals = 4): number {
  return scaledHalfUp(value, decimals) / 10 ** decimals;
}

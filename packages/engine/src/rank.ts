/**
 * Competition ranking as in published DTI tables: equal values share a rank and the next rank
 * skips (1, 2, 2, 4). Values are compared after rounding to the published precision, so two
 * provinces shown as 0,5649 share a rank.
 */
export function rankValues(values: ArrayLike<number>, precision: number): Int32Array {
  const n = values.length;
  const scale = 10 ** precision;
  const rounded = new Float64Array(n);
  for (let i = 0; i < n; i++) rounded[i] = Math.round(values[i]! * scale);
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

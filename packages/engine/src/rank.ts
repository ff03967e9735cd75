/**
 * Competition ranking as in published DTI tables: equal values share a rank and the next rank
 * skips (1, 2, 2, 4). Values are compared after rounding to the published precision.
 */
export function rankValues(values: ArrayLike<number>, precision: number): Int32Array {
  const n = values.length;
  const rounded = new Float64Array(n);
  const scale = 10 ** precision;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = scaledBy(values[i]!, scale);
    rounded[i] = r;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  const ranks = new Int32Array(n);
  if (n === 0) return ranks;
  const range = hi - lo + 1;
  if (range <= 4 * n + 65536) {
    // above[v] = how many units have a rounded value above v.
    const count = new Int32Array(range + 1);
    for (let i = 0; i < n; i++) count[rounded[i]! - lo]!++;
    let above = 0;
    for (let v = range - 1; v >= 0; v--) {
      const c = count[v]!;
      count[v] = above;
      above += c;
    }
    for (let i = 0; i < n; i++) ranks[i] = count[rounded[i]! - lo]! + 1;
    return ranks;
  }
  const sorted = rounded.slice().sort();
  for (let i = 0; i < n; i++) {
    const v = rounded[i]!;
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (sorted[mid]! <= v) a = mid + 1;
      else b = mid;
    }
    ranks[i] = n - a + 1;
  }
  return ranks;
}

/**
 * value × 10^decimals rounded half up as a person (or Excel) rounds the decimal number shown:
 * binary noise is removed first, so 0.62565 (stored as 0.6256499999999999) rounds to 6257.
 */
function scaledHalfUp(value: number, decimals: number): number {
  return scaledBy(value, 10 ** decimals);
}

function scaledBy(value: number, scale: number): number {
  // Binary noise on values of this size is ~1e-12; a nudge of 1e-9 removes it and nothing else.
  return Math.floor(value * scale + 0.5 + 1e-9);
}

/** A value rounded half up to `decimals` places, as published tables show it (0.62565 → 0.6257). */
export function roundHalfUp(value: number, decimals = 4): number {
  return scaledHalfUp(value, decimals) / 10 ** decimals;
}

import { PUBLISHED_DECIMALS, scaledHalfUp } from "./round";

/**
 * Competition ranking as in published DTI tables: equal values share a rank and the next rank
 * skips (1, 2, 2, 4). Values are compared as published: rounded half up to `decimals` places
 * (scaledHalfUp, the one rounding), so two provinces printed as 0,5649 share a rank even if their
 * unrounded values differ. Typed arrays and a counting sort: this is the engine's hot path.
 */
export function rankValues(values: ArrayLike<number>, decimals: number = PUBLISHED_DECIMALS): Int32Array {
  const n = values.length;
  const rounded = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = scaledHalfUp(values[i]!, decimals);
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
 * The same ranks for a plain list that may have holes: a value that is null, undefined or not a
 * number gets no rank (null) and does not push others down.
 */
export function competitionRanks(values: readonly number[], decimals?: number): number[];
export function competitionRanks(values: readonly (number | null | undefined)[], decimals?: number): (number | null)[];
export function competitionRanks(values: readonly (number | null | undefined)[], decimals: number = PUBLISHED_DECIMALS): (number | null)[] {
  const present: number[] = [];
  values.forEach((v, i) => {
    if (typeof v === "number" && Number.isFinite(v)) present.push(i);
  });
  const ranks = rankValues(
    present.map((i) => values[i] as number),
    decimals,
  );
  const out: (number | null)[] = values.map(() => null);
  present.forEach((at, k) => (out[at] = ranks[k]!));
  return out;
}

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
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rounded[y]! - rounded[x]!);
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    ranks[i] = previous >= 0 && rounded[previous] === rounded[i] ? ranks[previous]! : k + 1;
  }
  return ranks;
}

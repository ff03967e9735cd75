/**
 * How predecessors' values make a new unit's value.
 * - "mean": simple average, the ministry's rule for DTI 2024 (new Đà Nẵng 0,7069 = (0,8335 + 0,5803) / 2),
 *   applied to the overall value and to every main index alike.
 * - "weighted": Σ wᵢ·xᵢ / Σ wᵢ with caller-supplied weights (e.g. population); not an official rule.
 */
export type BackcastRule = "mean" | "weighted";

export function combine(values: readonly number[], weights: readonly number[], rule: BackcastRule): number {
  if (rule === "mean") return values.reduce((s, v) => s + v, 0) / values.length;
  const total = weights.reduce((s, w) => s + w, 0);
  return values.reduce((s, v, i) => s + v * weights[i]!, 0) / total;
}

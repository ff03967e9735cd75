import type { PackDefinition } from "@dti/pack-sdk";

/**
 * aggregation — how indicator points become the overall value and the pillars.
 * Cách tổng hợp: giá trị tổng hợp = tổng điểm / tổng điểm tối đa; trụ cột = tổng điểm các chỉ số chính của nó.
 *
 * Overall = 100 points → 0.4·I + 0.6·II on the 0..1 index values. A pillar sums the points of the indices it
 * lists over their max; an index may be in several pillars (in 922 each pillar is the five foundation indices plus
 * its own activity index). This example has one pillar with both indices.
 */
export const aggregation = {
  overall: "points_over_max",
  pillars: [{ id: "cqs", name: { vi: "Chính quyền số", en: "Digital government" }, indices: ["I", "II"] }],
  // Decimals of the published values; equal rounded values share a rank (1, 2, 2, 4).
  precision: 4,
  // The framework's total, checked against the sum of the main indices. / Tổng điểm của khung đánh giá.
  totalPoints: 100,
} satisfies PackDefinition["aggregation"];

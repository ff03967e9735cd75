import type { PackDefinition } from "@dti/pack-sdk";

/**
 * Overall DTI 2020 = total points / 1000 = 0.4·CQS + 0.3·KTS + 0.3·XHS on the 0..1 pillar values (each pillar's
 * value is its points / its max). 1726 states the 1000-point scale and the 400/300/300 split; that the published
 * overall is this weighted sum is checked, not stated: it rebuilds the published 2020 overall of Quảng Ninh
 * (0.3897) and Bắc Ninh (0.4096) from their published pillar values to 4 decimals (fixtures/published-2020.yaml).
 */
export const aggregation = {
  overall: "points_over_max",
  pillars: [
    { id: "cqs", name: { vi: "Chính quyền số", en: "Digital government" }, indices: ["CQS"] },
    { id: "kts", name: { vi: "Kinh tế số", en: "Digital economy" }, indices: ["KTS"] },
    { id: "xhs", name: { vi: "Xã hội số", en: "Digital society" }, indices: ["XHS"] },
  ],
  precision: 4,
  totalPoints: 1000,
} satisfies PackDefinition["aggregation"];

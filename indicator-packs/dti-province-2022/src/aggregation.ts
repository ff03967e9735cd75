import type { PackDefinition } from "@dti/pack-sdk";

/**
 * Overall DTI = total points / 1000 (= 0.1·(I+…+V) + 0.2·VI + 0.15·VII + 0.15·VIII on the 0..1 index values).
 * Each pillar = (points of the five foundation indices + that pillar's activity index) / (500 + its max):
 * Chính quyền số out of 700, Kinh tế số and Xã hội số out of 650. Derived from published 2022 values
 * (exact to 4 decimals on Quảng Ninh: 0.7804 / 0.7187 / 0.6864); not stated in 922 itself.
 */
export const aggregation = {
  overall: "points_over_max",
  pillars: [
    {
      id: "cqs",
      name: { vi: "Chính quyền số", en: "Digital government" },
      indices: ["I", "II", "III", "IV", "V", "VI"],
    },
    {
      id: "kts",
      name: { vi: "Kinh tế số", en: "Digital economy" },
      indices: ["I", "II", "III", "IV", "V", "VII"],
    },
    {
      id: "xhs",
      name: { vi: "Xã hội số", en: "Digital society" },
      indices: ["I", "II", "III", "IV", "V", "VIII"],
    },
  ],
  precision: 4,
  totalPoints: 1000,
} satisfies PackDefinition["aggregation"];

import type { PackDefinition } from "@dti/pack-sdk";

/**
 * 405's aggregation is not public. What is known: overall and the three pillars (Chính quyền số, Kinh tế số,
 * Xã hội số) are published on 0..1, rounded to 4 decimals. What is not: the points of each main index (so the
 * overall cannot be rebuilt from main-index values) and which indices make up each pillar. The 922 pillar formula
 * (five foundation indices + one activity index) is plausible but not stated for 405, and the 1726 weighted sum
 * (0.4·CQS + 0.3·KTS + 0.3·XHS) is refuted by the published 2024 means (see README.md), so no pillar is declared.
 * No totalPoints either: the 1000-point scale of 1726 and 922 is not stated for the 405 provincial level in the
 * sources read.
 */
export const aggregation = {
  overall: "points_over_max",
  pillars: [],
  precision: 4,
} satisfies PackDefinition["aggregation"];

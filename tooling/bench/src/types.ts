import type { Engine } from "@dti/engine";

/** A unit as the engine takes it: code, optional name, inputs keyed by input id. */
export type UnitInput = Parameters<Engine["scoreColumns"]>[1][number];

/**
 * What every contender produces for a cohort, in columns: the outputs of engine.scoreColumns that
 * the comparison checks (points per indicator, index points, overall, pillars and every rank).
 */
export interface Scores {
  /** Indicator codes, in the contender's own order. */
  indicatorCodes: readonly string[];
  /** Points, [unit * indicatorCodes.length + k]. */
  points: Float64Array;
  indexCodes: readonly string[];
  /** Index points, [unit * indexCodes.length + i]. */
  indexPoints: Float64Array;
  overall: Float64Array;
  ranks: Int32Array;
  /** Per index: ranks on the index value (points / max). */
  indexRanks: Int32Array[];
  pillarIds: readonly string[];
  /** Per pillar: points (Σ of its indices' points). */
  pillarPoints: Float64Array[];
  /** Per pillar: ranks on its value (points / max). */
  pillarRanks: Int32Array[];
}

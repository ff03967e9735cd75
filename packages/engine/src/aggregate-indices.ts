import type { IndexValuesRow, PackRef, ScoreResult } from "@dti/contracts";
import type { CompiledPack } from "./compile-pack";
import { EngineError, type InputIssue } from "./errors";
import { unitAggregates } from "./result";
import { aggregatePoints } from "./score-cohort";

/**
 * Overall, pillars and ranks from main-index values alone (0..1), for official tables that
 * publish no raw data: each index's points are its value × its max.
 */
export function aggregateIndexValues(pack: CompiledPack, ref: PackRef, period: number, rows: readonly IndexValuesRow[]): ScoreResult {
  const issues: InputIssue[] = [];
  const scoredIndices = pack.indexCodes.filter((_, i) => pack.indexScored[i]);
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) issues.push({ code: "UNIT_DUPLICATE", unit: row.code, message: `unit ${row.code} appears twice` });
    seen.add(row.code);
    for (const key of Object.keys(row.indices)) {
      if (!pack.indexCodes.includes(key))
        issues.push({
          code: "INDEX_VALUE_INVALID",
          unit: row.code,
          key,
          expected: `one of ${scoredIndices.join(", ")}`,
          message: `unit ${row.code}: "${key}" is not a main index of this pack`,
        });
    }
    for (const code of scoredIndices) {
      const value = row.indices[code];
      if (value === undefined || !Number.isFinite(value) || value < 0 || value > 1)
        issues.push({
          code: "INDEX_VALUE_INVALID",
          unit: row.code,
          key: code,
          expected: "a value between 0 and 1",
          message: `unit ${row.code}: index ${code} is ${value === undefined ? "missing" : value}; expected a value between 0 and 1`,
        });
    }
  }
  if (issues.length > 0)
    throw new EngineError(
      "INDEX_VALUE_INVALID",
      `${issues.length} problem(s) in the index values: ${issues
        .slice(0, 3)
        .map((i) => i.message)
        .join("; ")}`,
      { issues },
    );
  const positions = pack.indexCodes.map((code, i) => ({ code, i }));
  const aggregated = aggregatePoints(pack, rows.length, (u, add) => {
    for (const { code, i } of positions) {
      const value = rows[u]!.indices[code];
      if (value !== undefined) add(i, value * pack.indexMax[i]!);
    }
  });
  return {
    pack: ref,
    period,
    basis: "indices",
    mode: "strict",
    units: rows.map((row, u) => ({ code: row.code, ...(row.name ? { name: row.name } : {}), ...unitAggregates(pack, aggregated, u) })),
    reference: [],
    warnings: [],
  };
}

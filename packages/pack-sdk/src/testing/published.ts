import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { ScoreResult } from "@dti/contracts";
import type { CaseMismatch, CaseOutcome } from "./cases";

/** A published figure file (`fixtures/published-<year>.yaml`): main-index values, overall, rank, pillars of some units. */
export interface PublishedFile {
  year: number;
  rows: {
    code: string;
    name?: string;
    rank?: number;
    overall?: number;
    indices: Record<string, number>;
    pillars?: Record<string, number>;
  }[];
}

/** What the engine's `aggregate` takes: main-index values per unit for a year. */
export interface AggregateRequest {
  period: number;
  rows: { code: string; name?: string; indices: Record<string, number> }[];
}

/** Aggregates main-index values with the pack (the engine, injected so that the SDK does not depend on it). */
export type Aggregator = (request: AggregateRequest) => ScoreResult;

/**
 * Published values are rounded to 4 decimals, and so are the main-index values they are rebuilt from:
 * a rebuilt figure may differ from the published one by up to 0.0001.
 */
export const PUBLISHED_TOLERANCE = 0.0001 + 1e-9;

/** The `published-*.yaml` files of a fixtures directory, in name order, parsed. */
export function readPublishedFiles(dir: string): { file: string; published: PublishedFile }[] {
  return readdirSync(dir)
    .filter((f) => /^published-.*\.ya?ml$/.test(f))
    .sort()
    .map((file) => ({ file, published: parse(readFileSync(join(dir, file), "utf8")) as PublishedFile }));
}

/**
 * Rebuilds each published unit's overall, rank and pillars from its published main-index values: one
 * outcome per unit, in the golden cases' shape (so `dti pack test` prints both alike). A pack that
 * cannot aggregate (coverage) throws the engine's error.
 */
export function checkPublished(published: PublishedFile, aggregate: Aggregator): CaseOutcome[] {
  if (!Array.isArray(published?.rows) || !published.rows.every((r) => r && typeof r.indices === "object"))
    throw Object.assign(new Error("no rows of main-index values (`rows: [{ code, indices, overall?, rank? }]`) to rebuild from"), {
      code: "PUBLISHED_NOT_CHECKABLE",
    });
  const result = aggregate({
    period: published.year,
    rows: published.rows.map((r) => ({ code: r.code, ...(r.name ? { name: r.name } : {}), indices: r.indices })),
  });
  return published.rows.map((row) => {
    const unit = result.units.find((u) => u.code === row.code);
    const mismatches: CaseMismatch[] = [];
    const near = (what: string, want: number, got: number | undefined) => {
      if (got === undefined || Math.abs(want - got) > PUBLISHED_TOLERANCE)
        mismatches.push({ unit: row.code, what, expected: want, actual: got });
    };
    if (!unit) mismatches.push({ unit: row.code, what: "unit", expected: "present", actual: "absent" });
    else {
      if (row.overall !== undefined) near("overall", row.overall, unit.overall);
      if (row.rank !== undefined && row.rank !== unit.rank)
        mismatches.push({ unit: row.code, what: "rank", expected: row.rank, actual: unit.rank });
      for (const [id, want] of Object.entries(row.pillars ?? {})) near(`pillar ${id} value`, want, unit.pillars[id]?.value);
    }
    return { name: `${published.year} ${row.name ?? row.code}`, ok: mismatches.length === 0, mismatches };
  });
}

import type { LoadedPack, ScoredCohort } from "@dti/engine";
import type { Scores } from "./types";

/** engine.scoreColumns' typed arrays seen as Scores (no copy: the points are already [unit × indicator]). */
export function engineScores(loaded: LoadedPack, cohort: ScoredCohort): Scores {
  const compiled = loaded.compiled;
  return {
    indicatorCodes: compiled.indicators.map((x) => x.definition.code),
    points: cohort.points,
    indexCodes: compiled.indexCodes,
    indexPoints: cohort.indexPoints,
    overall: cohort.overall,
    ranks: cohort.ranks,
    indexRanks: cohort.indexRanks,
    pillarIds: compiled.pillars.map((p) => p.id),
    pillarPoints: cohort.pillarPoints,
    pillarRanks: cohort.pillarRanks,
  };
}

export interface Disagreement {
  what: string;
  unit: number;
  expected: number;
  actual: number;
}

export interface Agreement {
  units: number;
  /** Largest |difference| over every unit and indicator. */
  maxPointsDiff: number;
  maxIndexDiff: number;
  maxOverallDiff: number;
  maxPillarDiff: number;
  /** Ranks (overall, per index, per pillar) that differ. */
  rankMismatches: number;
  /** Codes, indices or pillars one side has and the other lacks. */
  missing: string[];
  /** The first disagreements found, for the report. */
  examples: Disagreement[];
  ok: boolean;
}

/** Compares two contenders' outputs, matching indicators by code, indices by code and pillars by id. */
export function compareScores(expected: Scores, actual: Scores, tolerance = 1e-9): Agreement {
  const n = expected.overall.length;
  const examples: Disagreement[] = [];
  const missing: string[] = [];
  const note = (what: string, unit: number, e: number, a: number) => {
    if (examples.length < 10) examples.push({ what, unit, expected: e, actual: a });
  };
  const diff = (what: string, e: ArrayLike<number>, eAt: (u: number) => number, a: ArrayLike<number>, aAt: (u: number) => number) => {
    let worst = 0;
    for (let u = 0; u < n; u++) {
      const x = e[eAt(u)]!;
      const y = a[aAt(u)]!;
      const d = Math.abs(x - y);
      if (!(d <= tolerance)) note(what, u, x, y);
      if (d > worst || d !== d) worst = d !== d ? Infinity : d;
    }
    return worst;
  };
  let rankMismatches = 0;
  const ranks = (what: string, e: Int32Array | undefined, a: Int32Array | undefined) => {
    if (!e || !a) return;
    for (let u = 0; u < n; u++)
      if (e[u] !== a[u]) {
        rankMismatches++;
        note(`${what} rank`, u, e[u]!, a[u]!);
      }
  };
  if (actual.overall.length !== n) throw new Error(`cohort sizes differ: ${n} and ${actual.overall.length}`);

  const m = expected.indicatorCodes.length;
  const ma = actual.indicatorCodes.length;
  const at = new Map(actual.indicatorCodes.map((code, k) => [code, k]));
  let maxPointsDiff = 0;
  for (let k = 0; k < m; k++) {
    const code = expected.indicatorCodes[k]!;
    const j = at.get(code);
    if (j === undefined) {
      missing.push(`indicator ${code}`);
      continue;
    }
    maxPointsDiff = Math.max(
      maxPointsDiff,
      diff(
        `points ${code}`,
        expected.points,
        (u) => u * m + k,
        actual.points,
        (u) => u * ma + j,
      ),
    );
  }
  for (const code of actual.indicatorCodes) if (!expected.indicatorCodes.includes(code)) missing.push(`indicator ${code} (extra)`);

  const q = expected.indexCodes.length;
  const qa = actual.indexCodes.length;
  let maxIndexDiff = 0;
  expected.indexCodes.forEach((code, i) => {
    const j = actual.indexCodes.indexOf(code);
    if (j < 0) return missing.push(`index ${code}`);
    maxIndexDiff = Math.max(
      maxIndexDiff,
      diff(
        `index ${code}`,
        expected.indexPoints,
        (u) => u * q + i,
        actual.indexPoints,
        (u) => u * qa + j,
      ),
    );
    ranks(`index ${code}`, expected.indexRanks[i], actual.indexRanks[j]);
  });

  const maxOverallDiff = diff(
    "overall",
    expected.overall,
    (u) => u,
    actual.overall,
    (u) => u,
  );
  ranks("overall", expected.ranks, actual.ranks);

  let maxPillarDiff = 0;
  expected.pillarIds.forEach((id, p) => {
    const j = actual.pillarIds.indexOf(id);
    if (j < 0) return missing.push(`pillar ${id}`);
    maxPillarDiff = Math.max(
      maxPillarDiff,
      diff(
        `pillar ${id}`,
        expected.pillarPoints[p]!,
        (u) => u,
        actual.pillarPoints[j]!,
        (u) => u,
      ),
    );
    ranks(`pillar ${id}`, expected.pillarRanks[p], actual.pillarRanks[j]);
  });
  for (const id of actual.pillarIds) if (!expected.pillarIds.includes(id)) missing.push(`pillar ${id} (extra)`);

  const ok =
    missing.length === 0 &&
    rankMismatches === 0 &&
    maxPointsDiff < tolerance &&
    maxIndexDiff < tolerance &&
    maxOverallDiff < tolerance &&
    maxPillarDiff < tolerance;
  return { units: n, maxPointsDiff, maxIndexDiff, maxOverallDiff, maxPillarDiff, rankMismatches, missing, examples, ok };
}

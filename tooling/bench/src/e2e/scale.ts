import pack2022 from "@dti-packs/dti-province-2022";
import { computedRanking, createContext, createPackRegistry, registerInstalledPacks } from "@dti/api-router";
import { createDb, createRepositories, SYSTEM_ACTOR, type SetInputValue } from "@dti/db";
import { bulkSeedAssessments, bulkSeedValues } from "@dti/db/bulk-seed";
import { createEngine } from "@dti/engine";
import { backcast, unitsAt } from "@dti/units";
import { syntheticCohorts, syntheticUnits } from "../synthetic";

const PACK_ID = "dti-province-2022";
const PERIOD = 2022;

export interface ScaleFigures {
  communes: number;
  /** rankings.computed's work (computedRanking: read the cohort's stamps and the values that changed, score, rank), median of 3 after the first. */
  rankingMs: number;
  /** The engine alone on the same units (engine.score, lenient, no explanations), median of 3. */
  rankingEngineMs: number;
  /** rankingMs ÷ rankingEngineMs (target ≤ 3). */
  rankingOverEngine: number;
  /** The first ranking of the period in the process: every value read (later ones read only the values whose stamp moved). */
  rankingColdMs: number;
  rankingColdOverEngine: number;
  importValues: number;
  /** inputs.setMany of importValues new values in one all-or-nothing call, one audit entry each. */
  importMs: number;
  /** The engine scoring the same units' values (engine.score, lenient, no explanations). */
  importEngineMs: number;
  importOverEngine: number;
  /** Engine alone: 63 and 34 synthetic provinces × 5 years, and the 3,321 communes of 2022 (with their min-max references). */
  engine: { provinces63x5Ms: number; provinces34x5Ms: number; communesMs: number; minMaxReferences: number };
  /** The back-cast of 63 provinces' results onto the 34 (mean rule), 5 years, against the engine scoring the 63 × 5. */
  backcast63to34x5Ms: number;
  backcastOverEngine: number;
}

function time<T>(fn: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - started) / 1e6];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - started) / 1e6];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The scale part of `pnpm bench --e2e`, on the embedded database (PGlite in memory), the 2022 pack: 3,321
 * synthetic communes ("Xã tổng hợp 0001 (dữ liệu tổng hợp)" …) with a 2022 assessment each and a value
 * for every entered input; the first 100,000 values imported with inputs.setMany (timed), the rest
 * seeded the same way (not timed); then the computed ranking of the period against the engine alone.
 */
export async function benchScale(log: (line: string) => void = () => undefined, importValues = 100_000): Promise<ScaleFigures> {
  // In memory: in a directory, the embedded database took minutes to take the other 418,000 values.
  const database = await createDb({ kind: "pglite-memory" });
  try {
    await database.migrate();
    const engine = createEngine();
    const repos = createRepositories(database.db);
    await registerInstalledPacks(repos, engine, [pack2022]);
    const packs = createPackRegistry(repos.packs, engine);
    const ctx = createContext({ db: database, engine, packs, repos });
    const pack = (await packs.active()).find((p) => p.summary.packId === PACK_ID)!;
    const loaded = pack.loaded;

    // Engine alone on the provinces, the communes, and the back-cast.
    const cohorts63 = syntheticCohorts(loaded.pack, "provinces-63");
    const cohorts34 = syntheticCohorts(loaded.pack, "provinces-34");
    const communes = syntheticCohorts(loaded.pack, "communes-3321", { years: [PERIOD] })[0]!;
    const score = (period: number, units: typeof communes.units) =>
      engine.score(loaded, { period, units }, { mode: "lenient", explain: false });
    score(PERIOD, cohorts63[0]!.units); // warm up
    const [results63, provinces63x5Ms] = time(() => cohorts63.map((c) => score(c.period, c.units)));
    const [, provinces34x5Ms] = time(() => cohorts34.map((c) => score(c.period, c.units)));
    const [communeResult, communesMs] = time(() => score(PERIOD, communes.units));
    const old = unitsAt("2025-06-30");
    const rows = results63.map((r) =>
      r.units.map((u, i) => ({
        unit: old[i]!.id,
        overall: u.overall,
        indices: Object.fromEntries(Object.entries(u.indices).map(([k, v]) => [k, v.value])),
      })),
    );
    backcast(rows[0]!, { to: "2025-07-01" }); // warm up
    const [, backcast63to34x5Ms] = time(() => rows.map((r) => backcast(r, { to: "2025-07-01" })));
    log(
      `engine: 63 × 5 ${provinces63x5Ms.toFixed(1)} ms, 34 × 5 ${provinces34x5Ms.toFixed(1)} ms, 3,321 communes ${communesMs.toFixed(1)} ms; back-cast 63 → 34 × 5 ${backcast63to34x5Ms.toFixed(1)} ms`,
    );

    // The communes and their assessments (bulk inserted: this is seeding, not what is measured).
    const units = syntheticUnits("communes-3321");
    await repos.units.seed(units, [], SYSTEM_ACTOR);
    const assessmentOf = await bulkSeedAssessments(
      database.db,
      units.map((u) => ({ unitId: u.id, period: PERIOD, packRowId: pack.summary.id })),
    );
    const items: SetInputValue[] = communes.units.flatMap((u) =>
      Object.entries(u.inputs).map(([inputId, value]) => ({
        assessmentId: assessmentOf.get(u.code)!,
        inputId,
        value: value as SetInputValue["value"],
        expectedVersion: null,
      })),
    );
    const first = items.slice(0, importValues);
    const importedUnits = new Set(first.map((i) => i.assessmentId)).size;
    log(`importing ${first.length.toLocaleString("en")} values (${importedUnits} communes) with inputs.setMany…`);
    const [, importMs] = await timeAsync(() => repos.inputs.setMany(first, SYSTEM_ACTOR));
    const [, importEngineMs] = time(() => score(PERIOD, communes.units.slice(0, importedUnits)));
    log(`import: ${importMs.toFixed(0)} ms; seeding the other ${(items.length - first.length).toLocaleString("en")} values…`);
    // Seeding, not measured: one plain insert from arrays per 50,000 values, without audit entries.
    const [, seedMs] = await timeAsync(() => bulkSeedValues(database.db, items.slice(importValues)));
    log(`seeded in ${seedMs.toFixed(0)} ms`);

    // The first ranking reads every value (cold); the next ones read only the values whose stamp
    // moved (none here) and score the whole cohort again: what an admin opening the rankings again meets.
    const [coldRanked, rankingColdMs] = await timeAsync(() => computedRanking(ctx, PERIOD, PACK_ID));
    if (coldRanked.length !== units.length) throw new Error(`the computed ranking has ${coldRanked.length} units, not ${units.length}`);
    const rankingRuns: number[] = [];
    const engineRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      const [ranked, ms] = await timeAsync(() => computedRanking(ctx, PERIOD, PACK_ID));
      if (ranked.length !== units.length) throw new Error(`the computed ranking has ${ranked.length} units, not ${units.length}`);
      rankingRuns.push(ms);
      engineRuns.push(time(() => score(PERIOD, communes.units))[1]);
    }
    const rankingMs = median(rankingRuns);
    const rankingEngineMs = median(engineRuns);
    log(
      `ranking of ${units.length} communes: ${rankingMs.toFixed(0)} ms (first, reading every value: ${rankingColdMs.toFixed(0)} ms); engine alone ${rankingEngineMs.toFixed(0)} ms`,
    );
    return {
      communes: units.length,
      rankingMs,
      rankingEngineMs,
      rankingOverEngine: rankingMs / rankingEngineMs,
      rankingColdMs,
      rankingColdOverEngine: rankingColdMs / rankingEngineMs,
      importValues: first.length,
      importMs,
      importEngineMs,
      importOverEngine: importMs / importEngineMs,
      engine: { provinces63x5Ms, provinces34x5Ms, communesMs, minMaxReferences: communeResult.reference.length },
      backcast63to34x5Ms,
      backcastOverEngine: backcast63to34x5Ms / provinces63x5Ms,
    };
  } finally {
    await database.close();
  }
}

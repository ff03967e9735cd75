import type { CohortMember, InputValueData, Repositories } from "@dti/db";

type Values = Record<string, Exclude<InputValueData, null>>;

/** Values kept per repositories (one database), by assessment, with the stamp they were read at. */
const keptByRepos = new WeakMap<Repositories, Map<string, { stamp: string; values: Values }>>();
/** About 3,321 communes × 5 periods; a commune's values take about 10 kB. */
export const COHORT_VALUES_KEPT = 20_000;

/**
 * The stored values of every member of a cohort, reading only those whose values stamp moved since
 * this process last read them (one statement for all of them): a computed ranking of 3,321 communes
 * reads half a million values once, then only what changed. A stamp only grows with every write of
 * an assessment's values, so values kept under the same stamp are the stored ones. The objects
 * returned are shared: read them, never change them.
 */
export async function cohortValues(repos: Repositories, members: readonly CohortMember[]): Promise<Map<string, Values>> {
  let kept = keptByRepos.get(repos);
  if (!kept) keptByRepos.set(repos, (kept = new Map()));
  const stale = members.filter((m) => kept.get(m.id)?.stamp !== m.valuesStamp).map((m) => m.id);
  if (stale.length > 0) {
    const read = await repos.assessments.manyValuesForScoring(stale);
    for (const [id, { values, valuesStamp }] of read) {
      kept.delete(id);
      kept.set(id, { stamp: valuesStamp, values });
    }
    while (kept.size > COHORT_VALUES_KEPT) kept.delete(kept.keys().next().value!);
  }
  const out = new Map<string, Values>();
  for (const m of members) {
    const entry = kept.get(m.id);
    out.set(m.id, entry?.values ?? {});
  }
  return out;
}

import { sql, type Kysely } from "kysely";
import type { InputValueData } from "./repositories/inputs";
import type { Database } from "./schema";

/**
 * Bulk seeding for synthetic cohorts (`pnpm bench --e2e`: 3,321 communes, about 520,000 values):
 * plain inserts from arrays, with NO audit entries and no version checks. Never used by the
 * application: every write a user makes goes through the repositories (inputs.setMany for imports),
 * which audit each value. Kept here because all SQL lives in @dti/db.
 */
export async function bulkSeedAssessments(
  db: Kysely<Database>,
  rows: readonly { unitId: string; period: number; packRowId: string }[],
): Promise<Map<string, string>> {
  const { rows: created } = await sql<{ id: string; unit_id: string }>`
    insert into assessments (unit_id, period, pack_row_id)
    select * from unnest(${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.period)}::int[], ${rows.map((r) => r.packRowId)}::uuid[])
    returning id, unit_id`.execute(db);
  return new Map(created.map((a) => [a.unit_id, a.id]));
}

/** Values written as version 1 by nobody (see bulkSeedAssessments: no audit, for synthetic data only). */
export async function bulkSeedValues(
  db: Kysely<Database>,
  items: readonly { assessmentId: string; inputId: string; value: InputValueData }[],
): Promise<void> {
  // One statement per 50,000 values: three array parameters whatever the size.
  for (let from = 0; from < items.length; from += 50_000) {
    const batch = items.slice(from, from + 50_000);
    await sql`insert into input_values (assessment_id, input_id, value)
      select a, i, v::jsonb from unnest(
        ${batch.map((x) => x.assessmentId)}::uuid[], ${batch.map((x) => x.inputId)}::text[], ${batch.map((x) => JSON.stringify(x.value))}::text[]
      ) as k(a, i, v)`.execute(db);
  }
}

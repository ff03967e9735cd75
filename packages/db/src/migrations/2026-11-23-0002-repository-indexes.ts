import type { Kysely } from "kysely";

/**
 * What the repositories need beyond the initial schema. Frozen once landed.
 * - The same evidence content for the same indicator is stored once: the unique index lets
 *   concurrent uploads of one file agree on one row (INSERT … ON CONFLICT DO NOTHING).
 * - Indexes for the lists the repositories serve (by assessment, by actor, newest first).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("evidence_files_once")
    .unique()
    .on("evidence_files")
    .columns(["assessment_id", "indicator_code", "sha256"])
    .execute();
  await db.schema.createIndex("score_snapshots_assessment").on("score_snapshots").columns(["assessment_id", "created_at"]).execute();
  await db.schema.createIndex("score_snapshots_period").on("score_snapshots").columns(["period", "created_at"]).execute();
  await db.schema.createIndex("plan_items_assessment").on("plan_items").column("assessment_id").execute();
  await db.schema.createIndex("audit_log_actor").on("audit_log").columns(["actor_id", "id"]).execute();
  await db.schema.createIndex("published_results_import").on("published_results").column("import_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    "published_results_import",
    "audit_log_actor",
    "plan_items_assessment",
    "score_snapshots_period",
    "score_snapshots_assessment",
    "evidence_files_once",
  ])
    await db.schema.dropIndex(index).execute();
}

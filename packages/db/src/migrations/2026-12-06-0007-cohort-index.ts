import type { Kysely } from "kysely";

/**
 * A period's cohort under one pack (computed rankings, min-max references: 3,321 communes after the
 * 2025 reform) is read by (period, pack_row_id); the unique key starts with unit_id and cannot serve
 * it. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("assessments_period_pack").on("assessments").columns(["period", "pack_row_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("assessments_period_pack").execute();
}

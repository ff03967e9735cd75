import type { Kysely } from "kysely";

/**
 * Carry-forward: a value copied from the province's previous assessment (or imported from last
 * year's filled template) remembers the period it came from and stays "to confirm" until someone
 * confirms it or changes it. Frozen once landed.
 * - carried_from_period: the period the value was carried from (kept after it is confirmed; a
 *   change of the value clears it: the value is then the officer's own).
 * - carried_pending: true while the carried value waits for confirmation.
 * - indicator_workflow_status: the inbox lists the returned and submitted indicators of open assessments.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("input_values").addColumn("carried_from_period", "integer").execute();
  await db.schema
    .alterTable("input_values")
    .addColumn("carried_pending", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex("indicator_workflow_status").on("indicator_workflow").columns(["status", "assessment_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("indicator_workflow_status").execute();
  await db.schema.alterTable("input_values").dropColumn("carried_pending").execute();
  await db.schema.alterTable("input_values").dropColumn("carried_from_period").execute();
}

import { sql, type Kysely } from "kysely";

/**
 * Plans that add up (issue 11, item 4). Frozen once landed.
 * - A plan item's target becomes values of the indicator's inputs (`target_inputs`, keyed by input
 *   id): the points it would earn are computed by the pack's rule, never typed.
 * - The old free-text target and typed points stay readable as a legacy note (`target_note`);
 *   typed points are moved into that note and the two old columns dropped (a 10-point indicator
 *   had a 99-point target).
 * - A province's goal for the assessment: a DTI value (0..1) or a rank in the published cohort.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("plan_items").addColumn("target_inputs", "jsonb").execute();
  await db.schema.alterTable("plan_items").addColumn("target_note", "text").execute();
  await sql`
    update plan_items
       set target_note = nullif(concat_ws(' · ', nullif(trim(target_value), ''),
                                 case when target_points is not null
                                      then 'điểm mục tiêu đã nhập tay: ' || target_points::text end), '')
     where target_value is not null or target_points is not null
  `.execute(db);
  await db.schema.alterTable("plan_items").dropColumn("target_value").execute();
  await db.schema.alterTable("plan_items").dropColumn("target_points").execute();
  await db.schema
    .createTable("plan_goals")
    .addColumn("assessment_id", "uuid", (c) => c.primaryKey().references("assessments.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('value', 'rank')`))
    .addColumn("target", "double precision", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("plan_goals").execute();
  await db.schema.alterTable("plan_items").addColumn("target_value", "text").execute();
  await db.schema.alterTable("plan_items").addColumn("target_points", "double precision").execute();
  await sql`update plan_items set target_value = target_note`.execute(db);
  await db.schema.alterTable("plan_items").dropColumn("target_note").execute();
  await db.schema.alterTable("plan_items").dropColumn("target_inputs").execute();
}

import { sql, type Kysely } from "kysely";

/**
 * assessments.values_stamp: raised by every statement that writes the assessment's stored values
 * (insert, update, delete of input_values), by a statement-level trigger, so no writer can forget
 * it. It only grows, so the API can keep a score per (assessment, stamp) and know it is still right
 * by reading one column, without reading the values. Frozen once landed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("assessments")
    .addColumn("values_stamp", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    create function raise_values_stamp() returns trigger language plpgsql as $$
    begin
      update assessments set values_stamp = values_stamp + 1 where id in (select distinct assessment_id from changed);
      return null;
    end
    $$`.execute(db);
  for (const event of ["insert", "update", "delete"] as const) {
    const table = event === "delete" ? sql.raw("old table as changed") : sql.raw("new table as changed");
    await sql`create trigger ${sql.raw(`input_values_stamp_${event}`)} after ${sql.raw(event)} on input_values
      referencing ${table} for each statement execute function raise_values_stamp()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ["insert", "update", "delete"])
    await sql`drop trigger ${sql.raw(`input_values_stamp_${event}`)} on input_values`.execute(db);
  await sql`drop function raise_values_stamp()`.execute(db);
  await db.schema.alterTable("assessments").dropColumn("values_stamp").execute();
}

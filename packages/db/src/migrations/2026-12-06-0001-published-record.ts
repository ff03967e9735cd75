import { sql, type Kysely } from "kysely";

/**
 * The published record as the sources give it. Frozen once landed.
 * - A row may have a rank without a value (`overall` null), or neither (a row kept for its note).
 * - A row is a province (`kind` province, with a unit) or a provincial average (`kind` average, no unit;
 *   at most one per period, pack and cohort).
 * - The cohort it was ranked in as written (`63`, `34`, `63?`) and its size when known; pillar ranks;
 *   the framework decision as written; the name as the source writes it; a note; the source URLs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("published_results")
    .alterColumn("overall", (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable("published_results")
    .alterColumn("unit_id", (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable("published_results")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("province"))
    .addColumn("cohort", "text")
    .addColumn("cohort_size", "integer")
    .addColumn("pillar_ranks", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("framework", "text")
    .addColumn("name_as_published", "text")
    .addColumn("note", "text")
    .addColumn("sources", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .alterTable("published_results")
    .addCheckConstraint(
      "published_kind",
      sql`(kind = 'province' and unit_id is not null) or (kind = 'average' and unit_id is null and rank is null)`,
    )
    .execute();
  await sql`create unique index published_average_once on published_results (period, pack_id, coalesce(cohort, '')) where kind = 'average'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("published_average_once").execute();
  await db.schema.alterTable("published_results").dropConstraint("published_kind").execute();
  await sql`delete from published_results where kind = 'average' or overall is null`.execute(db);
  for (const column of ["sources", "note", "name_as_published", "framework", "pillar_ranks", "cohort_size", "cohort", "kind"])
    await db.schema.alterTable("published_results").dropColumn(column).execute();
  await db.schema
    .alterTable("published_results")
    .alterColumn("unit_id", (c) => c.setNotNull())
    .execute();
  await db.schema
    .alterTable("published_results")
    .alterColumn("overall", (c) => c.setNotNull())
    .execute();
}

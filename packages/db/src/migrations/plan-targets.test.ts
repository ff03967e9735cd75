import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../create-db";
import { createRepositories } from "../repositories/index";
import { migrations } from "./index";

describe("migration 2026-12-06-0006-plan-targets", () => {
  let database: Db | undefined;
  afterAll(() => database?.close());

  it("keeps an old free-text target and its typed points readable as the item's note", async () => {
    database = await createDb({ kind: "pglite-memory" });
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const before = await migrator.migrateTo("2026-11-23-0002-repository-indexes");
    expect(before.error).toBeUndefined();
    await sql`insert into units (id, code, name, short_name, region, valid_from) values ('p-x', '99', 'Tỉnh X', 'X', 'north', '2000-01-01')`.execute(
      db,
    );
    const pack = await sql<{ id: string }>`
      insert into packs (pack_id, version, hash, title_vi, years, coverage, content, source, status)
      values ('p', '1.0.0', 'sha256:x', 'Bộ', '[2022]', 'full', '{}', 'installed', 'active') returning id`.execute(db);
    const assessment = await sql<{ id: string }>`
      insert into assessments (unit_id, period, pack_row_id) values ('p-x', 2022, ${pack.rows[0]!.id}) returning id`.execute(db);
    await sql`
      insert into plan_items (assessment_id, indicator_code, target_value, target_points)
      values (${assessment.rows[0]!.id}, '3.3', '90%', 99), (${assessment.rows[0]!.id}, '1.1', null, null)`.execute(db);
    await database.migrate();
    const items = await createRepositories(db).plans.list(assessment.rows[0]!.id);
    expect(items.map((i) => [i.indicatorCode, i.targetNote, i.targetInputs])).toEqual([
      ["1.1", null, null],
      ["3.3", "90% · điểm mục tiêu đã nhập tay: 99", null],
    ]);
  });
});

import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "./create-db";
import { freshDb, testBackends } from "./testing/index";

describe.each(testBackends())("database on %s", (kind) => {
  const opened: Db[] = [];
  const open = async () => {
    const db = await freshDb(kind);
    opened.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it("migrates a new database and says which back end it is", async () => {
    const { db, kind: actual } = await open();
    expect(actual).toBe(kind);
    const tables = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(
      db,
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(["assessments", "audit_log", "input_values", "packs", "plan_items", "score_snapshots", "users"]),
    );
  });

  it("runs migrations once: a second run does nothing", async () => {
    const database = await open();
    const again = await database.migrate();
    expect(again.results).toEqual([]);
  });

  it("keeps the audit log append-only", async () => {
    const { db } = await open();
    await db
      .insertInto("audit_log")
      .values({ action: "test.write", entity: "thing", entity_id: "1", before: null, after: JSON.stringify({ a: 1 }) })
      .execute();
    await expect(db.updateTable("audit_log").set({ action: "forged" }).execute()).rejects.toThrow(/audit_log rows cannot be update/);
    await expect(db.deleteFrom("audit_log").execute()).rejects.toThrow(/audit_log rows cannot be delete/);
    const rows = await db.selectFrom("audit_log").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toEqual({ a: 1 });
  });

  it("refuses to change a pack once a snapshot pinned it", async () => {
    const { db } = await open();
    const pack = await db
      .insertInto("packs")
      .values({
        pack_id: "p",
        version: "1.0.0",
        hash: "sha256:x",
        title_vi: "Bộ chỉ số",
        years: "[2022]",
        coverage: "full",
        content: "{}",
        source: "installed",
        status: "active",
        uploaded_by: null,
        pinned_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(db.updateTable("packs").set({ content: '{"changed":true}' }).where("id", "=", pack.id).execute()).rejects.toThrow(
      /cannot change/,
    );
    await expect(db.deleteFrom("packs").where("id", "=", pack.id).execute()).rejects.toThrow(/cannot change/);
  });
});

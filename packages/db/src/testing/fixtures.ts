import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../create-db";
import { createRepositories, type Repositories, type RepositoryOptions } from "../repositories/index";
import type { Database } from "../schema";
import { freshDb } from "./backends";
import { SYSTEM_ACTOR, type Actor } from "../repositories/transaction";

/** A short random suffix: tests sharing one database use their own rows. */
export function uniqueId(prefix = "t"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** Minimal pack content with the meta the packs table reads. */
export function testPackContent(packId = uniqueId("pack"), version = "1.0.0") {
  return { meta: { id: packId, version, title: { vi: `Bộ chỉ số ${packId}` }, years: [2022], coverage: "full" }, indicators: [] };
}

/**
 * A unit, an active pack and an open assessment, all new: enough for most repository tests.
 */
export async function seedAssessment(repos: Repositories, options: { period?: number; actor?: Actor } = {}) {
  const actor = options.actor ?? SYSTEM_ACTOR;
  const unitId = uniqueId("unit");
  await repos.units.seed(
    [{ id: unitId, code: unitId, name: `Tỉnh ${unitId}`, shortName: unitId, region: "red-river-delta", validFrom: "2008-08-01" }],
    [],
    actor,
  );
  const content = testPackContent();
  const { pack } = await repos.packs.register(
    { content, hash: `sha256:${uniqueId("hash")}`, source: "installed", status: "active" },
    actor,
  );
  const assessment = await repos.assessments.create({ unitId, period: options.period ?? 2022, packRowId: pack.id }, actor);
  return { unitId, pack, assessment };
}

/**
 * One fresh database and its repositories for a describe block (PGlite costs seconds to create:
 * tests in the block share it and use their own unique ids).
 */
export function useRepositories(
  kind: "pglite" | "postgres",
  options: RepositoryOptions = {},
): { readonly database: Db; readonly repos: Repositories } {
  let database: Db | undefined;
  let repos: Repositories | undefined;
  beforeAll(async () => {
    database = await freshDb(kind);
    repos = createRepositories(database.db, options);
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get database() {
      if (!database) throw new Error("the database is created in beforeAll");
      return database;
    },
    get repos() {
      if (!repos) throw new Error("the repositories are created in beforeAll");
      return repos;
    },
  };
}

/** A user row (the users repository belongs to the API): for tests that check provenance. */
export async function insertTestUser(db: Kysely<Database>): Promise<string> {
  const email = `${uniqueId("user")}@example.test`;
  const row = await db
    .insertInto("users")
    .values({
      email,
      display_name: email,
      password_hash: "not-a-hash",
      role: "national_admin",
      unit_id: null,
      agency: null,
      disabled_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The number of rows in a table: for tests that check a write changed nothing (or exactly so much). */
export async function countRows(database: Pick<Db, "db">, table: keyof Database): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

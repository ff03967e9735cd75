import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../create-db";

/** The back ends every repository test runs against: embedded PGlite, and the real server when there is one. */
export function testBackends(): ("pglite" | "postgres")[] {
  return inject("postgresUrl") ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database on the given back end: PGlite in memory, or a new database on the
 * shared test server (so tests never see each other's rows).
 */
export async function freshDb(kind: "pglite" | "postgres"): Promise<Db & { url?: string }> {
  if (kind === "pglite") {
    const db = await createDb({ kind: "pglite-memory" });
    await db.migrate();
    return db;
  }
  const url = await freshDatabaseUrl();
  const db = await createDb({ kind: "postgres", connectionString: url, poolSize: 5 });
  await db.migrate();
  return Object.assign(db, { url });
}

/** CREATE DATABASE on the shared test server; returns its URL. */
export async function freshDatabaseUrl(): Promise<string> {
  const serverUrl = inject("postgresUrl");
  if (!serverUrl) throw new Error("no PostgreSQL server for this test run");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

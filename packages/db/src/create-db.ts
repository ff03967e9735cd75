import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { Migrator, type MigrationResultSet } from "kysely/migration";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import { migrations } from "./migrations/index";
import type { Database } from "./schema";
import { trackPool } from "./pool-stats";

/**
 * Where the data lives: embedded PGlite in a directory (the default: nothing to install), PGlite in
 * memory (tests), or a real PostgreSQL server (whenever DATABASE_URL is set).
 */
export type DbConfig =
  { kind: "pglite"; dataDir: string } | { kind: "pglite-memory" } | { kind: "postgres"; connectionString: string; poolSize?: number };

export interface Db {
  db: Kysely<Database>;
  kind: "pglite" | "postgres";
  /** Runs pending migrations; safe to call on every start. */
  migrate(): Promise<MigrationResultSet>;
  close(): Promise<void>;
}

/** The configuration the environment asks for: DATABASE_URL, else PGlite in `defaultDataDir`. */
export function configFromEnv(env: NodeJS.ProcessEnv, defaultDataDir: string): DbConfig {
  const url = env.DATABASE_URL?.trim();
  return url ? { kind: "postgres", connectionString: url } : { kind: "pglite", dataDir: defaultDataDir };
}

// PostgreSQL returns bigint and numeric as strings by default; our bigints (audit ids) fit in JS numbers.
pg.types.setTypeParser(20, (v) => Number(v));

export async function createDb(config: DbConfig): Promise<Db> {
  let db: Kysely<Database>;
  let kind: Db["kind"];
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: config.poolSize ?? 10 });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kind = "postgres";
    trackPool(db, pool);
  } else {
    if (config.kind === "pglite") mkdirSync(config.dataDir, { recursive: true });
    const client = config.kind === "pglite" ? await PGlite.create(config.dataDir) : await PGlite.create();
    db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    kind = "pglite";
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return {
    db,
    kind,
    async migrate() {
      const result = await migrator.migrateToLatest();
      if (result.error) throw result.error;
      return result;
    },
    close: () => db.destroy(),
  };
}

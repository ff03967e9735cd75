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

export interface CreateDbOptions {
  /**
   * Told about a pooled connection the server closed or broke (a restart, pg_terminate_backend): the
   * connection is dropped from the pool and the next query opens a new one. Default: one line on
   * stderr.
   */
  onConnectionError?: (error: Error) => void;
}

const warnConnectionError = (error: Error) => console.warn(`database connection lost: ${error.message}`);

/**
 * A pool that survives its server: without an 'error' listener, a pooled connection that the server
 * terminates (pg_terminate_backend, `pg_ctl stop`, a failover) raises an unhandled 'error' event
 * and kills the process. Here the pool and every client have a listener; pg-pool then drops the
 * broken connection, and the queries running on it fail with an error coded UNAVAILABLE.
 */
export function createPool(connectionString: string, poolSize = 10, options: CreateDbOptions = {}): pg.Pool {
  const onError = options.onConnectionError ?? warnConnectionError;
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // A server that does not answer (rather than refusing) must not hold requests forever.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  });
  pool.on("error", (error) => onError(error));
  // A client checked out but between queries (inside a transaction) has no pool listener.
  pool.on("connect", (client) => void client.on("error", () => undefined));
  return pool;
}

export async function createDb(config: DbConfig, options: CreateDbOptions = {}): Promise<Db> {
  let db: Kysely<Database>;
  let kind: Db["kind"];
  if (config.kind === "postgres") {
    const pool = createPool(config.connectionString, config.poolSize, options);
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

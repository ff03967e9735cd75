import type pg from "pg";

/**
 * The connection pool behind a database, for metrics: how many connections are open, idle, and how
 * many queries wait for one. PostgreSQL only (pg.Pool); the embedded PGlite is one connection in
 * the process, reported as one open connection.
 */
export interface PoolStats {
  kind: "postgres" | "pglite";
  total: number;
  idle: number;
  waiting: number;
  max: number | null;
}

const pools = new WeakMap<object, pg.Pool>();

/** Remembers the pool of a Kysely instance (called by createDb). */
export function trackPool(db: object, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** The pool's counts now, for a Kysely instance made by createDb. */
export function poolStats(db: object): PoolStats {
  const pool = pools.get(db);
  if (!pool) return { kind: "pglite", total: 1, idle: 0, waiting: 0, max: 1 };
  return { kind: "postgres", total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? null };
}

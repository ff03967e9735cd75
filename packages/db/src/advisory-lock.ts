import { sql } from "kysely";
import type { Db } from "./create-db";

/**
 * Runs `work` while holding a PostgreSQL session advisory lock named `name`, so that processes
 * starting together (API replicas) do it one after another: the first migrates and seeds, the others
 * wait, then find it done (every start-up step is idempotent). The lock is held by one pooled
 * connection kept aside for the duration; `work` uses the pool as usual. The embedded PGlite serves one
 * process: no lock is needed.
 */
export async function withAdvisoryLock<T>(database: Db, name: string, work: () => Promise<T>): Promise<T> {
  if (database.kind !== "postgres") return work();
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}

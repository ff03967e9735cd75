import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";

/** Whether the database answers: the health route's check. */
export function createHealthRepository(db: Kysely<Database>) {
  return {
    /** Resolves when the database answers a trivial query; rejects otherwise. */
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
  };
}

export type HealthRepository = ReturnType<typeof createHealthRepository>;

import type { Kysely, Transaction } from "kysely";
import { toDbError } from "../errors";
import type { Database } from "../schema";

/** Who makes a change: a user's id, or null for the system (start-up seeding, installed packs). */
export interface Actor {
  userId: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: null });

export type Trx = Transaction<Database>;

/**
 * Runs a write in one transaction: the caller's when it passes one (so a service can compose
 * several writes atomically), else a new one. Database errors come out coded (see toDbError).
 */
export async function inTransaction<T>(db: Kysely<Database>, trx: Trx | undefined, fn: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return trx ? await fn(trx) : await db.transaction().execute(fn);
  } catch (error) {
    throw toDbError(error);
  }
}

/** Runs a read, coding database errors. */
export async function reading<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toDbError(error);
  }
}

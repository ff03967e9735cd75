import type { Kysely, Transaction } from "kysely";
import { isConnectionError, toDbError } from "../errors";
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

/** Delays between the attempts of a read whose connection failed (three attempts in all, ~0.35 s). */
export const READ_RETRY_DELAYS_MS: readonly number[] = [100, 250];

/**
 * Runs a read, coding database errors. A read outside a transaction is idempotent, so when it
 * failed because the connection was lost or refused (a restarted server, a terminated pooled
 * connection) it is tried again, twice, after a short pause; any other error, and any read inside
 * the caller's transaction (`trx`: its connection is gone with it), fails at once.
 */
export async function reading<T>(fn: () => Promise<T>, trx?: Trx): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      const delay = READ_RETRY_DELAYS_MS[attempt];
      if (trx !== undefined || delay === undefined || !isConnectionError(error)) throw toDbError(error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Runs one write outside a transaction, coding database errors; never retried (it may have happened). */
export async function writing<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toDbError(error);
  }
}

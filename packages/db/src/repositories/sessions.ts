import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { reading, writing, type Trx } from "./transaction";
import { toStoredUser, type StoredUser } from "./users";

/**
 * Sign-in sessions. The id is whatever the API stores (sha256 of the cookie's token: the token itself
 * never reaches the database). Sessions are not audited.
 */
export interface StoredSession {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionsOptions {
  /**
   * How long a session read may be reused by this process, in ms (0, the default: never). Every
   * authenticated request reads its session; reusing the read for a few seconds saves a query per
   * request. Closing a session or all of an account's sessions (sign-out, account disabled,
   * password changed) through this repository forgets it here at once; another process reading
   * the same database honours it within cacheMs.
   */
  cacheMs?: number;
  /** Sessions kept at most (the oldest read is dropped first). */
  cacheSize?: number;
}

type Found = { session: StoredSession; user: StoredUser };

export function createSessionsRepository(db: Kysely<Database>, options: SessionsOptions = {}) {
  const cacheMs = options.cacheMs ?? 0;
  const cacheSize = options.cacheSize ?? 10_000;
  const cache = new Map<string, { found: Found; readAt: number }>();
  const forgetUser = (userId: string) => {
    for (const [id, entry] of cache) if (entry.found.user.id === userId) cache.delete(id);
  };
  const findUncached = (id: string): Promise<Found | undefined> =>
    reading(async () => {
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select([
          "sessions.id as session_id",
          "sessions.csrf_token",
          "sessions.expires_at",
          "users.id",
          "users.email",
          "users.display_name",
          "users.role",
          "users.unit_id",
          "users.agency",
          "users.is_demo",
          "users.created_at",
          "users.disabled_at",
        ])
        .where("sessions.id", "=", id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        session: { id: row.session_id, userId: row.id, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) },
        user: toStoredUser(row),
      };
    });

  return {
    async create(session: StoredSession, trx?: Trx): Promise<void> {
      await writing(() =>
        (trx ?? db)
          .insertInto("sessions")
          .values({ id: session.id, user_id: session.userId, csrf_token: session.csrfToken, expires_at: session.expiresAt })
          .execute(),
      );
    },

    /** The session and its account (disabled or not: the caller decides), or undefined. */
    async findWithUser(id: string): Promise<Found | undefined> {
      if (cacheMs <= 0) return findUncached(id);
      const now = Date.now();
      const kept = cache.get(id);
      if (kept && now - kept.readAt < cacheMs) return kept.found;
      const found = await findUncached(id);
      cache.delete(id);
      if (found) {
        cache.set(id, { found, readAt: now });
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      }
      return found;
    },

    /** Moves the expiry (a session used again slides). */
    async setExpiry(id: string, expiresAt: Date): Promise<void> {
      await writing(() => db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute());
      const kept = cache.get(id);
      if (kept) kept.found = { ...kept.found, session: { ...kept.found.session, expiresAt } };
    },

    async delete(id: string, trx?: Trx): Promise<void> {
      cache.delete(id);
      await writing(() => (trx ?? db).deleteFrom("sessions").where("id", "=", id).execute());
    },

    /** Closes every session of an account (disabled, or its password changed). */
    async deleteOfUser(userId: string, trx?: Trx): Promise<void> {
      forgetUser(userId);
      await writing(() => (trx ?? db).deleteFrom("sessions").where("user_id", "=", userId).execute());
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;

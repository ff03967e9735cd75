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

export function createSessionsRepository(db: Kysely<Database>) {
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
    async findWithUser(id: string): Promise<{ session: StoredSession; user: StoredUser } | undefined> {
      return reading(async () => {
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
    },

    /** Moves the expiry (a session used again slides). */
    async setExpiry(id: string, expiresAt: Date): Promise<void> {
      await writing(() => db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute());
    },

    async delete(id: string, trx?: Trx): Promise<void> {
      await writing(() => (trx ?? db).deleteFrom("sessions").where("id", "=", id).execute());
    },

    /** Closes every session of an account (disabled, or its password changed). */
    async deleteOfUser(userId: string, trx?: Trx): Promise<void> {
      await writing(() => (trx ?? db).deleteFrom("sessions").where("user_id", "=", userId).execute());
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;

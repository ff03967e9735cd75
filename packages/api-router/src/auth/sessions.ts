import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "@dti/db";
import type { Kysely } from "kysely";
import { toSessionUser, type SessionUser } from "./users";

/**
 * Sessions live in the database, so any API process can check any session. The token itself only
 * ever lives in the browser's httpOnly cookie; the table keeps sha256(token), so a leaked table
 * opens no session. Expiry slides: 12 hours after the last use.
 */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Extending the expiry writes to the database; do it at most once a minute per session. */
const SLIDE_AFTER_MS = 60 * 1000;

export const SESSION_COOKIE = "dti_session";

export interface Session {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now = new Date(),
): Promise<{ token: string; session: Omit<Session, "user"> }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto("sessions")
    .values({ id: sessionIdOf(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, session: { id: sessionIdOf(token), csrfToken, expiresAt } };
}

/**
 * The session a cookie's token opens, or undefined (unknown, expired, or its user disabled). A
 * session used after more than a minute is extended to 12 hours from now.
 */
export async function resumeSession(db: Kysely<Database>, token: string | undefined, now = new Date()): Promise<Session | undefined> {
  if (!token || token.length > 200) return undefined;
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id",
      "sessions.csrf_token",
      "sessions.expires_at",
      "users.id as user_id",
      "users.email",
      "users.display_name",
      "users.role",
      "users.unit_id",
      "users.agency",
      "users.is_demo",
      "users.disabled_at",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row || row.disabled_at !== null) return undefined;
  const expiresAt = new Date(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return undefined;
  }
  let current = expiresAt;
  if (SESSION_TTL_MS - (expiresAt.getTime() - now.getTime()) > SLIDE_AFTER_MS) {
    current = new Date(now.getTime() + SESSION_TTL_MS);
    await db.updateTable("sessions").set({ expires_at: current }).where("id", "=", id).execute();
  }
  return {
    id,
    csrfToken: row.csrf_token,
    expiresAt: current,
    user: toSessionUser({ ...row, id: row.user_id }),
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

/** Constant-time check of the x-csrf-token header against the session's token. */
export function csrfMatches(session: Pick<Session, "csrfToken">, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { SessionsRepository } from "@dti/db";
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
  /** The expiry was just moved (at most once a minute): the cookie must follow it. */
  renewed?: boolean;
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  sessions: SessionsRepository,
  userId: string,
  now = new Date(),
): Promise<{ token: string; session: Omit<Session, "user"> }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await sessions.create({ id: sessionIdOf(token), userId, csrfToken, expiresAt });
  return { token, session: { id: sessionIdOf(token), csrfToken, expiresAt } };
}

/**
 * The session a cookie's token opens, or undefined (unknown, expired, or its user disabled). A
 * session used after more than a minute is extended to 12 hours from now.
 */
export async function resumeSession(
  sessions: SessionsRepository,
  token: string | undefined,
  now = new Date(),
): Promise<Session | undefined> {
  if (!token || token.length > 200) return undefined;
  const id = sessionIdOf(token);
  const found = await sessions.findWithUser(id);
  if (!found || found.user.disabledAt !== null) return undefined;
  const expiresAt = found.session.expiresAt;
  if (expiresAt.getTime() <= now.getTime()) {
    await sessions.delete(id);
    return undefined;
  }
  let current = expiresAt;
  let renewed = false;
  if (SESSION_TTL_MS - (expiresAt.getTime() - now.getTime()) > SLIDE_AFTER_MS) {
    current = new Date(now.getTime() + SESSION_TTL_MS);
    await sessions.setExpiry(id, current);
    renewed = true;
  }
  return { id, csrfToken: found.session.csrfToken, expiresAt: current, user: toSessionUser(found.user), renewed };
}

/** Constant-time check of the x-csrf-token header against the session's token. */
export function csrfMatches(session: Pick<Session, "csrfToken">, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

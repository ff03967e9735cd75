import type { Database } from "@dti/db";
import type { Kysely } from "kysely";
import { ApiError } from "../errors";
import { decoyHash, verifyPassword } from "./password";
import { assertNotRateLimited, DEFAULT_RATE_LIMITS, recordLoginAttempt, type RateLimits } from "./rate-limit";
import { createSession } from "./sessions";
import { findActiveUserByEmail, normalizeEmail, toSessionUser, type SessionUser } from "./users";

export interface LoginResult {
  user: SessionUser;
  /** Goes into the httpOnly cookie, nowhere else. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Checks the throttle, then the password (a decoy hash is verified for unknown e-mails, so timing
 * does not tell which accounts exist), records the attempt, and opens a session.
 */
export async function login(
  db: Kysely<Database>,
  input: { email: string; password: string; ip: string },
  limits: RateLimits = DEFAULT_RATE_LIMITS,
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  await assertNotRateLimited(db, email, input.ip, limits);
  const user = await findActiveUserByEmail(db, email);
  const ok = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
  await recordLoginAttempt(db, email, input.ip, ok && user !== undefined);
  if (!ok || !user) throw new ApiError("LOGIN_FAILED", "wrong e-mail or password");
  const { token, session } = await createSession(db, user.id);
  return { user: toSessionUser(user), token, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

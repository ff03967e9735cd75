import type { Repositories } from "@dti/db";
import { ApiError } from "../errors";
import { decoyHash, verifyPassword } from "./password";
import { DEFAULT_RATE_LIMITS, reserveAttempt, type RateLimits } from "./rate-limit";
import { createSession } from "./sessions";
import { normalizeEmail, toSessionUser, type SessionUser } from "./users";

export interface LoginResult {
  user: SessionUser;
  /** Goes into the httpOnly cookie, nowhere else. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Reserves the attempt under the throttle (counted and recorded atomically: concurrent or batched
 * attempts cannot exceed the limit), then checks the password (a decoy hash is verified for unknown
 * e-mails, so timing does not tell which accounts exist), marks the attempt succeeded when it was
 * right, and opens a session.
 */
export async function login(
  repos: Pick<Repositories, "users" | "sessions" | "loginAttempts">,
  input: { email: string; password: string; ip: string },
  limits: RateLimits = DEFAULT_RATE_LIMITS,
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const attemptId = await reserveAttempt(repos.loginAttempts, email, input.ip, limits);
  const user = await repos.users.findForSignIn(email);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!ok || !user) throw new ApiError("LOGIN_FAILED", "wrong e-mail or password");
  await repos.loginAttempts.succeeded(attemptId);
  const { token, session } = await createSession(repos.sessions, user.id);
  return { user: toSessionUser(user), token, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

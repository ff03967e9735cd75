import type { LoginAttemptsRepository, RecentFailures } from "@dti/db";
import { ApiError } from "../errors";

/**
 * Sign-in throttling from the login_attempts table, so it holds across API processes: after
 * `perEmail` failures for one e-mail, or `perIp` failures from one address, within the window,
 * further attempts are refused with RATE_LIMITED until the oldest failure leaves the window.
 * Wrong current passwords given to `auth.changePassword` count the same way (by the account's e-mail).
 * The per-address limit is higher because a province's offices often share one address.
 */
export interface RateLimits {
  perEmail: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 };

/**
 * Reserves one password check: atomically counts the recent failures for the e-mail and the
 * address and records this attempt as failed (`@dti/db` loginAttempts.reserve), so that N
 * concurrent attempts — or N calls in one batched tRPC request — can never check more passwords
 * than the limit allows. Returns the attempt's id (mark it succeeded when the password is right);
 * past a limit nothing is checked and RATE_LIMITED (429, Retry-After) is thrown.
 */
export async function reserveAttempt(
  attempts: LoginAttemptsRepository,
  email: string,
  ip: string,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  now = new Date(),
): Promise<string> {
  const since = new Date(now.getTime() - limits.windowMs);
  const reservation = await attempts.reserve({ email, ip, since, perEmail: limits.perEmail, perIp: limits.perIp });
  if (reservation.allowed) return reservation.id;
  throw rateLimited(reservation.failures, limits, now);
}

function rateLimited(failures: RecentFailures, limits: RateLimits, now: Date): ApiError {
  const { byEmail, oldestByEmail, oldestByIp } = failures;
  const byAccount = byEmail >= limits.perEmail;
  const blocked = (byAccount ? oldestByEmail : oldestByIp) ?? now;
  const retryAfterSeconds = Math.max(1, Math.ceil((blocked.getTime() + limits.windowMs - now.getTime()) / 1000));
  return new ApiError(
    "RATE_LIMITED",
    `too many failed attempts ${byAccount ? "for this account" : "from this address"}; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    { details: { retryAfterSeconds } },
  );
}

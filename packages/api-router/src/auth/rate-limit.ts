import type { LoginAttemptsRepository } from "@dti/db";
import { ApiError } from "../errors";

/**
 * Sign-in throttling from the login_attempts table, so it holds across API processes: after
 * `perEmail` failures for one e-mail, or `perIp` failures from one address, within the window,
 * further attempts are refused with RATE_LIMITED until the oldest failure leaves the window.
 * The per-address limit is higher because a province's offices often share one address.
 */
export interface RateLimits {
  perEmail: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 };

export async function assertNotRateLimited(
  attempts: LoginAttemptsRepository,
  email: string,
  ip: string,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - limits.windowMs);
  const { byEmail, byIp, oldestByEmail, oldestByIp } = await attempts.failuresSince({ email, ip, since });
  const blocked = byEmail >= limits.perEmail ? oldestByEmail : byIp >= limits.perIp ? oldestByIp : null;
  if (blocked === null) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((blocked.getTime() + limits.windowMs - now.getTime()) / 1000));
  throw new ApiError(
    "RATE_LIMITED",
    `too many failed sign-ins ${byEmail >= limits.perEmail ? "for this e-mail" : "from this address"}; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    {
      details: { retryAfterSeconds },
    },
  );
}

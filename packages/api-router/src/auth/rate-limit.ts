import type { Database } from "@dti/db";
import { sql, type Kysely } from "kysely";
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
  db: Kysely<Database>,
  email: string,
  ip: string,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - limits.windowMs);
  const row = await db
    .selectFrom("login_attempts")
    .select([
      sql<number>`count(*) filter (where email = ${email})`.as("by_email"),
      sql<number>`count(*) filter (where ip = ${ip})`.as("by_ip"),
      sql<Date | null>`min(at) filter (where email = ${email})`.as("oldest_email"),
      sql<Date | null>`min(at) filter (where ip = ${ip})`.as("oldest_ip"),
    ])
    .where("succeeded", "=", false)
    .where("at", ">", since)
    .where((eb) => eb.or([eb("email", "=", email), eb("ip", "=", ip)]))
    .executeTakeFirstOrThrow();
  const byEmail = Number(row.by_email);
  const byIp = Number(row.by_ip);
  const blocked = byEmail >= limits.perEmail ? row.oldest_email : byIp >= limits.perIp ? row.oldest_ip : null;
  if (blocked === null) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((new Date(blocked).getTime() + limits.windowMs - now.getTime()) / 1000));
  throw new ApiError(
    "RATE_LIMITED",
    `too many failed sign-ins ${byEmail >= limits.perEmail ? "for this e-mail" : "from this address"}; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
    {
      details: { retryAfterSeconds },
    },
  );
}

export async function recordLoginAttempt(db: Kysely<Database>, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insertInto("login_attempts").values({ email, ip, succeeded }).execute();
}

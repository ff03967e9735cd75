import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { reading } from "./transaction";

/** Failed sign-ins within a window, by e-mail and by address, with the oldest of each (when the block lifts). */
export interface RecentFailures {
  byEmail: number;
  byIp: number;
  oldestByEmail: Date | null;
  oldestByIp: Date | null;
}

/** Sign-in attempts, kept in the database so throttling holds across API processes. */
export function createLoginAttemptsRepository(db: Kysely<Database>) {
  return {
    async record(attempt: { email: string; ip: string; succeeded: boolean }): Promise<void> {
      await reading(() => db.insertInto("login_attempts").values(attempt).execute());
    },

    /** Failed attempts after `since` for this e-mail or from this address. */
    async failuresSince(query: { email: string; ip: string; since: Date }): Promise<RecentFailures> {
      const { email, ip, since } = query;
      return reading(async () => {
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
        return {
          byEmail: Number(row.by_email),
          byIp: Number(row.by_ip),
          oldestByEmail: row.oldest_email === null ? null : new Date(row.oldest_email),
          oldestByIp: row.oldest_ip === null ? null : new Date(row.oldest_ip),
        };
      });
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;

import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { inTransaction, reading, writing, type Trx } from "./transaction";

/** Failed sign-ins within a window, by e-mail and by address, with the oldest of each (when the block lifts). */
export interface RecentFailures {
  byEmail: number;
  byIp: number;
  oldestByEmail: Date | null;
  oldestByIp: Date | null;
}

/** What `reserve` answers: go ahead (the attempt is recorded as failed until `succeeded`), or not. */
export type Reservation = { allowed: true; id: string } | { allowed: false; failures: RecentFailures };

/** Sign-in attempts, kept in the database so throttling holds across API processes. */
export function createLoginAttemptsRepository(db: Kysely<Database>) {
  async function failures(executor: Kysely<Database> | Trx, query: { email: string; ip: string; since: Date }): Promise<RecentFailures> {
    const { email, ip, since } = query;
    const row = await executor
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
  }

  return {
    async record(attempt: { email: string; ip: string; succeeded: boolean }): Promise<void> {
      await writing(() => db.insertInto("login_attempts").values(attempt).execute());
    },

    /**
     * Counts and records in one step, so that concurrent attempts cannot all pass a check made
     * before any of them is recorded: under transaction-scoped advisory locks on the e-mail and on
     * the address (taken in that order, by every caller: no deadlock), the failures since `since`
     * are counted; below both limits the attempt is inserted as failed — it counts against the
     * limits from this moment — and its id returned (`succeeded(id)` turns it into a success once
     * the password is verified); at a limit nothing is recorded and the counts are returned. On
     * PGlite (one connection) the transaction alone serialises.
     */
    async reserve(attempt: { email: string; ip: string; since: Date; perEmail: number; perIp: number }): Promise<Reservation> {
      const { email, ip, since } = attempt;
      return inTransaction(db, undefined, async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${`login:email:${email}`}, 0))`.execute(trx);
        await sql`select pg_advisory_xact_lock(hashtextextended(${`login:ip:${ip}`}, 0))`.execute(trx);
        const found = await failures(trx, { email, ip, since });
        if (found.byEmail >= attempt.perEmail || found.byIp >= attempt.perIp) return { allowed: false, failures: found };
        const row = await trx
          .insertInto("login_attempts")
          .values({ email, ip, succeeded: false })
          .returning("id")
          .executeTakeFirstOrThrow();
        return { allowed: true, id: row.id };
      });
    },

    /** The reserved attempt `id` succeeded (the password was right). */
    async succeeded(id: string): Promise<void> {
      await writing(() => db.updateTable("login_attempts").set({ succeeded: true }).where("id", "=", id).execute());
    },

    /** Failed attempts after `since` for this e-mail or from this address. */
    async failuresSince(query: { email: string; ip: string; since: Date }): Promise<RecentFailures> {
      return reading(() => failures(db, query));
    },
  };
}

export type LoginAttemptsRepository = ReturnType<typeof createLoginAttemptsRepository>;

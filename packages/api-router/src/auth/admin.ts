import type { Database } from "@dti/db";
import type { Kysely } from "kysely";
import { hasNationalAdmin, insertUser, toSessionUser, type SessionUser } from "./users";

/**
 * The first national admin (there is no default password): `pnpm dti admin create`, or the
 * DTI_ADMIN_EMAIL / DTI_ADMIN_PASSWORD variables on start. The password policy applies
 * (PASSWORD_WEAK); an e-mail already used is ALREADY_EXISTS. Recorded in the audit log.
 */
export async function createAdmin(db: Kysely<Database>, input: { email: string; password: string; name: string }): Promise<SessionUser> {
  return db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, { ...input, role: "national_admin" });
    await trx
      .insertInto("audit_log")
      .values({
        actor_id: null,
        action: "user.create",
        entity: "user",
        entity_id: row.id,
        before: null,
        after: JSON.stringify({ email: row.email, role: row.role, unitId: null, agency: null }),
      })
      .execute();
    return toSessionUser(row);
  });
}

/**
 * On start: when no national admin exists and both variables are set, creates one. Returns what it
 * did, for the start-up log. Never overwrites an existing account.
 */
export async function ensureAdminFromEnv(db: Kysely<Database>, env: NodeJS.ProcessEnv): Promise<"created" | "exists" | "not_configured"> {
  if (await hasNationalAdmin(db)) return "exists";
  const email = env.DTI_ADMIN_EMAIL?.trim();
  const password = env.DTI_ADMIN_PASSWORD;
  if (!email || !password) return "not_configured";
  await createAdmin(db, { email, password, name: env.DTI_ADMIN_NAME?.trim() || "Quản trị viên" });
  return "created";
}

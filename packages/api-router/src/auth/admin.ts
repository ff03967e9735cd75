import { SYSTEM_ACTOR, type Repositories } from "@dti/db";
import { insertUser, toSessionUser, type SessionUser } from "./users";

/**
 * The first national admin (there is no default password): `pnpm admin:create` (the API app's own
 * command), or the DTI_ADMIN_EMAIL / DTI_ADMIN_PASSWORD variables on start. The password policy
 * applies (PASSWORD_WEAK); an e-mail already used is ALREADY_EXISTS. Recorded in the audit log.
 */
export async function createAdmin(repos: Repositories, input: { email: string; password: string; name: string }): Promise<SessionUser> {
  return toSessionUser(await insertUser(repos, { ...input, role: "national_admin" }, { actor: SYSTEM_ACTOR }));
}

/**
 * On start: when no national admin exists and both variables are set, creates one. Returns what it
 * did, for the start-up log. Never overwrites an existing account.
 */
export async function ensureAdminFromEnv(repos: Repositories, env: NodeJS.ProcessEnv): Promise<"created" | "exists" | "not_configured"> {
  if (await repos.users.hasActiveNationalAdmin()) return "exists";
  const email = env.DTI_ADMIN_EMAIL?.trim();
  const password = env.DTI_ADMIN_PASSWORD;
  if (!email || !password) return "not_configured";
  await createAdmin(repos, { email, password, name: env.DTI_ADMIN_NAME?.trim() || "Quản trị viên" });
  return "created";
}

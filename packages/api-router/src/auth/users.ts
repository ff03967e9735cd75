import type { Role } from "@dti/contracts/enums";
import type { Actor, NewUserRow, Repositories, StoredUser, Trx } from "@dti/db";
import { ApiError } from "../errors";
import { assertPasswordPolicy, hashPassword } from "./password";

/** The signed-in user as every procedure sees it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** The province of a province admin, agency contributor or viewer; null for a national admin. */
  unitId: string | null;
  /** The agency of an agency contributor (an agency code of the pack, e.g. "Sở TTTT"). */
  agency: string | null;
  isDemo: boolean;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toSessionUser(
  user: Pick<StoredUser, "id" | "email" | "displayName" | "role" | "unitId" | "agency" | "isDemo">,
): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    agency: user.agency,
    isDemo: user.isDemo,
  };
}

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  unitId?: string | null;
  agency?: string | null;
  isDemo?: boolean;
}

/** The scope a role needs: national admins have no province; everyone else has one; contributors an agency. */
export function scopeProblems(user: Pick<NewUser, "role" | "unitId" | "agency">): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (user.role === "national_admin" && user.unitId) problems.push({ path: "unitId", message: "a national admin has no province" });
  if (user.role !== "national_admin" && !user.unitId)
    problems.push({ path: "unitId", message: `a ${user.role} belongs to one province: give its unit id` });
  if (user.role === "agency_contributor" && !user.agency)
    problems.push({ path: "agency", message: "an agency contributor needs its agency" });
  if (user.role !== "agency_contributor" && user.agency)
    problems.push({ path: "agency", message: "only an agency contributor has an agency" });
  return problems;
}

/**
 * Checks a new account (password policy, the scope of its role, its province, its e-mail not used
 * yet) and stores it with its password hashed. With an actor, the creation is recorded in the audit
 * log (in `trx` when given, so it commits with the caller's other writes); without one it is a
 * seeded account (demo mode, tests), as before.
 */
export async function insertUser(
  repos: Pick<Repositories, "users" | "units">,
  user: NewUser,
  options: { actor?: Actor; trx?: Trx } = {},
): Promise<StoredUser> {
  assertPasswordPolicy(user.password);
  const scope = scopeProblems(user);
  if (scope.length > 0) throw new ApiError("VALIDATION_FAILED", scope.map((p) => p.message).join("; "), { fields: scope });
  const email = normalizeEmail(user.email);
  if (user.unitId && (await repos.units.byIds([user.unitId])).length === 0)
    throw new ApiError("UNIT_UNKNOWN", `no unit ${user.unitId}`, { fields: [{ path: "unitId", message: `no unit ${user.unitId}` }] });
  if (await repos.users.findByEmail(email))
    throw new ApiError("ALREADY_EXISTS", `a user with e-mail ${email} already exists`, {
      fields: [{ path: "email", message: "already used" }],
    });
  const row: NewUserRow = {
    email,
    displayName: user.name.trim(),
    passwordHash: await hashPassword(user.password),
    role: user.role,
    unitId: user.unitId ?? null,
    agency: user.agency ?? null,
    isDemo: user.isDemo ?? false,
  };
  return options.actor ? repos.users.create(row, options.actor, options.trx) : repos.users.seed(row);
}

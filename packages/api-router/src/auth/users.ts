import type { Database, Role } from "@dti/db";
import type { Kysely, Selectable } from "kysely";
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

export type UserRow = Selectable<Database["users"]>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toSessionUser(
  row: Pick<UserRow, "id" | "email" | "display_name" | "role" | "unit_id" | "agency" | "is_demo">,
): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    agency: row.agency,
    isDemo: row.is_demo,
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

export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<UserRow> {
  assertPasswordPolicy(user.password);
  const scope = scopeProblems(user);
  if (scope.length > 0) throw new ApiError("VALIDATION_FAILED", scope.map((p) => p.message).join("; "), { fields: scope });
  const email = normalizeEmail(user.email);
  if (user.unitId) {
    const unit = await db.selectFrom("units").select("id").where("id", "=", user.unitId).executeTakeFirst();
    if (!unit)
      throw new ApiError("UNIT_UNKNOWN", `no unit ${user.unitId}`, { fields: [{ path: "unitId", message: `no unit ${user.unitId}` }] });
  }
  const existing = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
  if (existing)
    throw new ApiError("ALREADY_EXISTS", `a user with e-mail ${email} already exists`, {
      fields: [{ path: "email", message: "already used" }],
    });
  return db
    .insertInto("users")
    .values({
      email,
      display_name: user.name.trim(),
      password_hash: await hashPassword(user.password),
      role: user.role,
      unit_id: user.unitId ?? null,
      agency: user.agency ?? null,
      is_demo: user.isDemo ?? false,
      disabled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findActiveUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).where("disabled_at", "is", null).executeTakeFirst();
}

export async function hasNationalAdmin(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "national_admin")
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

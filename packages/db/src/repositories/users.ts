import type { Kysely, Selectable } from "kysely";
import type { Database, Role, UsersTable } from "../schema";
import { appendAudit } from "./audit-entry";
import { isUuid } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

/** An account as the API sees it (never its password hash, except from `findForSignIn`). */
export interface StoredUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** The province of a province admin, agency contributor or viewer; null for a national admin. */
  unitId: string | null;
  /** The agency of an agency contributor (e.g. "Sở TTTT"). */
  agency: string | null;
  isDemo: boolean;
  createdAt: Date;
  disabledAt: Date | null;
}

/**
 * A new account, already checked by the API (password policy, scope of the role, unit, e-mail
 * normalised) and with its password already hashed: the repository stores what it is given.
 */
export interface NewUserRow {
  email: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: string | null;
  agency: string | null;
  isDemo?: boolean;
}

const COLUMNS = ["id", "email", "display_name", "role", "unit_id", "agency", "is_demo", "created_at", "disabled_at"] as const;

export function toStoredUser(row: Omit<Selectable<UsersTable>, "password_hash">): StoredUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    agency: row.agency,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

async function insert(trx: Kysely<Database>, user: NewUserRow): Promise<StoredUser> {
  const row = await trx
    .insertInto("users")
    .values({
      email: user.email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      unit_id: user.unitId,
      agency: user.agency,
      is_demo: user.isDemo ?? false,
      disabled_at: null,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toStoredUser(row);
}

/** Accounts. Creating, disabling and changing a password are recorded in the audit log; reads are not. */
export function createUsersRepository(db: Kysely<Database>) {
  return {
    /** Creates an account and records "user.create" (an e-mail already used is ALREADY_EXISTS). */
    async create(user: NewUserRow, actor: Actor, trx?: Trx): Promise<StoredUser> {
      return inTransaction(db, trx, async (trx) => {
        const created = await insert(trx, user);
        await appendAudit(trx, actor, {
          action: "user.create",
          entity: "user",
          entityId: created.id,
          after: { email: created.email, role: created.role, unitId: created.unitId, agency: created.agency },
        });
        return created;
      });
    },

    /** An account seeded by the demo mode or a test fixture: not recorded in the audit log. */
    async seed(user: NewUserRow): Promise<StoredUser> {
      return inTransaction(db, undefined, (trx) => insert(trx, user));
    },

    async find(id: string): Promise<StoredUser | undefined> {
      if (!isUuid(id)) return undefined;
      return reading(async () => {
        const row = await db.selectFrom("users").select(COLUMNS).where("id", "=", id).executeTakeFirst();
        return row && toStoredUser(row);
      });
    },

    /** The account with this (normalised) e-mail, disabled or not. */
    async findByEmail(email: string): Promise<StoredUser | undefined> {
      return reading(async () => {
        const row = await db.selectFrom("users").select(COLUMNS).where("email", "=", email).executeTakeFirst();
        return row && toStoredUser(row);
      });
    },

    /** The enabled account with this (normalised) e-mail and its password hash, to check a sign-in. */
    async findForSignIn(email: string): Promise<(StoredUser & { passwordHash: string }) | undefined> {
      return reading(async () => {
        const row = await db
          .selectFrom("users")
          .select([...COLUMNS, "password_hash"])
          .where("email", "=", email)
          .where("disabled_at", "is", null)
          .executeTakeFirst();
        return row && { ...toStoredUser(row), passwordHash: row.password_hash };
      });
    },

    async passwordHash(id: string): Promise<string | undefined> {
      if (!isUuid(id)) return undefined;
      return reading(
        async () => (await db.selectFrom("users").select("password_hash").where("id", "=", id).executeTakeFirst())?.password_hash,
      );
    },

    /** Accounts in e-mail order; with `unitId`, only those of that province. */
    async list(filter: { unitId?: string | null } = {}): Promise<StoredUser[]> {
      return reading(async () => {
        let query = db.selectFrom("users").select(COLUMNS);
        if (filter.unitId !== undefined) query = query.where("unit_id", filter.unitId === null ? "is" : "=", filter.unitId);
        return (await query.orderBy("email").execute()).map(toStoredUser);
      });
    },

    /** The e-mail of each account named (unknown ids are left out). */
    async emails(ids: readonly string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)].filter(isUuid);
      if (wanted.length === 0) return new Map();
      return reading(async () => {
        const rows = await db.selectFrom("users").select(["id", "email"]).where("id", "in", wanted).execute();
        return new Map(rows.map((r) => [r.id, r.email]));
      });
    },

    /** The name and e-mail of each account named, for the audit log in words (unknown ids are left out). */
    async people(ids: readonly string[]): Promise<Map<string, { email: string; displayName: string | null }>> {
      const wanted = [...new Set(ids)].filter(isUuid);
      if (wanted.length === 0) return new Map();
      return reading(async () => {
        const rows = await db.selectFrom("users").select(["id", "email", "display_name"]).where("id", "in", wanted).execute();
        return new Map(rows.map((r) => [r.id, { email: r.email, displayName: r.display_name }]));
      });
    },

    /** Whether an enabled national admin exists (on start: is the first admin still to be created?). */
    async hasActiveNationalAdmin(): Promise<boolean> {
      return reading(async () => {
        const row = await db
          .selectFrom("users")
          .select("id")
          .where("role", "=", "national_admin")
          .where("disabled_at", "is", null)
          .executeTakeFirst();
        return row !== undefined;
      });
    },

    /** Disables or enables an account and records "user.disable" / "user.enable" (its sessions are the caller's to close). */
    async setDisabled(id: string, disabled: boolean, actor: Actor, trx?: Trx): Promise<StoredUser> {
      return inTransaction(db, trx, async (trx) => {
        const before = await trx.selectFrom("users").select("disabled_at").where("id", "=", id).forUpdate().executeTakeFirstOrThrow();
        const row = await trx
          .updateTable("users")
          .set({ disabled_at: disabled ? new Date() : null })
          .where("id", "=", id)
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, actor, {
          action: disabled ? "user.disable" : "user.enable",
          entity: "user",
          entityId: id,
          before: { disabled: before.disabled_at !== null },
          after: { disabled },
        });
        return toStoredUser(row);
      });
    },

    /** Stores a new password hash and records "user.password" (closing other sessions is the caller's). */
    async setPasswordHash(id: string, passwordHash: string, actor: Actor, trx?: Trx): Promise<void> {
      await inTransaction(db, trx, async (trx) => {
        await trx.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
        await appendAudit(trx, actor, { action: "user.password", entity: "user", entityId: id });
      });
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;

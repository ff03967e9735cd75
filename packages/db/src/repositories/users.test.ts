import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";
import type { NewUserRow } from "./users";

const newUser = (overrides: Partial<NewUserRow> = {}): NewUserRow => ({
  email: `${uniqueId("user")}@example.test`,
  displayName: "Người dùng",
  passwordHash: "hash-of-a-password",
  role: "national_admin",
  unitId: null,
  agency: null,
  ...overrides,
});

describe.each(testBackends())("users on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("creates an account, records user.create, and refuses an e-mail already used", async () => {
    const created = await ctx.repos.users.create(newUser(), SYSTEM_ACTOR);
    expect(created).toMatchObject({ role: "national_admin", unitId: null, agency: null, isDemo: false, disabledAt: null });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created).not.toHaveProperty("passwordHash");
    const audit = await ctx.repos.audit.list({ entity: "user", entityId: created.id });
    expect(audit.entries.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["user.create", null, { email: created.email, role: "national_admin", unitId: null, agency: null }],
    ]);
    await expect(ctx.repos.users.create(newUser({ email: created.email }), SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
    expect(await ctx.repos.users.findByEmail(created.email)).toEqual(created);
    expect(await ctx.repos.users.find(created.id)).toEqual(created);
    expect(await ctx.repos.users.find("not-a-uuid")).toBeUndefined();
  });

  it("seeds an account without an audit entry", async () => {
    const seeded = await ctx.repos.users.seed(newUser({ isDemo: true }));
    expect(seeded.isDemo).toBe(true);
    expect((await ctx.repos.audit.list({ entityId: seeded.id })).entries).toEqual([]);
  });

  it("finds an enabled account with its hash for sign-in; disabling hides it and is audited", async () => {
    const user = await ctx.repos.users.seed(newUser());
    expect(await ctx.repos.users.findForSignIn(user.email)).toEqual({ ...user, passwordHash: "hash-of-a-password" });
    expect(await ctx.repos.users.passwordHash(user.id)).toBe("hash-of-a-password");
    const disabled = await ctx.repos.users.setDisabled(user.id, true, SYSTEM_ACTOR);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await ctx.repos.users.findForSignIn(user.email)).toBeUndefined();
    await ctx.repos.users.setDisabled(user.id, false, SYSTEM_ACTOR);
    expect(await ctx.repos.users.findForSignIn(user.email)).toBeDefined();
    const audit = await ctx.repos.audit.list({ entityId: user.id });
    expect(audit.entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ["user.enable", { disabled: true }, { disabled: false }],
      ["user.disable", { disabled: false }, { disabled: true }],
    ]);
  });

  it("changes a password hash with a user.password entry", async () => {
    const user = await ctx.repos.users.seed(newUser());
    await ctx.repos.users.setPasswordHash(user.id, "a-new-hash", { userId: user.id });
    expect(await ctx.repos.users.passwordHash(user.id)).toBe("a-new-hash");
    const audit = await ctx.repos.audit.list({ entityId: user.id });
    expect(audit.entries.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([["user.password", user.id, null, null]]);
  });

  it("lists by province in e-mail order, gives e-mails by id, and knows whether a national admin is enabled", async () => {
    await ctx.repos.units.seed(
      [{ id: "u-users", code: "u-users", name: "Tỉnh U", shortName: "U", region: "r", validFrom: "2008-08-01" }],
      [],
      SYSTEM_ACTOR,
    );
    const b = await ctx.repos.users.seed(newUser({ email: "b@u.test", role: "viewer", unitId: "u-users" }));
    const a = await ctx.repos.users.seed(newUser({ email: "a@u.test", role: "agency_contributor", unitId: "u-users", agency: "Sở TTTT" }));
    expect((await ctx.repos.users.list({ unitId: "u-users" })).map((u) => u.email)).toEqual(["a@u.test", "b@u.test"]);
    expect((await ctx.repos.users.list()).length).toBeGreaterThanOrEqual(2);
    expect(await ctx.repos.users.emails([a.id, b.id, a.id, "nobody"])).toEqual(
      new Map([
        [a.id, "a@u.test"],
        [b.id, "b@u.test"],
      ]),
    );
    expect(await ctx.repos.users.hasActiveNationalAdmin()).toBe(true);
  });

  it("writes atomically with other repositories in one transaction", async () => {
    const email = `${uniqueId("rollback")}@example.test`;
    await expect(
      ctx.repos.transaction(async (trx) => {
        await ctx.repos.users.create(newUser({ email }), SYSTEM_ACTOR, trx);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await ctx.repos.users.findByEmail(email)).toBeUndefined();
  });
});

describe.each(testBackends())("the first national admin on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("is missing in a new database, present once created, missing again once disabled", async () => {
    expect(await ctx.repos.users.hasActiveNationalAdmin()).toBe(false);
    const admin = await ctx.repos.users.create(newUser(), SYSTEM_ACTOR);
    expect(await ctx.repos.users.hasActiveNationalAdmin()).toBe(true);
    await ctx.repos.users.setDisabled(admin.id, true, SYSTEM_ACTOR);
    expect(await ctx.repos.users.hasActiveNationalAdmin()).toBe(false);
  });
});

import { createRepositories, type Db, type Repositories } from "@dti/db";
import { freshDb, testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../router";
import { createTestApi, refusal, TEST_PASSWORD, type TestApi } from "../testing/index";
import { createAdmin, ensureAdminFromEnv } from "./admin";
import { resumeSession, sessionIdOf, SESSION_TTL_MS } from "./sessions";

describe.each(testBackends())("accounts and sessions on %s", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind, [], { rateLimits: { perEmail: 5, perIp: 8, windowMs: 15 * 60 * 1000 } });
  });
  afterAll(() => api?.close());

  /** A caller as the HTTP host builds it: from a cookie token, with the request's address and CSRF header. */
  async function fromCookie(token: string | undefined, options: { ip?: string; csrf?: string } = {}) {
    const session = (await resumeSession(api.repos.sessions, token)) ?? null;
    const cookies = { set: [] as string[], cleared: 0 };
    const caller = createCaller(
      createContext({
        db: api.database,
        engine: api.engine,
        packs: api.packs,
        repos: api.repos,
        session,
        request: { ip: options.ip ?? "10.0.0.1", csrfHeader: options.csrf },
        cookies: { set: (t) => void cookies.set.push(t), clear: () => void (cookies.cleared += 1) },
        settings: { rateLimits: { perEmail: 5, perIp: 8, windowMs: 15 * 60 * 1000 } },
      }),
    );
    return { caller, cookies };
  }

  it("login sets a cookie token whose sha256 alone is stored, and returns the CSRF token", async () => {
    const { caller, cookies } = await fromCookie(undefined);
    const session = await caller.auth.login({ email: "AdminDN@Test.vn ", password: TEST_PASSWORD });
    expect(session.user).toMatchObject({ email: "admindn@test.vn", role: "province_admin", unitId: "p63-48" });
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = cookies.set[0]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await api.repos.sessions.findWithUser(sessionIdOf(token))).toBeDefined();
    expect(await api.repos.sessions.findWithUser(token)).toBeUndefined();
    const me = await (await fromCookie(token)).caller.auth.me();
    expect(me).toMatchObject({ user: { email: "admindn@test.vn" }, csrfToken: session.csrfToken });
  });

  it("a mutation with a cookie session needs the session's CSRF token", async () => {
    const { caller, cookies } = await fromCookie(undefined);
    const { csrfToken } = await caller.auth.login({ email: "admindn@test.vn", password: TEST_PASSWORD });
    const token = cookies.set[0]!;
    expect((await refusal((await fromCookie(token)).caller.auth.logout())).code).toBe("CSRF_INVALID");
    expect((await refusal((await fromCookie(token, { csrf: "x".repeat(43) })).caller.auth.logout())).code).toBe("CSRF_INVALID");
    // Queries need no token.
    await (await fromCookie(token)).caller.auth.me();
    const out = await fromCookie(token, { csrf: csrfToken });
    await out.caller.auth.logout();
    expect(out.cookies.cleared).toBe(1);
    expect(await resumeSession(api.repos.sessions, token)).toBeUndefined();
  });

  it("signing in again with an old session cookie needs no CSRF token, and replaces the old session", async () => {
    const first = await fromCookie(undefined, { ip: "10.5.0.1" });
    await first.caller.auth.login({ email: "admindn@test.vn", password: TEST_PASSWORD });
    const old = first.cookies.set.at(-1)!;
    const again = await fromCookie(old, { ip: "10.5.0.1" });
    await again.caller.auth.login({ email: "admindn@test.vn", password: TEST_PASSWORD });
    expect(await resumeSession(api.repos.sessions, old)).toBeUndefined();
    expect(await resumeSession(api.repos.sessions, again.cookies.set[0])).toBeDefined();
  });

  it("without a session, procedures that need one answer UNAUTHENTICATED", async () => {
    const { caller } = await fromCookie("not-a-real-token");
    expect(await caller.auth.me()).toEqual({ user: null });
    expect((await refusal(caller.assessments.list({}))).code).toBe("UNAUTHENTICATED");
  });

  it("a wrong password and an unknown e-mail get the same answer", async () => {
    const { caller } = await fromCookie(undefined, { ip: "10.0.0.2" });
    const wrong = await refusal(caller.auth.login({ email: "admindn@test.vn", password: "wrong password!" }));
    const unknown = await refusal(caller.auth.login({ email: "nobody@test.vn", password: "wrong password!" }));
    expect([wrong.code, wrong.message]).toEqual([unknown.code, unknown.message]);
    expect(wrong.code).toBe("LOGIN_FAILED");
  });

  it("after 5 failures for an e-mail, even the right password is refused with RATE_LIMITED", async () => {
    for (let i = 0; i < 5; i += 1) {
      const { caller } = await fromCookie(undefined, { ip: `10.1.0.${i}` });
      expect((await refusal(caller.auth.login({ email: "viewerdn@test.vn", password: "not the password" }))).code).toBe("LOGIN_FAILED");
    }
    const { caller } = await fromCookie(undefined, { ip: "10.1.0.99" });
    const limited = await refusal(caller.auth.login({ email: "viewerdn@test.vn", password: TEST_PASSWORD }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.details?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("after 8 failures from one address, every e-mail is refused from it, and others still get in", async () => {
    for (let i = 0; i < 8; i += 1) {
      const { caller } = await fromCookie(undefined, { ip: "10.9.9.9" });
      await refusal(caller.auth.login({ email: `guess${i}@test.vn`, password: "not the password" }));
    }
    expect(
      (
        await refusal(
          (await fromCookie(undefined, { ip: "10.9.9.9" })).caller.auth.login({ email: "ttttdn@test.vn", password: TEST_PASSWORD }),
        )
      ).code,
    ).toBe("RATE_LIMITED");
    await (await fromCookie(undefined, { ip: "10.9.9.10" })).caller.auth.login({ email: "ttttdn@test.vn", password: TEST_PASSWORD });
  });

  it("40 concurrent wrong passwords for one account: at most 5 are checked, the rest are RATE_LIMITED", async () => {
    const since = new Date(Date.now() - 60_000);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const { caller } = await fromCookie(undefined, { ip: `10.40.0.${i}` });
        return (await refusal(caller.auth.login({ email: "national@test.vn", password: `wrong password ${i}` }))).code;
      }),
    );
    const checked = outcomes.filter((c) => c === "LOGIN_FAILED").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(outcomes.filter((c) => c === "RATE_LIMITED")).toHaveLength(40 - checked);
    // Every password checked was recorded first: the rows are the checks.
    const recorded = await api.repos.loginAttempts.failuresSince({ email: "national@test.vn", ip: "-", since });
    expect(recorded.byEmail).toBe(checked);
    console.log(`40 concurrent wrong logins on ${kind}: ${checked} checked, ${40 - checked} × RATE_LIMITED`);
  });

  it("wrong current passwords in auth.changePassword are limited like sign-ins (5, then RATE_LIMITED even for the right one)", async () => {
    const { caller, cookies } = await fromCookie(undefined, { ip: "10.5.0.1" });
    const { csrfToken } = await caller.auth.login({ email: "admindn@test.vn", password: TEST_PASSWORD });
    const acting = await fromCookie(cookies.set[0], { csrf: csrfToken, ip: "10.5.0.1" });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        refusal(acting.caller.auth.changePassword({ currentPassword: `not it ${i}`, newPassword: "another long password" })).then(
          (e) => e.code,
        ),
      ),
    );
    expect(outcomes.filter((c) => c === "LOGIN_FAILED").length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(7);
    const limited = await refusal(
      acting.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "another long password" }),
    );
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.details?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("a session expires 12 hours after its last use, and slides while used", async () => {
    const { caller, cookies } = await fromCookie(undefined, { ip: "10.2.0.1" });
    await caller.auth.login({ email: "noivudn@test.vn", password: TEST_PASSWORD });
    const token = cookies.set[0]!;
    const id = sessionIdOf(token);
    await api.repos.sessions.setExpiry(id, new Date(Date.now() + 60_000));
    const resumed = await resumeSession(api.repos.sessions, token);
    expect(resumed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_TTL_MS - 5_000);
    await api.repos.sessions.setExpiry(id, new Date(Date.now() - 1));
    expect(await resumeSession(api.repos.sessions, token)).toBeUndefined();
    // The expired session is deleted, not only refused.
    expect(await api.repos.sessions.findWithUser(id)).toBeUndefined();
  });

  it("a disabled account's sessions stop at once", async () => {
    const { caller, cookies } = await fromCookie(undefined, { ip: "10.3.0.1" });
    await caller.auth.login({ email: "ttttqn@test.vn", password: TEST_PASSWORD });
    await api.as("national").users.setDisabled({ userId: api.users.ttttQN.id, disabled: true });
    expect(await resumeSession(api.repos.sessions, cookies.set[0]!)).toBeUndefined();
    expect(
      (
        await refusal(
          (await fromCookie(undefined, { ip: "10.3.0.2" })).caller.auth.login({ email: "ttttqn@test.vn", password: TEST_PASSWORD }),
        )
      ).code,
    ).toBe("LOGIN_FAILED");
  });

  it("changing the password keeps this session, closes the others, and applies the policy", async () => {
    const first = await fromCookie(undefined, { ip: "10.4.0.1" });
    await first.caller.auth.login({ email: "adminqn@test.vn", password: TEST_PASSWORD });
    const second = await fromCookie(undefined, { ip: "10.4.0.1" });
    const { csrfToken } = await second.caller.auth.login({ email: "adminqn@test.vn", password: TEST_PASSWORD });
    const acting = await fromCookie(second.cookies.set[0], { csrf: csrfToken });
    expect((await refusal(acting.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" }))).code).toBe(
      "PASSWORD_WEAK",
    );
    await acting.caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new long password" });
    expect(await resumeSession(api.repos.sessions, first.cookies.set[0])).toBeUndefined();
    expect(await resumeSession(api.repos.sessions, second.cookies.set[0])).toBeDefined();
  });
});

describe.each(testBackends())("the first admin on %s", (kind) => {
  let database: Db;
  let repos: Repositories;
  beforeAll(async () => {
    // A new database: no account at all.
    database = await freshDb(kind);
    repos = createRepositories(database.db);
  });
  afterAll(() => database?.close());

  it("is not created without both variables, and refuses a weak password", async () => {
    expect(await ensureAdminFromEnv(repos, { DTI_ADMIN_EMAIL: "root@test.vn" })).toBe("not_configured");
    await expect(createAdmin(repos, { email: "root@test.vn", password: "123456", name: "Root" })).rejects.toMatchObject({
      code: "PASSWORD_WEAK",
    });
  });

  it("is created once from the environment, then left alone", async () => {
    expect(await ensureAdminFromEnv(repos, { DTI_ADMIN_EMAIL: "root@test.vn", DTI_ADMIN_PASSWORD: "a long admin password" })).toBe(
      "created",
    );
    expect(await ensureAdminFromEnv(repos, { DTI_ADMIN_EMAIL: "other@test.vn", DTI_ADMIN_PASSWORD: "a long admin password" })).toBe(
      "exists",
    );
    const admins = await repos.users.list();
    expect(admins.map((a) => ({ email: a.email, role: a.role }))).toEqual([{ email: "root@test.vn", role: "national_admin" }]);
    const audit = await repos.audit.list({ entity: "user" });
    expect(audit.entries.map((a) => a.action)).toContain("user.create");
  });

  it("createAdmin refuses an e-mail already used", async () => {
    await expect(createAdmin(repos, { email: "ROOT@test.vn", password: "another long password", name: "Again" })).rejects.toMatchObject({
      code: "ALREADY_EXISTS",
    });
  });
});

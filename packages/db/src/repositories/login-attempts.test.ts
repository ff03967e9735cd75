import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";

describe.each(testBackends())("login attempts on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("counts the failures since a time for an e-mail and for an address, with the oldest of each", async () => {
    const email = `${uniqueId("a")}@example.test`;
    const ip = `10.${Math.floor(Math.random() * 250)}.0.1`;
    const before = new Date(Date.now() - 1000);
    await ctx.repos.loginAttempts.record({ email, ip, succeeded: false });
    await ctx.repos.loginAttempts.record({ email, ip: "192.0.2.1", succeeded: false });
    await ctx.repos.loginAttempts.record({ email: "other@example.test", ip, succeeded: false });
    await ctx.repos.loginAttempts.record({ email, ip, succeeded: true });
    const found = await ctx.repos.loginAttempts.failuresSince({ email, ip, since: before });
    expect(found).toMatchObject({ byEmail: 2, byIp: 2 });
    expect(found.oldestByEmail!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(found.oldestByIp).toBeInstanceOf(Date);
    expect(await ctx.repos.loginAttempts.failuresSince({ email, ip, since: new Date(Date.now() + 60_000) })).toEqual({
      byEmail: 0,
      byIp: 0,
      oldestByEmail: null,
      oldestByIp: null,
    });
  });

  it("reserves atomically: of 40 concurrent attempts for one e-mail with a limit of 5, exactly 5 go ahead", async () => {
    const email = `${uniqueId("race")}@example.test`;
    const since = new Date(Date.now() - 60_000);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        ctx.repos.loginAttempts.reserve({ email, ip: `198.51.100.${i}`, since, perEmail: 5, perIp: 20 }),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const refused = results.find((r) => !r.allowed);
    expect(refused).toMatchObject({ allowed: false, failures: { byEmail: 5 } });
    // Each allowed attempt is recorded as failed until it is marked succeeded.
    const allowed = results.flatMap((r) => (r.allowed ? [r.id] : []));
    await ctx.repos.loginAttempts.succeeded(allowed[0]!);
    expect((await ctx.repos.loginAttempts.failuresSince({ email, ip: "203.0.113.9", since })).byEmail).toBe(4);
  });

  it("reserves per address too", async () => {
    const ip = `${uniqueId("ip")}`;
    const since = new Date(Date.now() - 60_000);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ctx.repos.loginAttempts.reserve({ email: `${ip}-${i}@example.test`, ip, since, perEmail: 5, perIp: 8 }),
      ),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(8);
  });
});

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
});

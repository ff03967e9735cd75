import { TEST_PASSWORD } from "@dti/api-router/testing";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "./helpers";

/**
 * The sign-in limit over HTTP, where the race and the batch happened: 40 wrong passwords at once for
 * one account check at most 5 (the rest 429 with Retry-After), and one batched tRPC request cannot
 * multiply attempts (each call is counted, atomically, before its password is checked).
 */
describe.each(testBackends())("sign-in limits over HTTP on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer(kind);
  });
  afterAll(() => server?.close());

  const failuresOf = async (email: string) =>
    (await server.api.repos.loginAttempts.failuresSince({ email, ip: "-", since: new Date(Date.now() - 60_000) })).byEmail;

  it("40 concurrent wrong logins for one account: at most 5 checked, the rest 429 RATE_LIMITED with Retry-After", async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        server.app.inject({
          method: "POST",
          url: "/api/trpc/auth.login",
          payload: { email: "adminDN@test.vn", password: `wrong password ${i}` },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    const checked = statuses.filter((s) => s === 401).length;
    const limited = responses.filter((r) => r.statusCode === 429);
    expect(checked).toBeLessThanOrEqual(5);
    expect(limited).toHaveLength(40 - checked);
    expect(Number(limited[0]!.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited[0]!.json()).toMatchObject({ error: { data: { apiError: { code: "RATE_LIMITED" } } } });
    expect(await failuresOf("admindn@test.vn")).toBe(checked);
    console.log(`HTTP on ${kind}: 40 concurrent wrong logins, ${checked} checked, ${limited.length} × 429`);
  });

  it("a batched request with 9 wrong passwords and the right one last does not sign in", async () => {
    const calls = [...Array.from({ length: 9 }, (_, i) => `wrong password ${i}`), TEST_PASSWORD];
    const response = await server.app.inject({
      method: "POST",
      url: `/api/trpc/${calls.map(() => "auth.login").join(",")}?batch=1`,
      payload: Object.fromEntries(calls.map((password, i) => [String(i), { email: "ttttDN@test.vn", password }])),
    });
    const results = response.json() as { result?: unknown; error?: { data: { apiError: { code: string } } } }[];
    expect(results).toHaveLength(10);
    const codes = results.map((r) => r.error?.data.apiError.code ?? "SIGNED_IN");
    expect(codes.filter((c) => c === "LOGIN_FAILED").length).toBeLessThanOrEqual(5);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    expect(codes).not.toContain("SIGNED_IN");
    expect([response.headers["set-cookie"]].flat().filter((c) => typeof c === "string" && c.startsWith("dti_session="))).toEqual([]);
    expect(await failuresOf("ttttdn@test.vn")).toBeLessThanOrEqual(5);
  });
});

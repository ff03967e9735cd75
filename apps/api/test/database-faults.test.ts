import { insertUser } from "@dti/api-router";
import { TEST_PASSWORD } from "@dti/api-router/testing";
import { createRepositories } from "@dti/db";
import { findPostgresBinDir, freshDatabaseUrl, startPostgres, testBackends, type PostgresServer } from "@dti/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prepare } from "../src/bootstrap/start";
import { testServer, trpc, signIn } from "./helpers";
import { httpCall, httpSignIn, startApiProcess, type ApiProcess, type HttpSession } from "./spawn";

/**
 * The database goes away and comes back; the API stays up. Against a real PostgreSQL: every
 * connection terminated under a warm pool (pg_terminate_backend), and the server stopped
 * (`pg_ctl stop -m fast`) and started again under load. While it is away, health is a clean 503 and
 * every other request a coded 503 (DATABASE_UNAVAILABLE) — never a 500, never a crash — and the API
 * serves again without a restart.
 */
const hasPostgres = inject("postgresUrl") !== "";
const binDir = findPostgresBinDir();

async function seedAccount(url: string): Promise<void> {
  const prepared = await prepare({ env: { DATABASE_URL: url, DTI_DEMO: "0" } });
  try {
    await insertUser(createRepositories(prepared.database.db), {
      email: "admin@test.vn",
      password: TEST_PASSWORD,
      name: "admin",
      role: "province_admin",
      unitId: "p63-48",
    });
  } finally {
    await prepared.database.close();
  }
}

async function health(url: string): Promise<{ status: number; body: { status?: string; database?: string } }> {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: (await response.json()) as { status?: string; database?: string } };
}

/** Polls until `ok` holds, returning how long it took. */
async function within(ms: number, ok: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if (await ok()) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > ms) throw new Error(`not recovered within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!hasPostgres)("the API when PostgreSQL terminates every connection", () => {
  let api: ApiProcess;
  let session: HttpSession;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabaseUrl();
    await seedAccount(url);
    api = await startApiProcess({ DATABASE_URL: url });
    session = await httpSignIn(api.url, "admin@test.vn", TEST_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("serves again within seconds after pg_terminate_backend of every connection of a warm pool", async () => {
    // Warm the pool: concurrent reads open several connections, which then sit idle in the pool.
    const warm = await Promise.all(Array.from({ length: 20 }, () => httpCall(api.url, session, "query", "assessments.list", {})));
    expect(warm.every((r) => r.status === 200)).toBe(true);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const database = new URL(url).pathname.slice(1);
    let terminated: number;
    try {
      const result = await admin.query<{ pid: number }>(
        "select pg_terminate_backend(pid) as pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
        [database],
      );
      terminated = result.rowCount ?? 0;
    } finally {
      await admin.end();
    }
    expect(terminated).toBeGreaterThan(1);
    const recovery = await within(5_000, async () => {
      const [h, call] = await Promise.all([health(api.url), httpCall(api.url, session, "query", "assessments.list", {})]);
      return h.status === 200 && call.status === 200;
    });
    console.log(`terminated ${terminated} connections; serving again after ${recovery} ms`);
    expect(api.child.exitCode).toBeNull();
    // Every request after the termination succeeds: reads retry on a fresh connection.
    const after = await Promise.all(Array.from({ length: 20 }, () => httpCall(api.url, session, "query", "assessments.list", {})));
    expect(after.map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(api.output()).not.toMatch(/Unhandled 'error' event|uncaughtException/);
  });
});

describe.skipIf(!binDir)("the API when its PostgreSQL server stops and starts again under load", () => {
  let server: PostgresServer;
  let api: ApiProcess;
  let session: HttpSession;
  beforeAll(async () => {
    server = await startPostgres(binDir!);
    await seedAccount(server.url);
    api = await startApiProcess({ DATABASE_URL: server.url });
    session = await httpSignIn(api.url, "admin@test.vn", TEST_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
    server?.stop();
  });

  it("answers 503 (health: unavailable, the rest: DATABASE_UNAVAILABLE) while it is away, never 500, and recovers without a restart", async () => {
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const healthWhileAway: number[] = [];
    let away = false;
    const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    const bad: string[] = [];

    /** 200 requests over ~5 s: health and reads (each resumes its session from the database). */
    const load = (async () => {
      const pending: Promise<void>[] = [];
      for (let i = 0; i < 200; i += 1) {
        const kind = i % 4;
        pending.push(
          (async () => {
            if (kind === 0) {
              const h = await health(api.url);
              count(statuses, h.status);
              if (away) healthWhileAway.push(h.status);
              if (h.status === 503 && (h.body.status !== "unavailable" || h.body.database !== "postgres"))
                bad.push(`health 503 body ${JSON.stringify(h.body)}`);
              return;
            }
            const call = await httpCall(api.url, session, "query", kind === 3 ? "units.list" : "assessments.list", {});
            count(statuses, call.status);
            if (call.error) count(codes, call.error.code);
            if (call.status >= 500 && call.status !== 503) bad.push(`${call.status} ${JSON.stringify(call.error)}`);
            if (call.status === 503 && call.error?.code !== "DATABASE_UNAVAILABLE") bad.push(`503 ${JSON.stringify(call.error)}`);
          })(),
        );
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await Promise.all(pending);
    })();

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stoppedAt = Date.now();
    server.halt("fast");
    away = true;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const healthAway = await health(api.url);
    expect(healthAway).toEqual({ status: 503, body: expect.objectContaining({ status: "unavailable", database: "postgres" }) });
    const readAway = await httpCall(api.url, session, "query", "assessments.list", {});
    expect(readAway.status).toBe(503);
    expect(readAway.error).toMatchObject({ code: "DATABASE_UNAVAILABLE", details: { retryAfterSeconds: 5 } });
    server.resume();
    away = false;
    const startedAt = Date.now();
    const recovery = await within(10_000, async () => {
      const [h, call] = await Promise.all([health(api.url), httpCall(api.url, session, "query", "assessments.list", {})]);
      return h.status === 200 && call.status === 200;
    });
    await load;
    console.log(
      `database away ${startedAt - stoppedAt} ms; serving again ${recovery} ms after it was back; statuses ${JSON.stringify(Object.fromEntries(statuses))}; codes ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(bad).toEqual([]);
    expect([...statuses.keys()].filter((s) => s >= 500 && s !== 503)).toEqual([]);
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect(healthWhileAway).toContain(503);
    expect(api.child.exitCode).toBeNull();
    expect(api.child.signalCode).toBeNull();
    expect(api.output()).not.toMatch(/Unhandled 'error' event|uncaughtException/);
    // And it serves after the storm, as before.
    expect((await httpCall(api.url, session, "query", "assessments.list", {})).status).toBe(200);
  });
});

describe.each(testBackends().filter((k) => k === "pglite"))("the API when its embedded database (%s) fails", (kind) => {
  it("answers health 503 and a coded 503 for the rest, never 500", async () => {
    const server = await testServer(kind);
    try {
      const session = await signIn(server.app, "adminDN");
      expect((await server.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      await server.api.database.close();
      const healthAway = await server.app.inject({ method: "GET", url: "/api/health" });
      expect(healthAway.statusCode).toBe(503);
      expect(healthAway.json()).toMatchObject({ status: "unavailable", database: "pglite" });
      const read = await trpc(server.app, session, "query", "assessments.list", {});
      expect(read.status).toBe(503);
      expect(read.body.error?.data.apiError).toMatchObject({ code: "DATABASE_UNAVAILABLE" });
      const rest = await server.app.inject({ method: "GET", url: "/api/v1/units", headers: { cookie: session.cookie } });
      expect(rest.statusCode).toBe(503);
      expect(rest.headers["retry-after"]).toBe("5");
      expect(rest.json()).toMatchObject({ error: { code: "DATABASE_UNAVAILABLE" } });
    } finally {
      await server.app.close();
    }
  });
});

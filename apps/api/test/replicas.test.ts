import { migrations } from "@dti/db";
import { freshDatabaseUrl } from "@dti/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureBuilt, httpCall, httpSignIn, startApiProcess, type ApiProcess } from "./spawn";

/**
 * Replicas as docs/deployment.md runs them: several compiled API processes on one PostgreSQL. They
 * start together on an empty database (the migrations run once: Kysely's migrator holds a PostgreSQL
 * advisory lock), and one is restarted (SIGTERM, then started again) while a client keeps using the
 * other, which never fails a request. Needs the test run's PostgreSQL (CI always has it).
 */
const hasPostgres = inject("postgresUrl") !== "";

describe.skipIf(!hasPostgres)("API replicas on one PostgreSQL (compiled)", () => {
  let url: string;
  let a: ApiProcess | undefined;
  let b: ApiProcess | undefined;
  beforeAll(async () => {
    ensureBuilt();
    url = await freshDatabaseUrl();
  }, 120_000);
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
  });

  it("start together on an empty database: the schema is migrated once and both are ready", async () => {
    const env = { DATABASE_URL: url, DTI_DEMO: "1" };
    const started = await Promise.allSettled([startApiProcess(env, 120_000, "compiled"), startApiProcess(env, 120_000, "compiled")]);
    if (started[0].status === "fulfilled") a = started[0].value;
    if (started[1].status === "fulfilled") b = started[1].value;
    for (const s of started) if (s.status === "rejected") throw s.reason;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query("select name from kysely_migration order by name");
      expect(applied.rows.map((r: { name: string }) => r.name)).toEqual(Object.keys(migrations).sort());
      const demoUsers = await client.query("select count(*)::int as n from users where email = 'tinh-a@demo.local'");
      expect(demoUsers.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
    for (const server of [a!, b!]) expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
  }, 180_000);

  it("one restarted mid-traffic: every request to the other succeeds, and the stopped one exits 0", async () => {
    const session = await httpSignIn(b!.url, "tinh-a@demo.local", "demo-password-2022");
    let stop = false;
    const outcomes: number[] = [];
    const traffic = (async () => {
      while (!stop) {
        const [health, list] = await Promise.all([
          fetch(`${b!.url}/api/health`).then((r) => r.status),
          httpCall(b!.url, session, "query", "assessments.list", {}).then((r) => r.status),
        ]);
        outcomes.push(health, list);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exited = new Promise<number | null>((resolve) => a!.child.once("exit", (code) => resolve(code)));
    a!.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    a = await startApiProcess({ DATABASE_URL: url, DTI_DEMO: "1" }, 120_000, "compiled");
    // The restarted one serves the same data, with the session made on the other.
    expect((await httpCall(a.url, session, "query", "assessments.list", {})).status).toBe(200);
    stop = true;
    await traffic;
    expect(outcomes.length).toBeGreaterThan(20);
    expect(outcomes.filter((status) => status !== 200)).toEqual([]);
  }, 180_000);
});

import { createCaller, createContext, createPackRegistry, insertUser } from "@dti/api-router";
import { TEST_PASSWORD } from "@dti/api-router/testing";
import { createRepositories, type Repositories, type StoredUser } from "@dti/db";
import { createEngine } from "@dti/engine";
import { countRows, freshDatabaseUrl } from "@dti/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prepare, type Prepared } from "../src/bootstrap/start";
import { httpCall, httpSignIn, startApiProcess, type ApiProcess } from "./spawn";

/**
 * Integrity across processes, against one real PostgreSQL: two API processes hammering the same
 * assessment lose no update and write no duplicate; a process killed in the middle of an import
 * leaves the data as it was. Needs the test run's PostgreSQL (CI always has it).
 */
const hasPostgres = inject("postgresUrl") !== "";

interface Seeded {
  url: string;
  prepared: Prepared;
  /** The platform's data, read through its repositories. */
  repos: Repositories;
  assessmentId: string;
  client: pg.Client;
}

async function seed(): Promise<Seeded> {
  const url = await freshDatabaseUrl();
  const prepared = await prepare({ env: { DATABASE_URL: url, DTI_DEMO: "0" } });
  const db = prepared.database;
  const repos = createRepositories(db.db);
  const created = new Map<string, StoredUser>();
  for (const [email, role, unitId, agency] of [
    ["national@test.vn", "national_admin", null, null],
    ["admin@test.vn", "province_admin", "p63-48", null],
    ["tttt@test.vn", "agency_contributor", "p63-48", "Sở TTTT"],
    ["admin-qn@test.vn", "province_admin", "p63-22", null],
  ] as const)
    created.set(email, await insertUser(repos, { email, password: TEST_PASSWORD, name: email, role, unitId, agency }));
  const admin = created.get("admin@test.vn")!;
  const engine = createEngine();
  const caller = createCaller(
    createContext({
      db,
      engine,
      repos,
      packs: createPackRegistry(repos.packs, engine),
      user: {
        id: admin.id,
        email: admin.email,
        displayName: admin.displayName,
        role: admin.role,
        unitId: admin.unitId,
        agency: null,
        isDemo: false,
      },
    }),
  );
  const assessment = await caller.assessments.create({ unitId: "p63-48", period: 2022 });
  await caller.assessments.setInput({ assessmentId: assessment.id, inputId: "households_with_fiber", value: 0, expectedVersion: null });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { url, prepared, repos, assessmentId: assessment.id, client };
}

describe.skipIf(!hasPostgres)("two API processes on one PostgreSQL", () => {
  let seeded: Seeded;
  let a: ApiProcess;
  let b: ApiProcess;
  beforeAll(async () => {
    seeded = await seed();
    // Both start at once: their start-up seeding (units, packs, published figures) races too.
    const started = await Promise.allSettled([
      startApiProcess({ DATABASE_URL: seeded.url }),
      startApiProcess({ DATABASE_URL: seeded.url }),
    ]);
    if (started[0].status === "fulfilled") a = started[0].value;
    if (started[1].status === "fulfilled") b = started[1].value;
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await Promise.allSettled([a?.stop(), b?.stop()]);
    await seeded?.client.end();
    await seeded?.prepared.database.close();
  });

  it("hammered concurrently on the same input: no lost update, every accepted write audited once, version = accepted + 1", async () => {
    const { assessmentId } = seeded;
    const sessions = [await httpSignIn(a.url, "admin@test.vn", TEST_PASSWORD), await httpSignIn(b.url, "tttt@test.vn", TEST_PASSWORD)];
    const deadline = Date.now() + 45_000;
    const accepted: { value: number; version: number }[] = [];
    let refused = 0;
    const worker = async (w: number) => {
      const url = w === 0 ? a.url : b.url;
      for (let i = 0; i < 50 && Date.now() < deadline; i += 1) {
        const detail = await httpCall(url, sessions[w]!, "query", "assessments.get", { assessmentId });
        expect(detail.status).toBe(200);
        const current = (detail.data as { inputs: { inputId: string; version: number }[] }).inputs.find(
          (x) => x.inputId === "households_with_fiber",
        )!;
        const value = (w + 1) * 1000 + i;
        const write = await httpCall(url, sessions[w]!, "mutation", "assessments.setInput", {
          assessmentId,
          inputId: "households_with_fiber",
          value,
          expectedVersion: current.version,
        });
        if (write.status === 200) accepted.push({ value, version: (write.data as { version: number }).version });
        else {
          expect(write.status, JSON.stringify(write.error)).toBe(409);
          expect(write.error).toMatchObject({ code: "CONFLICT", details: { current: { version: expect.any(Number) } } });
          refused += 1;
        }
      }
    };
    await Promise.all([worker(0), worker(1)]);
    console.log(`two processes: ${accepted.length} writes accepted, ${refused} stale writes refused`);
    expect(accepted.length + refused).toBe(100);
    expect(accepted.length).toBeGreaterThan(0);

    const rows = (await seeded.repos.inputs.list(assessmentId)).filter((v) => v.inputId === "households_with_fiber");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.version).toBe(accepted.length + 1);
    const last = accepted.reduce((x, y) => (y.version > x.version ? y : x));
    expect(rows[0]!.value).toBe(last.value);
    expect(new Set(accepted.map((x) => x.version)).size).toBe(accepted.length);

    type Change = { version: number; value: unknown };
    const audit = (
      await seeded.repos.audit.list({ entity: "input_value", entityId: `${assessmentId}:households_with_fiber`, limit: 500 })
    ).entries
      .filter((e) => e.action === "input.set")
      .map((e) => ({ before: e.before as Change | null, after: e.after as Change }))
      .sort((x, y) => x.after.version - y.after.version);
    expect(audit).toHaveLength(accepted.length + 1);
    audit.forEach((row, i) => {
      expect(row.after.version).toBe(i + 1);
      if (i > 0) expect(row.before).toMatchObject({ version: i, value: audit[i - 1]!.after.value });
    });
    for (const write of accepted) expect(audit[write.version - 1]!.after.value).toBe(write.value);
  }, 120_000);

  it("two processes opening the same assessment at once: one row, the other ALREADY_EXISTS", async () => {
    const sessions = [
      await httpSignIn(a.url, "admin-qn@test.vn", TEST_PASSWORD),
      await httpSignIn(b.url, "admin-qn@test.vn", TEST_PASSWORD),
    ];
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        httpCall(i % 2 === 0 ? a.url : b.url, sessions[i % 2]!, "mutation", "assessments.create", { unitId: "p63-22", period: 2022 }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.error?.code === "ALREADY_EXISTS")).toBe(true);
    const opened = await seeded.repos.assessments.list({ unitId: "p63-22", period: 2022 });
    expect(opened).toHaveLength(1);
    const assignments = await seeded.repos.assignments.list("p63-22", opened[0]!.packRowId);
    expect(assignments.length).toBeGreaterThan(0);
    expect(new Set(assignments.map((x) => x.indicatorCode)).size).toBe(assignments.length);
  });
});

/** Waits until the database has a transaction open and idle (the import sleeping before its commit). */
async function untilInTransaction(client: pg.Client, database: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await client.query(
      "select count(*)::int as n from pg_stat_activity where datname = $1 and state = 'idle in transaction'",
      [database],
    );
    if (open.rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the import never got inside its transaction");
}

async function untilNoTransaction(client: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const open = await client.query(
      "select count(*)::int as n from pg_stat_activity where datname = $1 and state like 'idle in transaction%'",
      [database],
    );
    if (open.rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!hasPostgres)("an API process killed in the middle of an import", () => {
  let seeded: Seeded;
  let database: string;
  beforeAll(async () => {
    seeded = await seed();
    database = new URL(seeded.url).pathname.slice(1);
  });
  afterAll(async () => {
    await seeded?.client.end();
    await seeded?.prepared.database.close();
  });

  it("leaves the published results as they were before the import", async () => {
    // The published record shipped for 2020–2024, under the pack of each year.
    const shipped = [
      [2020, "dti-province-2020"],
      [2021, "dti-province-2022"],
      [2022, "dti-province-2022"],
      [2023, "dti-province-2022"],
      [2024, "dti-province-2024"],
    ] as const;
    const published = async () =>
      (await Promise.all(shipped.map(([period, packId]) => seeded.repos.published.list({ period, packId }))))
        .flat()
        .map((r) => ({ period: r.period, unitId: r.unitId, cohort: r.cohort, overall: r.overall, importId: r.importId }))
        .sort(
          (x, y) =>
            x.period - y.period || String(x.unitId).localeCompare(String(y.unitId)) || String(x.cohort).localeCompare(String(y.cohort)),
        );
    const imports = async () => (await seeded.repos.published.listImports()).map((i) => i.id);
    const before = await published();
    const importsBefore = await imports();
    const auditBefore = await countRows(seeded.prepared.database, "audit_log");
    expect(before).toHaveLength(129);

    const server = await startApiProcess({ DATABASE_URL: seeded.url, DTI_TEST_IMPORT_DELAY_MS: "60000" });
    try {
      const session = await httpSignIn(server.url, "national@test.vn", TEST_PASSWORD);
      // A corrected table for the same period and pack: it would replace every row.
      const csv =
        "unit,rank,overall,I,II,III,IV,V,VI,VII,VIII\np63-48,1,0.8002,1.0000,0.9000,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197\np63-01,2,0.5000,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5\n";
      const pending = httpCall(server.url, session, "mutation", "published.importCsv", {
        packId: "dti-province-2022",
        period: 2022,
        csv,
      }).catch((error: unknown) => error);
      await untilInTransaction(seeded.client, database);
      await server.kill();
      await pending;
    } finally {
      await server.kill();
    }
    await untilNoTransaction(seeded.client, database);
    expect(await published()).toEqual(before);
    expect(await imports()).toEqual(importsBefore);
    expect(await countRows(seeded.prepared.database, "audit_log")).toBe(auditBefore);
  });

  it("leaves an assessment's values as they were before a bulk import of values", async () => {
    const { assessmentId, client } = seeded;
    const values = async () =>
      (await seeded.repos.inputs.list(assessmentId)).map((v) => ({ inputId: v.inputId, value: v.value, version: v.version }));
    const valuesBefore = await values();
    const auditBefore = await countRows(seeded.prepared.database, "audit_log");
    const server = await startApiProcess({ DATABASE_URL: seeded.url, DTI_TEST_IMPORT_DELAY_MS: "60000" });
    try {
      const session = await httpSignIn(server.url, "admin@test.vn", TEST_PASSWORD);
      const values = [
        { inputId: "households_with_fiber", value: 123 },
        { inputId: "households_total", value: 300000 },
        { inputId: "population_total", value: 2000000 },
        { inputId: "communes_total", value: 200 },
        { inputId: "3.4.a", value: 150 },
      ];
      const pending = httpCall(server.url, session, "mutation", "assessments.importValues", { assessmentId, values }).catch(
        (error: unknown) => error,
      );
      await untilInTransaction(client, database);
      await server.kill();
      await pending;
    } finally {
      await server.kill();
    }
    await untilNoTransaction(client, database);
    expect(await values()).toEqual(valuesBefore);
    expect(await countRows(seeded.prepared.database, "audit_log")).toBe(auditBefore);
  });
});

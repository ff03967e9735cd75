import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller, createContext, createPackRegistry, insertUser } from "@dti/api-router";
import { TEST_PASSWORD } from "@dti/api-router/testing";
import { createDb, createRepositories } from "@dti/db";
import { countRows } from "@dti/db/testing";
import { createEngine } from "@dti/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepare } from "../src/bootstrap/start";
import { httpCall, httpSignIn, startApiProcess } from "./spawn";

/**
 * The embedded database is what `start` uses by default, so a process killed in the middle of an
 * import must leave its data directory as before the import, and openable: PostgreSQL's crash
 * recovery inside PGlite, on the files of DTI_DATA_DIR. (The same on a real PostgreSQL is in
 * processes.test.ts.) PGlite allows one process per data directory, so the test seeds it, lets the
 * API process have it, kills that process while the import's transaction is open, then opens the
 * directory again.
 */
const HOLD_MARKER = "[test] import holding its transaction open";

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("an API process on the embedded database killed in the middle of an import", () => {
  let dataDir: string;
  let assessmentId: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "dti-kill-pglite-"));
    const prepared = await prepare({ env: { DTI_DEMO: "0" }, dataDir });
    const db = prepared.database;
    try {
      const repos = createRepositories(db.db);
      const admin = await insertUser(repos, {
        email: "admin@test.vn",
        password: TEST_PASSWORD,
        name: "Quản trị Quảng Ninh",
        role: "province_admin",
        unitId: "p63-48",
        agency: null,
      });
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
      assessmentId = (await caller.assessments.create({ unitId: "p63-48", period: 2022 })).id;
      await caller.assessments.setInput({ assessmentId, inputId: "households_with_fiber", value: 0, expectedVersion: null });
    } finally {
      await db.close();
    }
  });
  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function snapshot() {
    const database = await createDb({ kind: "pglite", dataDir });
    try {
      const values = (await createRepositories(database.db).inputs.list(assessmentId)).map((v) => ({
        input_id: v.inputId,
        value: v.value,
        version: v.version,
      }));
      return { values, audit: await countRows(database, "audit_log") };
    } finally {
      await database.close();
    }
  }

  it("leaves the assessment's values and the audit log as before, and the database opens and takes writes again", async () => {
    const before = await snapshot();
    expect(before.values).toEqual([{ input_id: "households_with_fiber", value: 0, version: 1 }]);

    const server = await startApiProcess({ DATABASE_URL: "", DTI_DATA_DIR: dataDir, DTI_TEST_IMPORT_DELAY_MS: "60000" });
    try {
      const session = await httpSignIn(server.url, "admin@test.vn", TEST_PASSWORD);
      const values = [
        { inputId: "households_with_fiber", value: 123 },
        { inputId: "households_total", value: 300000 },
        { inputId: "population_total", value: 2000000 },
      ];
      const pending = httpCall(server.url, session, "mutation", "assessments.importValues", { assessmentId, values }).catch(
        (error: unknown) => error,
      );
      await until(() => server.output().includes(HOLD_MARKER), "the import to open its transaction");
      await server.kill();
      await pending;
    } finally {
      await server.kill();
    }

    // Opened again (crash recovery), exactly as before the import.
    expect(await snapshot()).toEqual(before);

    // And the API starts on it again and writes.
    const restarted = await startApiProcess({ DATABASE_URL: "", DTI_DATA_DIR: dataDir });
    try {
      const session = await httpSignIn(restarted.url, "admin@test.vn", TEST_PASSWORD);
      const write = await httpCall(restarted.url, session, "mutation", "assessments.importValues", {
        assessmentId,
        values: [{ inputId: "households_with_fiber", value: 123 }],
      });
      expect(write.status, JSON.stringify(write.error)).toBe(200);
    } finally {
      await restarted.stop();
    }
    const after = await snapshot();
    expect(after.values).toEqual([{ input_id: "households_with_fiber", value: 123, version: 2 }]);
    expect(after.audit).toBe(before.audit + 1);
    // Three API starts and four openings of the embedded database: slow on a loaded 2-core machine.
  }, 180_000);
});

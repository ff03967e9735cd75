import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { refusal } from "@dti/api-router/testing";
import { createRepositories } from "@dti/db";
import { countRows, freshDatabaseUrl, testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepare } from "../src/bootstrap/start";
import { testServer, type TestServer } from "./helpers";

const published2022 = readFileSync(new URL("../data/published/dti-results-2022.csv", import.meta.url), "utf8");

describe.each(testBackends())("integrity on %s", (kind) => {
  let server: TestServer;
  let assessmentId: string;
  const auditCount = () => countRows(server.api.database, "audit_log");
  const values = async () =>
    (await server.api.repos.inputs.list(assessmentId)).map((v) => ({ input_id: v.inputId, value: v.value, version: v.version }));

  beforeAll(async () => {
    server = await testServer(kind);
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
  });
  afterAll(() => server?.close());

  describe("bulk import of values", () => {
    const file = [
      { inputId: "3.3.a", value: 210000, source: "Báo cáo 2022" },
      { inputId: "households_total", value: 300000 },
      { inputId: "A4", value: 1200000 },
      { inputId: "dts_steering_head", value: "secretary_or_chairman" },
    ];

    it("is all-or-nothing: one bad value, every problem reported, nothing written", async () => {
      const before = await auditCount();
      const error = await refusal(
        server.api.as("adminDN").assessments.importValues({
          assessmentId,
          values: [
            ...file,
            { inputId: "communes_total", value: -1 },
            { inputId: "1.4", value: "no_such_option" },
            { inputId: "nothing", value: 1 },
          ],
        }),
      );
      expect(error.code).toBe("INPUT_INVALID");
      expect(error.fields.map((f) => f.path)).toEqual(["values.4.value", "values.5.value", "values.6.inputId"]);
      expect(await values()).toEqual([]);
      expect(await auditCount()).toBe(before);
    });

    it("refuses the whole file when it holds an input the contributor may not change", async () => {
      const error = await refusal(
        server.api.as("noiVuDN").assessments.importValues({
          assessmentId,
          values: [
            { inputId: "4.5.a", value: 3 },
            { inputId: "3.3.a", value: 1 },
          ],
        }),
      );
      expect(error.code).toBe("FORBIDDEN");
      expect(error.fields).toEqual([expect.objectContaining({ path: "values.1.inputId" })]);
      expect(await values()).toEqual([]);
    });

    it("is idempotent: the same file again changes nothing", async () => {
      expect(await server.api.as("adminDN").assessments.importValues({ assessmentId, values: file })).toEqual({ written: 4, unchanged: 0 });
      const stored = await values();
      const audited = await auditCount();
      expect(await server.api.as("adminDN").assessments.importValues({ assessmentId, values: file })).toEqual({ written: 0, unchanged: 4 });
      expect(await values()).toEqual(stored);
      expect(await auditCount()).toBe(audited);
      expect(stored.every((v) => v.version === 1)).toBe(true);
    });
  });

  describe("published results", () => {
    it("imports a table whose totals match the pack's aggregation, once", async () => {
      const first = await server.api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: published2022 });
      expect(first).toMatchObject({ status: "imported", rows: 64, changes: null });
      expect(first.checks.find((c) => c.unitId === "p63-22" && c.measure === "pillar:cqs")).toMatchObject({ published: 0.7804 });
      // Only the rows with every main index can be checked: the top five.
      expect(new Set(first.checks.map((c) => c.unitId))).toEqual(new Set(["p63-48", "p63-79", "p63-22", "p63-46", "p63-92"]));
      const audited = await auditCount();
      expect(
        await server.api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: published2022 }),
      ).toMatchObject({ status: "unchanged", rows: 64 });
      expect(await auditCount()).toBe(audited);
      const list = await server.api.as("viewerDN").published.list({ period: 2022 });
      expect(list.slice(0, 5).map((r) => [r.unitId, r.rank])).toEqual([
        ["p63-48", 1],
        ["p63-79", 2],
        ["p63-22", 3],
        ["p63-46", 4],
        ["p63-92", 5],
      ]);
      expect(list.filter((r) => r.kind === "province")).toHaveLength(63);
    });

    it("says what a newer table changed: rows added, changed (old → new) and removed", async () => {
      const newer = published2022
        .replace("2022,922/QĐ-BTTTT,Lạng Sơn,6,,", "2022,922/QĐ-BTTTT,Lạng Sơn,6,0.6900,")
        .replace(/\n2022,922\/QĐ-BTTTT,Bắc Kạn,63,[^\n]*/, "");
      const replaced = await server.api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: newer });
      expect(replaced).toMatchObject({ status: "replaced", rows: 63 });
      expect(replaced.changes).toEqual({
        added: [],
        removed: [expect.objectContaining({ unitId: "p63-06", rank: 63 })],
        changed: [expect.objectContaining({ unitId: "p63-20", fields: [{ field: "overall", before: null, after: 0.69 }] })],
      });
      // The shipped table again restores what it had.
      const restored = await server.api
        .as("national")
        .published.importCsv({ packId: "dti-province-2022", period: 2022, csv: published2022 });
      expect(restored.changes?.added).toEqual([expect.objectContaining({ unitId: "p63-06" })]);
    });

    it("refuses a table whose overall does not follow from its main indices, naming the row", async () => {
      const wrong = published2022.replace("TP. Đà Nẵng,1,0.8002", "TP. Đà Nẵng,1,0.9002");
      const error = await refusal(server.api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: wrong }));
      expect(error.code).toBe("PUBLISHED_TOTALS_MISMATCH");
      expect(error.fields).toEqual([expect.objectContaining({ path: "p63-48.overall" })]);
      expect((await server.api.as("national").published.list({ period: 2022 })).find((r) => r.unitId === "p63-48")?.overall).toBe(0.8002);
    });

    it("reports every unreadable cell by row and column, and imports nothing", async () => {
      const broken = "unit,rank,overall,I,Z\nAtlantis,1,0.5,0.5,1\np63-01,x,2,0.5,1\n";
      const error = await refusal(
        server.api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2023, csv: broken }),
      );
      expect(error.code).toBe("IMPORT_INVALID");
      // Every problem at once, by row then column: an unknown header no longer hides the cells.
      expect(error.fields.map((f) => f.path)).toEqual([
        "row 1, column Z",
        "row 2, column unit",
        "row 3, column rank",
        "row 3, column overall",
      ]);
      const error2 = await refusal(
        server.api.as("national").published.importCsv({
          packId: "dti-province-2022",
          period: 2023,
          csv: "unit,rank,overall,I\nAtlantis,1,0.5,0.5\np63-01,x,2,0.5\n",
        }),
      );
      expect(error2.fields.map((f) => f.path)).toEqual(["row 2, column unit", "row 3, column rank", "row 3, column overall"]);
      expect(await server.api.as("national").published.list({ period: 2023 })).toEqual([]);
    });

    it("only national admins import", async () => {
      expect(
        (await refusal(server.api.as("adminDN").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: published2022 })))
          .code,
      ).toBe("FORBIDDEN");
    });
  });
});

describe.each(testBackends())("start on %s", (kind) => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  let env: NodeJS.ProcessEnv;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "dti-start-"));
    dirs.push(dataDir);
    env = kind === "postgres" ? { DATABASE_URL: await freshDatabaseUrl(), DTI_DEMO: "1" } : { DTI_DEMO: "1" };
  });

  it("seeds once and changes nothing on restart (packs, units, published, demo)", async () => {
    const counts = async (p: Awaited<ReturnType<typeof prepare>>) => {
      const count = async (
        table:
          "packs" | "units" | "unit_lineage" | "published_results" | "users" | "assessments" | "input_values" | "audit_log" | "imports",
      ) => countRows(p.database, table);
      return {
        packs: await count("packs"),
        units: await count("units"),
        lineage: await count("unit_lineage"),
        published: await count("published_results"),
        users: await count("users"),
        assessments: await count("assessments"),
        values: await count("input_values"),
        audit: await count("audit_log"),
        imports: await count("imports"),
      };
    };
    const first = await prepare({ env, dataDir });
    expect(first.database.kind).toBe(kind);
    expect(first.demo).toEqual({ units: 3, usersCreated: 6, assessmentsCreated: 3 });
    const once = await counts(first);
    // The published record: 17 + 15 + 64 + 14 + 19 rows of 2020–2024, one import per year.
    expect(once).toMatchObject({ units: 63 + 34 + 3, published: 129, assessments: 3, users: 6, imports: 5 });
    const repos = createRepositories(first.database.db);
    const demoUsers = await repos.users.list();
    expect(demoUsers.every((u) => u.isDemo && u.displayName.endsWith("(demo)"))).toBe(true);
    const demoAssessments = await repos.assessments.list({});
    const demoUnits = new Map((await repos.units.byIds(demoAssessments.map((a) => a.unitId))).map((u) => [u.id, u]));
    expect(demoAssessments).toHaveLength(3);
    expect(
      demoAssessments.every(
        (a) => a.isDemo && demoUnits.get(a.unitId)?.region === "demo" && demoUnits.get(a.unitId)!.name.includes("dữ liệu minh họa"),
      ),
    ).toBe(true);
    await first.database.close();

    const second = await prepare({ env, dataDir });
    expect(second.demo).toEqual({ units: 3, usersCreated: 0, assessmentsCreated: 0 });
    expect(second.published.map((p) => p.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(second.packs.every((p) => !p.created)).toBe(true);
    expect(await counts(second)).toEqual(once);
    await second.database.close();
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pack2020 from "@dti-packs/dti-province-2020";
import pack2022 from "@dti-packs/dti-province-2022";
import pack2024 from "@dti-packs/dti-province-2024";
import { provinceNameOf, readPublishedRecordCsv } from "@dti/api-router";
import type { PublishedRowDto } from "@dti/contracts";
import { freshDatabaseUrl, testBackends } from "@dti/db/testing";
import { createEngine } from "@dti/engine";
import { parseCsv } from "@dti/spreadsheets/csv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { prepare, shippedPublishedTables } from "../src/bootstrap/start";

const engine = createEngine();
const packs = { 2020: engine.load(pack2020), 2022: engine.load(pack2022), 2024: engine.load(pack2024) };
const packFor = (year: number) => (year === 2020 ? packs[2020] : year === 2024 ? packs[2024] : packs[2022]);
const tables = shippedPublishedTables().map((t) => {
  const { header, records } = parseCsv(t.csv);
  const cells = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ""])));
  return { ...t, year: Number(cells[0]!.year), cells };
});

describe("the shipped published record (apps/api/data/published)", () => {
  it("holds one table per year, 2020 to 2024", () => {
    expect(tables.map((t) => [t.file, t.year])).toEqual([
      ["dti-results-2020.csv", 2020],
      ["dti-results-2021.csv", 2021],
      ["dti-results-2022.csv", 2022],
      ["dti-results-2023.csv", 2023],
      ["dti-results-2024.csv", 2024],
    ]);
  });

  describe.each(tables)("$file", (table) => {
    const reading = readPublishedRecordCsv(table.csv, { period: table.year, pack: packFor(table.year) });

    it("is read whole: every province mapped to a unit of @dti/units, every row kept", () => {
      // A name that cannot be mapped is a problem naming its row: this fails loudly with it.
      expect(reading.problems).toEqual([]);
      expect(reading.rows).toHaveLength(table.cells.length);
      reading.rows.forEach((row, i) => {
        const cells = table.cells[i]!;
        expect(row.nameAsPublished).toBe(cells.province);
        if (row.kind === "average") expect(row.unitId).toBeNull();
        else expect(row.unitId, cells.province).toMatch(cells.cohort === "34" ? /^p34-\d\d$/ : /^p63-\d\d$/);
      });
    });

    it("keeps what the sources say: a rank without a value stays so, no value or rank is made up", () => {
      reading.rows.forEach((row, i) => {
        const cells = table.cells[i]!;
        expect(row.rank, cells.province).toBe(cells.rank === "" ? null : Number(cells.rank));
        expect(row.overall, cells.province).toBe(cells.overall === "" ? null : Number(cells.overall));
        expect(row.cohort).toBe(cells.cohort);
        expect(row.note ?? "").toBe(cells.note);
        expect(row.sources).toEqual((cells.source_url ?? "").split("|").map((s) => s.trim()));
        expect(row.sources!.every((s) => /^https?:\/\//.test(s))).toBe(true);
      });
      const rankOnly = reading.rows.filter((r) => r.rank !== null && r.overall === null);
      expect(rankOnly.length).toBe(table.cells.filter((c) => c.rank !== "" && c.overall === "").length);
    });
  });

  it("maps the names the sources write to the right units", () => {
    const units = (year: number) =>
      readPublishedRecordCsv(tables.find((t) => t.year === year)!.csv, { period: year, pack: packFor(year) }).rows;
    const y2024 = units(2024);
    const unitOf = (name: string) => y2024.find((r) => r.nameAsPublished === name)?.unitId;
    expect(unitOf("TP. Hồ Chí Minh (cũ / pre-merger)")).toBe("p63-79");
    expect(unitOf("TP. Hồ Chí Minh (mới = HCM + Bình Dương + BR-VT)")).toBe("p34-79");
    expect(unitOf("TP. Đà Nẵng (mới = Đà Nẵng + Quảng Nam)")).toBe("p34-48");
    expect(unitOf("Quảng Nam (cũ / pre-merger)")).toBe("p63-49");
    expect(y2024.filter((r) => r.nameAsPublished === "TP. Hà Nội").map((r) => [r.unitId, r.cohort])).toEqual([
      ["p63-01", "63"],
      ["p34-01", "34"],
    ]);
    expect(y2024.find((r) => r.kind === "average")).toMatchObject({ cohort: "63?", cohortSize: null, overall: 0.6961 });
    const y2022 = units(2022);
    expect(new Set(y2022.filter((r) => r.kind === "province").map((r) => r.unitId)).size).toBe(63);
    expect(y2022.find((r) => r.kind === "average")).toMatchObject({ overall: null, note: expect.stringContaining("sources disagree") });
    expect(y2022.find((r) => r.unitId === "p63-22")).toMatchObject({
      indices: { I: 0.9581, VIII: 0.4505 },
      pillars: { cqs: 0.7804 },
      pillarRanks: { cqs: 4, kts: 9, xhs: 2 },
    });
    expect(provinceNameOf("TP. Hải Phòng (mới = Hải Phòng + Hải Dương)")).toBe("TP. Hải Phòng");
  });

  it("refuses a name no unit answers to, naming the row", () => {
    const table = tables.find((t) => t.year === 2021)!;
    const reading = readPublishedRecordCsv(table.csv.replace("Bình Phước", "Bình Phươc Xa"), { period: 2021, pack: packs[2022] });
    expect(reading.rows).toEqual([]);
    expect(reading.problems).toEqual([expect.objectContaining({ path: "row 11, column province" })]);
  });
});

describe.each(testBackends())("after start on a fresh database (%s)", (kind) => {
  const dirs: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  let prepared: Awaited<ReturnType<typeof prepare>>;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "dti-published-"));
    dirs.push(dataDir);
    const env = kind === "postgres" ? { DATABASE_URL: await freshDatabaseUrl(), DTI_DEMO: "0" } : { DTI_DEMO: "0" };
    prepared = await prepare({ env, dataDir });
    app = await buildApp({ db: prepared.database, logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await prepared?.database.close();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  const get = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PublishedRowDto[]>();
  };

  it("imported every shipped table under its framework's pack", () => {
    expect(prepared.published).toEqual([
      { period: 2020, packId: "dti-province-2020", status: "imported", rows: 17 },
      { period: 2021, packId: "dti-province-2022", status: "imported", rows: 15 },
      { period: 2022, packId: "dti-province-2022", status: "imported", rows: 64 },
      { period: 2023, packId: "dti-province-2022", status: "imported", rows: 14 },
      { period: 2024, packId: "dti-province-2024", status: "imported", rows: 19 },
    ]);
  });

  it("/api/v1/published/2022 lists all 63 provinces and the provincial average", async () => {
    const rows = await get("/api/v1/published/2022");
    const provinces = rows.filter((r) => r.kind === "province");
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((r) => r.unitId)).size).toBe(63);
    expect(provinces.map((r) => r.rank)).toEqual([...Array(63).keys()].map((i) => i + 1).map((rank) => (rank === 16 ? 15 : rank)));
    expect(provinces[0]).toMatchObject({
      unitId: "p63-48",
      unitName: "Thành phố Đà Nẵng",
      overall: 0.8002,
      framework: "922/QĐ-BTTTT",
      cohort: "63",
      cohortSize: 63,
      sources: ["https://dti.gov.vn/xep-hang-2022", "https://baodanang.vn/khcn/202307/tien-phong-chuyen-doi-so-3950620"],
    });
    expect(provinces.find((r) => r.unitId === "p63-20")).toMatchObject({ rank: 6, overall: null });
    const averages = rows.filter((r) => r.kind === "average");
    expect(averages).toEqual([
      expect.objectContaining({ unitId: null, overall: null, rank: null, note: expect.stringContaining("0.5786") }),
    ]);
  });

  it.each([
    [2020, 17],
    [2021, 15],
    [2023, 14],
    [2024, 19],
  ])("/api/v1/published/%i returns every row of the shipped table (%i)", async (year, count) => {
    const rows = await get(`/api/v1/published/${year}`);
    expect(rows).toHaveLength(count);
    const table = tables.find((t) => t.year === year)!;
    expect(rows.map((r) => r.nameAsPublished).sort()).toEqual(table.cells.map((c) => c.province).sort());
    expect(rows.filter((r) => r.kind === "average")).toHaveLength(1);
  });

  it("keeps rank-only rows, both 2024 cohorts, the '63?' cohort and notes", async () => {
    const y2020 = await get("/api/v1/published/2020");
    expect(y2020.find((r) => r.unitId === "p63-46")).toMatchObject({ rank: 2, overall: null, packId: "dti-province-2020" });
    expect(y2020.find((r) => r.unitId === "p63-27")).toMatchObject({ rank: 3, overall: 0.4096, pillarRanks: { cqs: 8, kts: 2, xhs: 2 } });
    const y2024 = await get("/api/v1/published/2024");
    expect(y2024.filter((r) => r.cohort === "34")).toHaveLength(12);
    expect(y2024.filter((r) => r.cohort === "63")).toHaveLength(6);
    expect(y2024.find((r) => r.unitId === "p34-48")).toMatchObject({ overall: 0.7069, rank: 17, note: expect.stringContaining("0.8335") });
    expect(y2024.find((r) => r.kind === "average")).toMatchObject({ cohort: "63?", cohortSize: null, pillars: { cqs: 0.7582 } });
    const y2021 = await get("/api/v1/published/2021");
    expect(y2021.find((r) => r.unitId === "p63-84")).toMatchObject({ rank: null, overall: null, note: expect.stringContaining("DERIVED") });
  });

  it("ranks publicly with the averages apart", async () => {
    const response = await app.inject({ method: "GET", url: "/api/v1/rankings/2020" });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      rows: { unitId: string; published: { rank: number | null; overall: number | null } }[];
      averages: unknown[];
    }>();
    expect(body.rows).toHaveLength(16);
    expect(body.averages).toEqual([expect.objectContaining({ kind: "average", overall: 0.3026 })]);
  });
});

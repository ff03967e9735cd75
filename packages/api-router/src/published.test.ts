import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { createEngine } from "@dti/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPublishedCsv } from "./services/published";
import { createTestApi, refusal, type TestApi } from "./testing/index";

const loaded = createEngine().load(pack2022);
const read = (csv: string, period = 2022) => readPublishedCsv(csv, loaded, period, `${period}-12-31`);

/** The admin's short layout (as the API's published-2022.csv had it): unit id, name, rank, overall, indices, pillars, source. */
const API_LAYOUT = [
  "unit,name,rank,overall,I,II,III,IV,V,VI,VII,VIII,pillar:cqs,pillar:kts,pillar:xhs,source",
  'p63-48,Đà Nẵng,1,0.8002,1.0000,0.9000,0.8253,0.8487,0.7578,0.8575,0.7836,0.5197,,,,"https://dti.gov.vn/xep-hang-2022"',
  "p63-22,Quảng Ninh,3,0.7024,0.9581,0.9000,0.7648,0.6250,0.5382,0.8385,0.5904,0.4505,0.7804,0.7187,0.6864,",
].join("\n");

/** The same figures as Excel set to Vietnamese saves them: ";", decimal commas, Vietnamese headers, province names. */
const VIETNAMESE = [
  "\uFEFFTỉnh/thành phố;Xếp hạng;DTI;Nhận thức số;Thể chế số;Hạ tầng số;Nhân lực số;An toàn thông tin mạng;Hoạt động chính quyền số;Hoạt động kinh tế số;Hoạt động xã hội số;Chính quyền số;Kinh tế số;Xã hội số;Nguồn",
  "Thành phố Đà Nẵng;1;0,8002;1;0,9;0,8253;0,8487;0,7578;0,8575;0,7836;0,5197;;;;Bộ TT&TT, xếp hạng DTI 2022",
  'Quảng Ninh;3;0,7024;0,9581;0,9;0,7648;0,625;0,5382;0,8385;0,5904;0,4505;0,7804;0,7187;0,6864;"Bộ TT&TT; vietnamnet.vn"',
].join("\r\n");

describe("readPublishedCsv (the platform's reader, units through @dti/units)", () => {
  it("reads the API's layout: the unit column is an id, code or name, pillars where given", () => {
    const { rows, problems } = read(API_LAYOUT);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        unitId: "p63-48",
        period: 2022,
        packId: "dti-province-2022",
        overall: 0.8002,
        rank: 1,
        indices: { I: 1, II: 0.9, III: 0.8253, IV: 0.8487, V: 0.7578, VI: 0.8575, VII: 0.7836, VIII: 0.5197 },
        pillars: {},
        source: "https://dti.gov.vn/xep-hang-2022",
        cohort: "63",
        cohortSize: 63,
      },
      {
        unitId: "p63-22",
        period: 2022,
        packId: "dti-province-2022",
        overall: 0.7024,
        rank: 3,
        indices: { I: 0.9581, II: 0.9, III: 0.7648, IV: 0.625, V: 0.5382, VI: 0.8385, VII: 0.5904, VIII: 0.4505 },
        pillars: { cqs: 0.7804, kts: 0.7187, xhs: 0.6864 },
        source: null,
        cohort: "63",
        cohortSize: 63,
      },
    ]);
    // An id, an official code, a name with or without "Tỉnh"/"Thành phố".
    expect(read("unit,overall\np63-48,0.8\n22,0.7\nThành phố Cần Thơ,0.69\nthua thien hue,0.6\n").rows.map((r) => r.unitId)).toEqual([
      "p63-48",
      "p63-22",
      "p63-92",
      "p63-46",
    ]);
  });

  it("reads a table with Vietnamese headers, ';' and decimal commas", () => {
    const { rows, problems } = read(VIETNAMESE);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({
        unitId: "p63-48",
        rank: 1,
        overall: 0.8002,
        indices: expect.objectContaining({ I: 1, II: 0.9, VIII: 0.5197 }),
        pillars: {},
        source: "Bộ TT&TT, xếp hạng DTI 2022",
      }),
      expect.objectContaining({
        unitId: "p63-22",
        rank: 3,
        overall: 0.7024,
        pillars: { cqs: 0.7804, kts: 0.7187, xhs: 0.6864 },
        source: "Bộ TT&TT; vietnamnet.vn",
      }),
    ]);
  });

  it("reports every problem at once, by row and column, in English with what was expected, and gives no rows", () => {
    const { rows, problems } = read("unit,rank,overall,I,Z\nAtlantis,1,0.5,0.5,1\np63-01,x,2,,1\nHà Nội,2,0.5,0.5,1\np63-48,1,0.5\n");
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual([
      "row 1, column Z",
      "row 2, column unit",
      "row 3, column rank",
      "row 3, column overall",
      "row 3, column I",
      "row 4, column unit",
      "row 5",
    ]);
    expect(problems[1]).toEqual({
      path: "row 2, column unit",
      message: expect.stringMatching(/Atlantis/),
      expected: "a unit id (p63-48), code or name valid on 2022-12-31",
    });
    expect(problems[3]).toEqual({
      path: "row 3, column overall",
      message: "2 is outside 0..1 (a percentage such as 80.02 is written 0.8002)",
      expected: "a value between 0 and 1 such as 0.8002 or 0,8002",
    });
    expect(problems[4]).toMatchObject({
      path: "row 3, column I",
      message: expect.stringMatching(/^missing value/),
      expected: "a value between 0 and 1 such as 0.8002 or 0,8002",
    });
    expect(problems[5]).toEqual({
      path: "row 4, column unit",
      message: '"Hà Nội" is p63-01 (Thành phố Hà Nội), already given on row 3',
      expected: "each unit once",
    });
    expect(problems[6]).toMatchObject({ path: "row 5", message: "3 field(s) where the header has 5" });
  });

  it("names the header row and the year a table is for", () => {
    expect(read("")).toEqual({ rows: [], problems: [{ path: "row 1", message: "the file is empty: a header line is expected" }] });
    expect(read("rank,I\n1,0.5\n").problems.map((p) => [p.path, p.message])).toEqual([
      ["row 1", "no unit column (code or name)"],
      ["row 1", "no overall column"],
    ]);
    expect(read("year,unit,overall\n2021,p63-48,0.8\n").problems).toEqual([
      { path: "row 2, column year", message: "the row is for 2021, the import for 2022", expected: "2022, or no year column" },
    ]);
    expect(read("year,unit,overall\n2022,p63-48,0.8\n").rows).toHaveLength(1);
  });
});

describe("@dti/spreadsheets in the router", () => {
  it("is imported only from @dti/spreadsheets/csv, so loading the router never loads exceljs", () => {
    const src = fileURLToPath(new URL(".", import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const specifiers = files.flatMap((f) =>
      [...readFileSync(join(src, f), "utf8").matchAll(/from\s+"(@dti\/spreadsheets[^"]*)"/g)].map((m) => m[1]),
    );
    expect(new Set(specifiers)).toEqual(new Set(["@dti/spreadsheets/csv"]));
  });
});

describe.each(testBackends())("published.importCsv on %s", (kind) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
  });
  afterAll(() => api?.close());

  it("imports a table with Vietnamese headers, ';' and decimal commas, checked against the pack's aggregation, once", async () => {
    const first = await api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: VIETNAMESE });
    expect(first).toMatchObject({ status: "imported", rows: 2 });
    expect(first.checks.find((c) => c.unitId === "p63-22" && c.measure === "pillar:cqs")).toMatchObject({ published: 0.7804 });
    expect(await api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: VIETNAMESE })).toMatchObject({
      status: "unchanged",
      rows: 2,
    });
    const list = await api.as("viewerDN").published.list({ period: 2022 });
    expect(list.map((r) => [r.unitId, r.rank, r.overall, r.source])).toEqual([
      ["p63-48", 1, 0.8002, "Bộ TT&TT, xếp hạng DTI 2022"],
      ["p63-22", 3, 0.7024, "Bộ TT&TT; vietnamnet.vn"],
    ]);
  });

  it("refuses a table with problems as IMPORT_INVALID, every one by row and column, and stores nothing", async () => {
    const csv = VIETNAMESE.replace("Quảng Ninh;3;0,7024", "Quảng Ninh;ba;1,7024").replace("Thành phố Đà Nẵng", "Atlantis");
    const error = await refusal(api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2023, csv }));
    expect(error.code).toBe("IMPORT_INVALID");
    expect(error.fields.map((f) => f.path)).toEqual(["row 2, column Tỉnh/thành phố", "row 3, column Xếp hạng", "row 3, column DTI"]);
    expect(error.message).toMatch(/^the table has 3 problem\(s\); nothing was imported\. First: row 2, column Tỉnh\/thành phố: /);
    expect(await api.as("national").published.list({ period: 2023 })).toEqual([]);
  });

  it("refuses totals that do not follow from the main indices (PUBLISHED_TOTALS_MISMATCH)", async () => {
    const csv = VIETNAMESE.replace("Quảng Ninh;3;0,7024", "Quảng Ninh;3;0,7124");
    const error = await refusal(api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2023, csv }));
    expect(error.code).toBe("PUBLISHED_TOTALS_MISMATCH");
    expect(error.fields).toEqual([expect.objectContaining({ path: "p63-22.overall" })]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import pack2022 from "@dti-packs/dti-province-2022";
import { readPublishedResultsCsv } from "./published";
import { rankingCsv } from "../exports/csv";
import { engine, loaded2022, PACKAGE_DIR } from "../test/helpers";

const TOP5 = readFileSync(join(PACKAGE_DIR, "fixtures/published-2022-top5.csv"), "utf8");

describe("readPublishedResultsCsv", () => {
  it("reads the published DTI 2022 top five: units as written, ranks, overall, indices by name, pillars where published, sources", () => {
    const { rows, problems, columns } = readPublishedResultsCsv(TOP5, { pack: pack2022 });
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({
      year: "period",
      framework: "ignored",
      rank: "rank",
      province: "unit_name",
      overall: "overall",
      nhan_thuc_so: "index:I",
      hoat_dong_xa_hoi_so: "index:VIII",
      cqs_pillar: "pillar:cqs",
      source: "source",
    });
    expect(rows.map((r) => [r.rank, r.unit, r.overall])).toEqual([
      [1, "Đà Nẵng", 0.8002],
      [2, "Hồ Chí Minh", 0.7163],
      [3, "Quảng Ninh", 0.7024],
      [4, "Thừa Thiên Huế", 0.6975],
      [5, "Cần Thơ", 0.6924],
    ]);
    expect(rows[0]).toEqual({
      line: 2,
      unit: "Đà Nẵng",
      name: "Đà Nẵng",
      rank: 1,
      overall: 0.8002,
      indices: { I: 1, II: 0.9, III: 0.8253, IV: 0.8487, V: 0.7578, VI: 0.8575, VII: 0.7836, VIII: 0.5197 },
      source: "https://dti.gov.vn/xep-hang-2022",
      period: 2022,
    });
    expect(rows[2]!.pillars).toEqual({ cqs: 0.7804, kts: 0.7187, xhs: 0.6864 });
    expect(rows.filter((r) => r.pillars).map((r) => r.unit)).toEqual(["Quảng Ninh"]);
  });

  it("leaves checking totals to the engine: the published indices aggregate to the published overall and pillars", () => {
    const { rows } = readPublishedResultsCsv(TOP5, { pack: pack2022 });
    // Published indices are rounded to 4 decimals, and so is the overall: the two roundings together
    // allow a difference of up to 0.0001.
    const result = engine.aggregate(loaded2022, {
      period: 2022,
      rows: rows.map((r, k) => ({ code: `P${k + 1}`, name: r.unit, indices: r.indices })),
    });
    rows.forEach((row, k) => {
      const unit = result.units[k]!;
      expect(Math.abs(unit.overall - row.overall), row.unit).toBeLessThanOrEqual(0.0001);
      expect(unit.rank).toBe(row.rank);
      for (const [pillar, value] of Object.entries(row.pillars ?? {}))
        expect(Math.abs(unit.pillars[pillar]!.value - value)).toBeLessThanOrEqual(0.0001);
    });
  });

  it("reads a table saved by Excel set to Vietnamese: ';' separator, decimal commas, Vietnamese headers", () => {
    const text =
      '\uFEFFXếp hạng;Mã;Tỉnh;Chỉ số DTI;Nhận thức số;THỂ CHẾ SỐ;III. Hạ tầng số;Trụ cột Chính quyền số;Nguồn\r\n1;DNG;Đà Nẵng;0,8002;1;0,9;0,8253;;"Bộ TT&TT; 2023"\r\n';
    const { rows, problems } = readPublishedResultsCsv(text, { pack: pack2022 });
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        unit: "DNG",
        code: "DNG",
        name: "Đà Nẵng",
        rank: 1,
        overall: 0.8002,
        indices: { I: 1, II: 0.9, III: 0.8253 },
        source: "Bộ TT&TT; 2023",
      },
    ]);
  });

  it("reads a generic unit column as the unit's identifier beside a name column (the API's layout), else as its name", () => {
    const text =
      'unit,name,rank,overall,I,II,III,IV,V,VI,VII,VIII,pillar:cqs,pillar:kts,pillar:xhs,source\np63-22,Quảng Ninh,3,0.7024,0.9581,0.9000,0.7648,0.6250,0.5382,0.8385,0.5904,0.4505,0.7804,0.7187,0.6864,"a, ""quoted"" source"\n';
    const { rows, problems, columns } = readPublishedResultsCsv(text, { pack: pack2022 });
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ unit: "unit_code", name: "unit_name", "pillar:cqs": "pillar:cqs", VIII: "index:VIII" });
    expect(rows).toEqual([
      {
        line: 2,
        unit: "p63-22",
        code: "p63-22",
        name: "Quảng Ninh",
        rank: 3,
        overall: 0.7024,
        indices: { I: 0.9581, II: 0.9, III: 0.7648, IV: 0.625, V: 0.5382, VI: 0.8385, VII: 0.5904, VIII: 0.4505 },
        pillars: { cqs: 0.7804, kts: 0.7187, xhs: 0.6864 },
        source: 'a, "quoted" source',
      },
    ]);
    const alone = readPublishedResultsCsv("Đơn vị;DTI\nĐà Nẵng;0,8002\n", { pack: pack2022 });
    expect(alone.columns).toEqual({ "Đơn vị": "unit_name", DTI: "overall" });
    expect(alone.rows).toEqual([{ line: 2, unit: "Đà Nẵng", name: "Đà Nẵng", overall: 0.8002, indices: {} }]);
    const twice = readPublishedResultsCsv("unit,code,name,overall\nx,DNG,Đà Nẵng,0.8\n", { pack: pack2022 });
    expect(twice.problems.map((p) => [p.code, p.row, p.column, p.header])).toEqual([["CSV_DUPLICATE_COLUMN", 1, 2, "code"]]);
  });

  it("reads blank lines as nothing and reports a quote left open on the line it opens", () => {
    const { rows, problems } = readPublishedResultsCsv('\uFEFFunit,overall\r\n\r\nĐà Nẵng,0.8002\r\n\r\n"Hồ Chí Minh,0.7163\r\n', {
      pack: pack2022,
    });
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.code, p.row, p.column ?? null, p.message.en])).toEqual([
      ["CSV_MALFORMED", 5, 1, "a quoted field is never closed"],
    ]);
  });

  it("reads back what rankingCsv writes", () => {
    const aggregated = engine.aggregate(loaded2022, {
      period: 2022,
      rows: [
        {
          code: "DNG",
          name: "Đà Nẵng",
          indices: { I: 1, II: 0.9, III: 0.8253, IV: 0.8487, V: 0.7578, VI: 0.8575, VII: 0.7836, VIII: 0.5197 },
        },
      ],
    });
    const { rows, problems } = readPublishedResultsCsv(rankingCsv(aggregated, pack2022), { pack: pack2022 });
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      unit: "DNG",
      name: "Đà Nẵng",
      rank: 1,
      overall: 0.8002,
      indices: { I: 1, VIII: 0.5197 },
      pillars: { cqs: 0.8638, kts: 0.8473, xhs: 0.7864 },
    });
  });

  it("reports every problem by row and column, and returns no rows", () => {
    const text = [
      "rank,province,overall,I,Nhận thức số,Chỉ số lạ,VI",
      "1,Đà Nẵng,0.8002,1,1,x,0.8575",
      "0,,abc,1.2,1,x,80.02",
      "3,Đà Nẵng,,0.5,0.5,x,0.5",
      '4,"Cần Thơ,0.69',
    ].join("\n");
    const { rows, problems } = readPublishedResultsCsv(text, { pack: pack2022 });
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.code, p.row, p.column ?? null, p.header ?? null])).toEqual([
      ["CSV_DUPLICATE_COLUMN", 1, 5, "Nhận thức số"],
      ["CSV_UNKNOWN_COLUMN", 1, 6, "Chỉ số lạ"],
      ["CSV_OUT_OF_RANGE", 3, 1, "rank"],
      ["CSV_EMPTY_CELL", 3, 2, "province"],
      ["CSV_NOT_A_NUMBER", 3, 3, "overall"],
      ["CSV_OUT_OF_RANGE", 3, 4, "I"],
      ["CSV_OUT_OF_RANGE", 3, 7, "VI"],
      ["CSV_DUPLICATE_UNIT", 4, 2, "province"],
      ["CSV_EMPTY_CELL", 4, 3, "overall"],
      ["CSV_MALFORMED", 5, 2, null],
    ]);
    expect(problems.find((p) => p.header === "VI")!.message.en).toBe(
      "80.02 is outside 0..1 (a percentage such as 80.02 is written 0.8002)",
    );
    const missing = readPublishedResultsCsv("rank,I\n1,0.5\n", { pack: pack2022 });
    expect(missing.problems.map((p) => p.code)).toEqual(["CSV_MISSING_COLUMN", "CSV_MISSING_COLUMN"]);
    expect(readPublishedResultsCsv("", { pack: pack2022 }).problems.map((p) => p.code)).toEqual(["CSV_MALFORMED"]);
  });
});

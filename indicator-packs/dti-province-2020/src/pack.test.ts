import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "@dti/engine";
import { describePack } from "@dti/pack-sdk/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import definition from "./index";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
// Validates with zero warnings and speaks Vietnamese and English everywhere. No golden cases of raw
// inputs: the pack covers main-index values only (its aggregation cases are below).
const { pack } = describePack(definition, {
  warnings: "none",
  versionsFile: fileURLToPath(new URL("../pack-versions.json", import.meta.url)),
});
const engine = createEngine();
const loaded = engine.load(definition);

const SEVEN = [
  "Chuyển đổi nhận thức",
  "Kiến tạo thể chế",
  "Phát triển hạ tầng và nền tảng số",
  "Thông tin và dữ liệu số",
  "Hoạt động chuyển đổi số",
  "An toàn, an ninh mạng",
  "Đào tạo và phát triển nhân lực",
];

describe("dti-province-2020: the pack", () => {
  it("covers main-index (pillar) values, for DTI 2020 only", () => {
    expect(pack.meta.coverage).toBe("indices");
    expect(pack.meta.years).toEqual([2020]);
    expect(pack.meta.legalBasis).toMatchObject({ decision: "1726/QĐ-BTTTT", date: "2020-10-12" });
  });

  it("is worth 1000 points: Chính quyền số 400, Kinh tế số 300, Xã hội số 300", () => {
    expect(Object.fromEntries(pack.indices.map((x) => [x.code, x.maxPoints]))).toEqual({ CQS: 400, KTS: 300, XHS: 300 });
    expect(pack.aggregation.totalPoints).toBe(1000);
    expect(pack.aggregation.pillars.map((p) => [p.id, p.indices])).toEqual([
      ["cqs", ["CQS"]],
      ["kts", ["KTS"]],
      ["xhs", ["XHS"]],
    ]);
  });

  it("names each pillar's seven main indices, with their points unknown", () => {
    for (const index of pack.indices) {
      expect(
        index.components?.map((c) => c.name.vi),
        index.code,
      ).toEqual(SEVEN);
      expect(
        index.components?.every((c) => c.maxPoints === null),
        index.code,
      ).toBe(true);
      expect(index.source, index.code).toMatch(/vndx\.gov\.vn/);
    }
  });

  it("has no indicators and no inputs: the component rules of 1726 are not available", () => {
    expect(pack.indicators).toEqual([]);
    expect(pack.inputs).toEqual([]);
    for (const index of pack.indices) expect(index.notes, index.code).toMatch(/no indicators because/);
  });
});

describe("dti-province-2020: what the engine may do with it", () => {
  it("refuses to score raw inputs (PACK_COVERAGE)", () => {
    expect(() => engine.score(loaded, { period: 2020, units: [{ code: "A", inputs: {} }] })).toThrowError(
      expect.objectContaining({ code: "PACK_COVERAGE" }),
    );
  });

  interface AggregateCase {
    name: string;
    rows: { code: string; indices: Record<string, number> }[];
    expected?: Record<string, { overall?: number; pillars?: Record<string, number>; rank?: number }>;
    error?: string;
  }
  const { cases } = parse(readFileSync(join(fixtures, "aggregate-cases.yaml"), "utf8")) as { cases: AggregateCase[] };

  for (const c of cases) {
    it(`aggregates: ${c.name}`, () => {
      const run = () => engine.aggregate(loaded, { period: 2020, rows: c.rows });
      if (c.error) {
        expect(run).toThrowError(expect.objectContaining({ code: c.error }));
        return;
      }
      const result = run();
      expect(result.basis).toBe("indices");
      for (const [code, want] of Object.entries(c.expected ?? {})) {
        const unit = result.units.find((u) => u.code === code)!;
        if (want.overall !== undefined) expect(unit.overall, `${code} overall`).toBeCloseTo(want.overall, 12);
        for (const [id, value] of Object.entries(want.pillars ?? {}))
          expect(unit.pillars[id]!.value, `${code} ${id}`).toBeCloseTo(value, 12);
        if (want.rank !== undefined) expect(unit.rank, `${code} rank`).toBe(want.rank);
      }
    });
  }
});

interface PublishedRow {
  rank: number;
  code: string;
  name: string;
  overall: number;
  indices: Record<string, number>;
  verified: boolean;
  source: string;
}

describe("dti-province-2020: published 2020 values", () => {
  const published = parse(readFileSync(join(fixtures, "published-2020.yaml"), "utf8")) as { year: number; rows: PublishedRow[] };
  const result = engine.aggregate(loaded, {
    period: published.year,
    rows: published.rows.map((r) => ({ code: r.code, name: r.name, indices: r.indices })),
  });
  const unit = (code: string) => result.units.find((u) => u.code === code)!;
  const rounded = (x: number) => Math.round(x * 1e4) / 1e4;

  it("rebuilds Quảng Ninh 0.3897 and Bắc Ninh 0.4096 exactly (4 decimals) from their published pillars", () => {
    const primary = published.rows.filter((r) => r.verified);
    expect(primary.map((r) => [r.code, r.overall])).toEqual([
      ["BNI", 0.4096],
      ["QNI", 0.3897],
    ]);
    for (const row of primary) expect(rounded(unit(row.code).overall), row.name).toBe(row.overall);
  });

  it("rebuilds every published overall from its pillars to within the rounding of the inputs", () => {
    // The pillars are published rounded to 4 decimals, so the rebuilt overall may differ by up to
    // (0.4 + 0.3 + 0.3) × 0.00005 plus the publication's own rounding. Eight of nine round exactly; Thừa
    // Thiên Huế rebuilds to 0.40965 (a rounding edge: the float gives 0.4096, published 0.4097).
    for (const row of published.rows) {
      const overall = unit(row.code).overall;
      expect(Math.abs(overall - row.overall), `${row.name}: ${overall} vs ${row.overall}`).toBeLessThanOrEqual(0.0001 + 1e-9);
    }
    const exact = published.rows.filter((r) => r.code !== "TTH");
    for (const row of exact) expect(rounded(unit(row.code).overall), row.name).toBe(row.overall);
  });

  it("reproduces the published order of the top nine", () => {
    for (const row of published.rows) expect(unit(row.code).rank, row.name).toBe(row.rank);
  });

  it("passes the published pillar values through unchanged", () => {
    for (const row of published.rows)
      expect(Object.fromEntries(Object.entries(unit(row.code).pillars).map(([id, p]) => [id, rounded(p.value)])), row.name).toEqual({
        cqs: row.indices.CQS,
        kts: row.indices.KTS,
        xhs: row.indices.XHS,
      });
  });

  it("cites a source for every row", () => {
    for (const row of published.rows) expect(row.source.length, row.name).toBeGreaterThan(0);
  });
});

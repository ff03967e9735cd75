import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pack2020 from "@dti-packs/dti-province-2020";
import { createEngine } from "@dti/engine";
import { walkRules } from "@dti/pack-sdk";
import { describePack } from "@dti/pack-sdk/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import definition from "./index";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const engine = createEngine();
const loaded = engine.load(definition);

// Validates (only provisional warnings), speaks Vietnamese and English everywhere, gives every
// indicator its evidence, and scores each golden case of fixtures/cases/ as written (the cases cover
// every rule kind the pack uses).
// Its crosswalk is checked against the 2020 pack's content, and its content against the released one
// (pack-versions.json: a change needs a new version).
const { pack } = describePack(definition, {
  casesDir: join(fixtures, "cases"),
  score: (request, options) => engine.score(loaded, request, options),
  evidence: true,
  packs: [pack2020],
  versionsFile: fileURLToPath(new URL("../pack-versions.json", import.meta.url)),
});

describe("dti-province-2022: the pack", () => {
  it("has 98 component indicators, 104 with 5.12.1–5.12.6, and 20 general-information items", () => {
    const top = pack.indicators.filter((x) => !x.parent);
    expect(top).toHaveLength(98);
    expect(pack.indicators).toHaveLength(104);
    expect(pack.indicators.filter((x) => x.parent).map((x) => x.code)).toEqual([
      "5.12.1",
      "5.12.2",
      "5.12.3",
      "5.12.4",
      "5.12.5",
      "5.12.6",
    ]);
    expect(pack.generalInfo.map((g) => g.code)).toEqual(Array.from({ length: 20 }, (_, i) => `A${i + 1}`));
  });

  it("is worth 1000 points: 100 × 5 foundation indices, 200, 150, 150, and 0 for Đô thị thông minh", () => {
    const perIndex = Object.fromEntries(pack.indices.map((x) => [x.code, x.maxPoints]));
    expect(perIndex).toEqual({ I: 100, II: 100, III: 100, IV: 100, V: 100, VI: 200, VII: 150, VIII: 150, IX: 0 });
    const count = (code: string) => pack.indicators.filter((x) => x.index === code && !x.parent).length;
    expect(pack.indices.map((x) => count(x.code))).toEqual([10, 11, 7, 13, 12, 22, 12, 8, 3]);
    expect(pack.indicators.filter((x) => !x.parent).reduce((sum, x) => sum + (x.maxPoints ?? 0), 0)).toBe(1000);
    expect(pack.aggregation.totalPoints).toBe(1000);
    expect(pack.indices.map((x) => x.group)).toEqual([...Array(5).fill("foundation"), ...Array(3).fill("activity"), "unscored"]);
  });

  it("keeps every doubt of the transcription visible as provisional", () => {
    const mustBeProvisional = [
      // ocr_doubt / guessed max points
      "1.8",
      "2.2",
      "2.4",
      "3.1",
      "3.4",
      "3.5",
      "4.2",
      "4.8",
      "4.11",
      "5.3",
      "5.4",
      "5.5",
      "5.12",
      "5.12.1",
      "5.12.2",
      "5.12.3",
      "5.12.4",
      "5.12.5",
      "5.12.6",
      "6.3",
      "6.4",
      "6.12",
      "6.17",
      "6.20",
      "7.12",
      // reconstructed rules
      "2.7",
      "6.13",
      // rule-kind choices
      "4.12",
      "4.13",
      "7.1",
      "7.2",
      "7.3",
      "7.4",
      "7.5",
      "7.6",
      "7.8",
      "7.9",
      "7.11",
      // cohort-relative
      "4.5",
      "4.6",
      "5.1",
      "5.9",
      "5.10",
      "7.10",
      "8.6",
      "8.7",
      // names restored from garbled OCR
      "1.1",
      "3.3",
      "6.5",
      "6.7",
    ];
    const provisional = new Set(pack.indicators.filter((x) => x.provisional).map((x) => x.code));
    expect(mustBeProvisional.filter((code) => !provisional.has(code))).toEqual([]);
  });

  it("says what is uncertain on every provisional indicator, for officers (never only the OCR note)", () => {
    const provisional = pack.indicators.filter((x) => x.provisional);
    expect(provisional).toHaveLength(50);
    expect(provisional.filter((x) => !x.provisional!.aspect?.length).map((x) => x.code)).toEqual([]);
    const of = (code: string) => pack.indicators.find((x) => x.code === code)!.provisional!.aspect;
    expect(of("3.3")).toEqual(["name"]);
    expect(of("3.4")).toEqual(["points"]);
    expect(of("4.5")).toEqual(["cohort"]);
    expect(of("7.1")).toEqual(["rule"]);
    expect(of("5.12.1")).toEqual(["band"]);
  });

  it("marks each zero-denominator choice in the indicator's notes", () => {
    const full = pack.indicators.filter((x) =>
      walkRules(x.rule).some(({ rule }) => "ifZeroDenominator" in rule && rule.ifZeroDenominator === "full"),
    );
    expect(full.map((x) => x.code)).toEqual(["5.5", "5.11"]);
    for (const x of full) expect(x.notes).toMatch(/zero denominator/i);
  });
});

interface PublishedRow {
  rank: number;
  code: string;
  name: string;
  overall: number;
  indices: Record<string, number>;
  pillars?: Record<string, number>;
  source: string;
}

describe("dti-province-2022: published 2022 values", () => {
  const published = parse(readFileSync(join(fixtures, "published-2022.yaml"), "utf8")) as { year: number; rows: PublishedRow[] };
  const result = engine.aggregate(loaded, {
    period: published.year,
    rows: published.rows.map((r) => ({ code: r.code, name: r.name, indices: r.indices })),
  });
  const unit = (code: string) => result.units.find((u) => u.code === code)!;

  it("aggregates the eight main indices of each province to its published overall", () => {
    // The published main-index values are themselves rounded to 4 decimals, so the overall rebuilt from
    // them may differ from the published one by up to 0.00005 (Σ weights × 0.00005) plus the publication's
    // own rounding (0.00005). Four provinces round exactly; Hồ Chí Minh rebuilds to 0.716355, published 0.7163.
    for (const row of published.rows) {
      const overall = unit(row.code).overall;
      expect(Math.abs(overall - row.overall), `${row.name}: ${overall} vs ${row.overall}`).toBeLessThanOrEqual(0.0001 + 1e-9);
    }
    const exact = published.rows.filter((r) => r.code !== "HCM");
    for (const row of exact) expect(Math.round(unit(row.code).overall * 1e4) / 1e4, row.name).toBe(row.overall);
  });

  it("reproduces the published ranks", () => {
    for (const row of published.rows) expect(unit(row.code).rank, row.name).toBe(row.rank);
  });

  it("reproduces Quảng Ninh's pillars 0.7804 / 0.7187 / 0.6864", () => {
    const qni = unit("QNI");
    const pillars = published.rows.find((r) => r.code === "QNI")!.pillars!;
    expect(pillars).toEqual({ cqs: 0.7804, kts: 0.7187, xhs: 0.6864 });
    for (const [id, value] of Object.entries(pillars)) expect(Math.round(qni.pillars[id]!.value * 1e4) / 1e4, id).toBe(value);
  });
});

describe("dti-province-2022: crosswalk from DTI 2020", () => {
  it("maps the three pillars as changed (a series break) and validates against the 2020 pack's codes", async () => {
    const { default: pack2020 } = await import("@dti-packs/dti-province-2020");
    const older = engine.load(pack2020);
    const crosswalk = pack.crosswalks.find((c) => c.from === "dti-province-2020")!;
    expect(crosswalk.pillars.map((m) => [m.from, m.to, m.relation])).toEqual([
      [["cqs"], ["cqs"], "changed"],
      [["kts"], ["kts"], "changed"],
      [["xhs"], ["xhs"], "changed"],
    ]);
    const olderPillars = new Set(older.pack.aggregation.pillars.map((p) => p.id));
    const olderIndices = new Set(older.pack.indices.map((x) => x.code));
    for (const m of crosswalk.pillars) for (const code of m.from) expect(olderPillars.has(code), code).toBe(true);
    for (const m of crosswalk.indices) for (const code of m.from) expect(olderIndices.has(code), code).toBe(true);
  });
});

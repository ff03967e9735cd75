import type { PackDefinition } from "@dti/pack-sdk";
import { describe, expect, it } from "vitest";
import { applyVariant, choosePack, compareResults, createEngine, decompose, diffPacks, parseVariant } from "./index";
import { fullInputs, samplePack } from "./testing/sample-pack";

const engine = createEngine();
const official = engine.load(samplePack());

const variant = parseVariant({
  format: "dti-variant@1",
  id: "lower-targets",
  base: "sample-pack",
  title: { vi: "Hạ ngưỡng 1.2, bỏ 2.3, tăng trọng số 1.1", en: "Lower 1.2's target, drop 2.3, weigh 1.1 more" },
  changes: [
    { op: "set_threshold", indicator: "1.2", value: 0.7 },
    { op: "remove_indicator", indicator: "2.3" },
    { op: "set_max_points", indicator: "1.1", maxPoints: 20 },
  ],
});
const variantPack = engine.load(applyVariant(official.pack, variant));

const b2022 = {
  households_total: 1000,
  households_fiber: 700,
  has_plan: false,
  head: "deputy",
  articles: 15,
  has_section: true,
  budget: 1.5,
  drills: 2,
  domains: 20,
  ai_uses: 3,
  x: 2,
};
const b2023 = { ...b2022, households_fiber: 800, has_plan: true };

describe("what-if variants", () => {
  it("produces a valid pack with the changes and consistent totals", () => {
    expect(variantPack.ref.id).toBe("sample-pack-variant-lower-targets");
    expect(variantPack.pack.indices.map((x) => x.maxPoints)).toEqual([110, 40, 0]);
    expect(variantPack.pack.aggregation.totalPoints).toBe(150);
    expect(variantPack.pack.inputs.some((x) => x.id === "ai_uses")).toBe(false);
  });

  it("scores units under the variant beside the official pack", () => {
    const request = {
      period: 2022,
      units: [
        { code: "A", inputs: fullInputs },
        { code: "B", inputs: b2022 },
      ],
    };
    // The official data still carries ai_uses, which the variant no longer reads: refused in every mode
    // (lenient allows missing inputs only), so the caller leaves it out, as the CLI does for a variant.
    expect(() => engine.score(variantPack, request, { mode: "lenient" })).toThrowError(expect.objectContaining({ code: "INPUT_UNKNOWN" }));
    const without = {
      ...request,
      units: request.units.map((u) => ({ ...u, inputs: Object.fromEntries(Object.entries(u.inputs).filter(([k]) => k !== "ai_uses")) })),
    };
    const scored = engine.score(variantPack, without, { mode: "lenient" });
    expect(scored.warnings).toEqual([]);
    const b = scored.units[1]!;
    // 1.1: 0.7 × 20 = 14; 1.2: min(1, 0.7 / 0.7) × 10 = 10; the rest of I as officially (48.75 − 7 − 8.75 = 33).
    expect(b.indices.I!.points).toBeCloseTo(14 + 10 + 33, 10);
    // II without 2.3: 8 + 4 = 12 of 40.
    expect(b.indices.II!.points).toBeCloseTo(12, 10);
    expect(b.overall).toBeCloseTo((57 + 12) / 150, 12);
  });

  it("names what the base pack lacks", () => {
    const bad = { ...variant, changes: [{ op: "remove_indicator" as const, indicator: "9.9" }] };
    expect(() => applyVariant(official.pack, bad)).toThrowError(
      expect.objectContaining({ code: "VARIANT_INVALID", message: expect.stringContaining("9.9") }),
    );
    expect(() => parseVariant({ ...variant, format: "x" })).toThrowError(expect.objectContaining({ code: "VARIANT_INVALID" }));
    expect(() =>
      applyVariant(official.pack, { ...variant, changes: [{ op: "set_threshold", indicator: "1.5", value: 0.5 }] }),
    ).toThrowError(/no single threshold/);
  });
});

describe("pack diff", () => {
  it("lists added, removed, re-weighted and rule-changed indicators and the points moved", () => {
    const diff = diffPacks(official.pack, variantPack.pack);
    expect(diff.indicators.removed.map((x) => x.code)).toEqual(["2.3"]);
    expect(diff.indicators.reweighted).toEqual([{ code: "1.1", fromCode: "1.1", from: 10, to: 20 }]);
    expect(diff.indicators.ruleChanged.map((x) => x.code)).toEqual(["1.2"]);
    expect(diff.indicators.ruleChanged[0]!.to.vi).toContain("70%");
    expect(diff.points).toEqual([
      { index: "I", from: 100, to: 110, delta: 10 },
      { index: "II", from: 60, to: 40, delta: -20 },
      { index: "III", from: 0, to: 0, delta: 0 },
    ]);
  });

  it("matches renamed codes through the newer pack's crosswalk", () => {
    const newer: PackDefinition = samplePack();
    newer.meta.id = "sample-pack-next";
    newer.indicators.find((x) => x.code === "2.3")!.code = "2.4";
    newer.crosswalks = [
      { from: "sample-pack", indicators: [{ from: ["2.3"], to: ["2.4"], relation: "renamed" }], indices: [], pillars: [] },
    ];
    const diff = diffPacks(official.pack, engine.load(newer).pack);
    expect(diff.crosswalk).toBe(true);
    expect(diff.indicators.renamed.map((x) => [x.fromCode, x.code])).toEqual([["2.3", "2.4"]]);
    expect(diff.indicators.added).toEqual([]);
    expect(diff.indicators.removed).toEqual([]);
  });
});

describe("comparison across periods and versions", () => {
  const y2022 = engine.score(official, {
    period: 2022,
    units: [
      { code: "A", inputs: fullInputs },
      { code: "B", inputs: b2022 },
    ],
  });
  const y2023 = engine.score(official, {
    period: 2023,
    units: [
      { code: "A", inputs: fullInputs },
      { code: "B", inputs: b2023 },
    ],
  });

  it("gives each unit's values, ranks and deltas under one pack with no series break", () => {
    const comparison = compareResults({ result: y2022, pack: official.pack }, { result: y2023, pack: official.pack });
    expect(comparison.seriesBreak).toBe(false);
    expect(comparison.notComparable).toEqual([]);
    const b = comparison.units.find((u) => u.code === "B")!;
    // 1.1 +1, 1.2 +1.25, 1.3 +3 (80% reaches its threshold), 1.5 +10, 1.8 +5, 1.9.2 unchanged (already
    // full): +20.25 points of 160.
    expect(b.delta.overall).toBeCloseTo(20.25 / 160, 12);
    expect(b.delta.indices.I).toBeCloseTo(0.2025, 12);
    expect(b.delta.rank).toBe(0);
  });

  it("flags a series break against a variant, and splits the change into method and progress", () => {
    const request2022 = {
      period: 2022,
      units: [
        { code: "A", inputs: fullInputs },
        { code: "B", inputs: b2022 },
      ],
    };
    // 2023's data is the variant's: without ai_uses, which the variant no longer reads (unknown keys are
    // refused in every mode); 2022's is carried over through the input mapping, which leaves it out.
    const drop = (inputs: (typeof request2022)["units"][number]["inputs"]) =>
      Object.fromEntries(Object.entries(inputs).filter(([k]) => k !== "ai_uses"));
    const request2023 = {
      period: 2023,
      units: [
        { code: "A", inputs: drop(fullInputs) },
        { code: "B", inputs: drop(b2023) },
      ],
    };
    const split = decompose(engine, { pack: official, data: request2022 }, { pack: variantPack, data: request2023 });
    const b = split.byUnit.get("B")!;
    expect(b.method + b.progress + b.notComparable).toBeCloseTo(b.total, 12);
    // 2.3 (removed) is not comparable: B's 12 points of it in 2022 (3 uses × 4) are listed, not counted as method.
    expect(b.items).toEqual([
      {
        from: ["2.3"],
        to: [],
        class: "removed",
        points: { from: expect.closeTo(12, 12), to: null },
        contribution: expect.closeTo(-12 / 160, 12),
      },
    ]);
    // Method, over the rest: B 2022 under the variant (69 / 150) minus officially without 2.3 ((72.75 − 12) / 160).
    expect(b.method).toBeCloseTo(69 / 150 - (72.75 - 12) / 160, 12);
    expect(b.method + b.notComparable).toBeCloseTo(69 / 150 - 72.75 / 160, 12);
    const comparison = compareResults(
      { result: split.official.from, pack: official.pack },
      { result: split.official.to, pack: variantPack.pack },
    );
    expect(comparison.seriesBreak).toBe(true);
    expect(comparison.notComparable[0]).toMatch(/no crosswalk/);
  });

  it("refuses results with no unit in common", () => {
    const other = engine.score(official, { period: 2023, units: [{ code: "Z", inputs: fullInputs }] });
    expect(() => compareResults({ result: y2022, pack: official.pack }, { result: other, pack: official.pack })).toThrowError(
      expect.objectContaining({ code: "COMPARE_INVALID" }),
    );
  });
});

describe("which pack applies to a year", () => {
  const next = samplePack();
  next.meta.id = "sample-pack-2";
  next.meta.legalBasis.date = "2024-01-01";
  next.meta.years = [2022, 2023];
  const packs = [official, engine.load(next)];

  it("takes the only pack that applies, and asks when two do", () => {
    expect(choosePack(packs, 2023).ref.id).toBe("sample-pack-2");
    expect(() => choosePack(packs, 2022)).toThrowError(expect.objectContaining({ code: "PACK_CHOICE_REQUIRED" }));
    expect(choosePack(packs, 2022, "sample-pack").ref.id).toBe("sample-pack");
    expect(() => choosePack(packs, 2030)).toThrowError(expect.objectContaining({ code: "PACK_NOT_FOUND" }));
  });
});

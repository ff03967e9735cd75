import type { PackDefinition } from "@dti/pack-sdk";
import { describe, expect, it } from "vitest";
import { applyVariant, createEngine, mulberry32, rankSensitivity, sensitivityModel } from "./index";
import { blendCohort, fullInputs, samplePack } from "./testing";
import type { VariantChange } from "./variant";

const engine = createEngine();

/** The sample pack with four alternatives: an indicator weight, a threshold, a normalisation and an index weight. */
function withAlternatives(): PackDefinition {
  const pack = samplePack();
  pack.sensitivity = {
    note: { vi: "Giả định minh họa, không chính thức", en: "Illustrative, not official" },
    alternatives: [
      { id: "w-1-1", indicator: "1.1", kind: "weight", options: [5, 20], note: { vi: "Trọng số 1.1" } },
      { id: "t-1-2", indicator: "1.2", kind: "threshold", options: [0.6, 0.9], note: { vi: "Ngưỡng 1.2" } },
      {
        id: "n-1-3",
        indicator: "1.3",
        kind: "normalisation",
        options: [{ rule: { kind: "ratio_to_target", a: "households_fiber", b: "households_total", target: 0.8 } }],
        note: { vi: "Cách chuẩn hóa 1.3" },
      },
      { id: "w-ii", index: "II", kind: "weight", options: [30, 90], note: { vi: "Trọng số II" } },
    ],
  };
  return pack;
}

const loaded = engine.load(withAlternatives());
const integers = new Set(loaded.pack.inputs.filter((x) => x.unit === "count").map((x) => x.id));
const low = {
  ...fullInputs,
  households_fiber: 550,
  has_plan: false,
  head: "deputy",
  articles: 8,
  budget: 1,
  drills: 1,
  domains: 30,
  ai_uses: 1,
};
const mid = { ...fullInputs, households_fiber: 780, head: "none", articles: 20, has_section: false, drills: 3, domains: 60, ai_uses: 4 };
const units = blendCohort([fullInputs, low, mid], 25, integers);
const request = { period: 2022, units };

describe("mulberry32", () => {
  it("gives the reference sequence for seed 1", () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });
});

describe("rank sensitivity", () => {
  it("fixed seeds give fixed bands; another seed other draws", () => {
    const a = rankSensitivity(engine, loaded, request, { runs: 400, seed: 42 });
    const b = rankSensitivity(engine, loaded, request, { runs: 400, seed: 42 });
    expect(b).toEqual(a);
    const c = rankSensitivity(engine, loaded, request, { runs: 400, seed: 43 });
    expect(c.units.map((u) => u.sameRank)).not.toEqual(a.units.map((u) => u.sameRank));
    for (const u of a.units) {
      expect(u.band.min).toBeLessThanOrEqual(u.band.p5);
      expect(u.band.p5).toBeLessThanOrEqual(u.band.median);
      expect(u.band.median).toBeLessThanOrEqual(u.band.p95);
      expect(u.band.p95).toBeLessThanOrEqual(u.band.max);
    }
    // Some rank moves under these alternatives, and the report says which alternative moves ranks most.
    expect(a.units.some((u) => u.band.p5 !== u.band.p95)).toBe(true);
    expect(a.alternatives[0]!.influence.meanAbsRankChange).toBeGreaterThan(0);
    expect(a.alternatives.map((x) => x.influence.meanAbsRankChange)).toEqual(
      [...a.alternatives.map((x) => x.influence.meanAbsRankChange)].sort((x, y) => y - x),
    );
  });

  it("any draw gives the overall values of its what-if variant scored in full", () => {
    const model = sensitivityModel(engine, loaded, request);
    const draws: { pick: number[]; changes: VariantChange[] }[] = [
      { pick: [0, 0, 0, 0], changes: [] },
      {
        pick: [2, 1, 1, 2],
        changes: [
          { op: "set_max_points", indicator: "1.1", maxPoints: 20 },
          { op: "set_threshold", indicator: "1.2", value: 0.6 },
          {
            op: "replace_rule",
            indicator: "1.3",
            rule: { kind: "ratio_to_target", a: "households_fiber", b: "households_total", target: 0.8 },
          },
          { op: "set_index_max", index: "II", maxPoints: 90 },
        ],
      },
      {
        pick: [1, 2, 0, 1],
        changes: [
          { op: "set_max_points", indicator: "1.1", maxPoints: 5 },
          { op: "set_threshold", indicator: "1.2", value: 0.9 },
          { op: "set_index_max", index: "II", maxPoints: 30 },
        ],
      },
    ];
    for (const { pick, changes } of draws) {
      const variant =
        changes.length === 0
          ? loaded
          : engine.load(
              applyVariant(loaded.pack, { format: "dti-variant@1", id: "draw", base: "sample-pack", title: { vi: "x" }, changes }),
            );
      const full = engine.score(variant, request, { explain: false });
      const fast = model.overall(pick);
      full.units.forEach((u, k) => expect(fast[k]).toBeCloseTo(u.overall, 12));
    }
  });

  it("refuses a pack without alternatives, and a bad number of runs", () => {
    expect(() => rankSensitivity(engine, engine.load(samplePack()), request)).toThrowError(
      expect.objectContaining({ code: "PACK_COVERAGE" }),
    );
    expect(() => rankSensitivity(engine, loaded, request, { runs: 0 })).toThrowError(expect.objectContaining({ code: "REQUEST_INVALID" }));
  });

  it("validation names an alternative that cannot apply", () => {
    const pack = withAlternatives();
    pack.sensitivity!.alternatives.push(
      { id: "t-1-5", indicator: "1.5", kind: "threshold", options: [0.5], note: { vi: "x" } },
      { id: "w-iii", index: "III", kind: "weight", options: [10], note: { vi: "x" } },
      { id: "w-1-1", indicator: "9.9", kind: "weight", options: [10], note: { vi: "x" } },
    );
    const check = engine.validate(pack);
    expect(check.errors.filter((e) => e.code === "SENSITIVITY").map((e) => e.message)).toEqual([
      expect.stringMatching(/^alternative t-1-5: 1\.5 is scored by \w+, which has no single threshold/),
      expect.stringMatching(/^alternative w-iii: index III does not count towards the overall/),
      'sensitivity alternative "w-1-1" is declared more than once',
      'alternative w-1-1 names indicator "9.9", which is not declared',
    ]);
  });
});

describe("rank sensitivity, timing", () => {
  it("1000 runs over 63 units take well under 2 s once the variants are loaded", () => {
    const cohort = { period: 2022, units: blendCohort([fullInputs, low, mid], 63, integers) };
    const start = performance.now();
    const result = rankSensitivity(engine, loaded, cohort, { runs: 1000, seed: 1 });
    const ms = performance.now() - start;
    expect(result.units).toHaveLength(63);
    expect(ms).toBeLessThan(2000);
  });
});

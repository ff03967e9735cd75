import pack from "@dti-packs/dti-province-2022";
import { createEngine, rankValues } from "@dti/engine";
import { describe, expect, it } from "vitest";
import { generateCohort, planCohort } from "./cohort";
import { compareScores, engineScores } from "./compare";
import { compileExprlib } from "./exprlib";
import { scoreHandwritten } from "./handwritten";

// Agreement only: performance targets live in the benchmark (pnpm bench), never in tests.
const engine = createEngine();
const loaded = engine.load(pack);
const cohort = generateCohort(loaded.pack, 200, { seed: 7 });

describe("synthetic cohort", () => {
  it("is deterministic for a seed", () => {
    expect(generateCohort(loaded.pack, 3, { seed: 7 })).toEqual(cohort.slice(0, 3));
    expect(generateCohort(loaded.pack, 3, { seed: 8 })).not.toEqual(cohort.slice(0, 3));
  });

  it("gives every entered input of the pack a value, and none to constants", () => {
    const entered = loaded.pack.inputs.filter((i) => i.constant === undefined && i.unit !== "text").map((i) => i.id);
    for (const unit of cohort) expect(Object.keys(unit.inputs).sort()).toEqual([...entered].sort());
  });

  it("is accepted by the engine in strict mode (valid values, numerators within denominators)", () => {
    expect(() => engine.scoreColumns(loaded, cohort, "strict")).not.toThrow();
  });

  it("bounds grouped numerators by their denominators", () => {
    const plan = planCohort(loaded.pack);
    const grouped = [...plan.bounds.values()].flat().filter((c) => c.hard && c.a.length > 1);
    expect(grouped.length).toBeGreaterThan(0);
    for (const unit of cohort)
      for (const c of grouped) {
        const total = (ids: string[]) => ids.reduce((s, id) => s + (unit.inputs[id] as number), 0);
        expect(total(c.a)).toBeLessThanOrEqual(total(c.b) + 1e-9);
      }
  });

  it("spreads scores: not every unit gets the same points", () => {
    const overall = engine.scoreColumns(loaded, cohort, "strict").overall;
    expect(new Set(overall).size).toBeGreaterThan(150);
  });
});

describe("the three contenders agree", () => {
  const reference = engineScores(loaded, engine.scoreColumns(loaded, cohort, "strict"));

  it("covers all 98 indicators of 2022 (and 5.12.1–5.12.6, 9.x)", () => {
    expect(reference.indicatorCodes).toHaveLength(104);
  });

  it.each([
    ["hand-written TypeScript", () => scoreHandwritten(cohort)],
    ["hand-written TypeScript, ranks by counting", () => scoreHandwritten(cohort, { rank: "count" })],
    ["mathjs", () => compileExprlib(loaded.pack).score(cohort)],
  ])("engine and %s: same points, indices, overall, pillars and ranks", (_, score) => {
    const agreement = compareScores(reference, score());
    expect(agreement.missing).toEqual([]);
    expect(agreement.examples).toEqual([]);
    expect(agreement.rankMismatches).toBe(0);
    expect(agreement.maxPointsDiff).toBeLessThan(1e-9);
    expect(agreement.maxOverallDiff).toBeLessThan(1e-9);
    expect(agreement.ok).toBe(true);
  });

  it("notices a disagreement", () => {
    const wrong = scoreHandwritten(cohort);
    wrong.points[5] = wrong.points[5]! + 1;
    wrong.ranks[0] = wrong.ranks[0]! + 1;
    const agreement = compareScores(reference, wrong);
    expect(agreement.ok).toBe(false);
    expect(agreement.rankMismatches).toBe(1);
    expect(agreement.examples[0]).toMatchObject({ what: "points 1.6", unit: 0 });
  });
});

describe("mathjs formulas", () => {
  it("are generated from the pack's rules", () => {
    const { formulas } = compileExprlib(loaded.pack);
    expect(formulas.get("1.3")).toBe(
      "min(1, (directives_required_by_mic == 0 ? 0 : directives_signed_by_head / directives_required_by_mic)) * 10",
    );
    expect(formulas.get("3.6")).toContain("shared_platforms_deployed / 7");
    expect(formulas.get("4.5")).toMatch(/^x = .*; \(hi > 0 \? x \/ hi : 0\) \* 10$/);
  });
});

describe("rank", () => {
  it("is competition ranking on values rounded to 4 decimals (1, 2, 2, 4)", async () => {
    const { rank } = await import("./handwritten");
    expect([...rank(Float64Array.from([0.5, 0.7, 0.56494, 0.56486, 0.9]))]).toEqual([5, 2, 3, 3, 1]);
  });

  it("rounds half up on the decimal value, as the engine does (625.65 / 1000 ties with 0.6257)", async () => {
    const { rank } = await import("./handwritten");
    const noisy = 625.65 / 1000; // 0.6256499999999999
    expect([...rank(Float64Array.from([noisy, 0.6257, 0.6256]))]).toEqual([1, 1, 3]);
    expect([...rankValues([noisy, 0.6257, 0.6256], 4)]).toEqual([1, 1, 3]);
  });
});

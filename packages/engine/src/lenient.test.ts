import type { PackDefinition } from "@dti/pack-sdk";
import { describe, expect, it } from "vitest";
import { createEngine } from "./index";
import { fullInputs, samplePack } from "./testing/sample-pack";

const engine = createEngine();

/** The sample pack with 1.1 = (a + c) / b, c the number of drills: a ratio whose numerator has two inputs. */
function twoPartNumerator(): PackDefinition {
  const pack = samplePack();
  const one = pack.indicators.find((x) => x.code === "1.1")!;
  one.inputs = [...one.inputs, { address: "c", input: "drills" }];
  one.rule = { kind: "ratio", a: ["households_fiber", "drills"], b: "households_total" };
  return pack;
}

describe("lenient: missing inputs only", () => {
  const loaded = engine.load(twoPartNumerator());
  const { drills: _, ...withoutDrills } = fullInputs;

  it("scores a missing input 0 with a warning", () => {
    const result = engine.score(loaded, { period: 2022, units: [{ code: "A", inputs: withoutDrills }] }, { mode: "lenient" });
    expect(result.units[0]!.indicators!["1.1"]!.points).toBe(0);
    expect(result.warnings.map((w) => [w.code, w.indicator])).toEqual(
      expect.arrayContaining([
        ["INPUT_MISSING", "1.1"],
        ["INPUT_MISSING", "2.1"],
      ]),
    );
  });

  it("refuses a ratio the values given already break, even with another input of it missing, in both modes", () => {
    const inputs = { ...withoutDrills, households_total: 100, households_fiber: 500 };
    for (const mode of ["lenient", "strict"] as const) {
      const attempt = () => engine.score(loaded, { period: 2022, units: [{ code: "A", inputs }] }, { mode });
      expect(attempt, mode).toThrowError(
        expect.objectContaining({ code: mode === "lenient" ? "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR" : "INPUT_INVALID" }),
      );
    }
    try {
      engine.score(loaded, { period: 2022, units: [{ code: "A", inputs }] }, { mode: "lenient" });
    } catch (error) {
      const issues = (error as { issues: { code: string; indicator?: string; message: string }[] }).issues;
      const ratio = issues.filter((i) => i.code === "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR").map((i) => [i.indicator, i.message]);
      expect(ratio).toContainEqual([
        "1.1",
        "unit A, indicator 1.1: numerator 1.1.a households_fiber + 1.1.c drills ≥ 500 (1.1.c not given) is above denominator 1.1.b households_total = 100; expected a ≤ b, whatever the missing values are",
      ]);
    }
    // checkInputs refuses it as scoring does: the form's value is already impossible.
    const checked = engine.checkInputs(loaded, { "1.1.a": 500, "1.1.b": 100 }).issues;
    expect(checked.map((i) => [i.code, i.indicator])).toContainEqual(["INPUT_NUMERATOR_EXCEEDS_DENOMINATOR", "1.1"]);
    // A denominator with an input missing may still grow: nothing is known to be wrong.
    expect(engine.checkInputs(loaded, { "1.1.a": 500 }).issues).toEqual([]);
  });

  it("refuses out-of-range values and unknown keys in lenient mode too, with the nearest keys", () => {
    const bad = { ...withoutDrills, households_total: -3, "1.1.d": 4 };
    expect(() => engine.score(loaded, { period: 2022, units: [{ code: "A", inputs: bad }] }, { mode: "lenient" })).toThrowError(
      expect.objectContaining({
        code: "INPUT_INVALID",
        issues: expect.arrayContaining([
          expect.objectContaining({ code: "INPUT_OUT_OF_RANGE", key: "households_total" }),
          expect.objectContaining({ code: "INPUT_UNKNOWN", key: "1.1.d", suggestions: ["1.1.a", "1.1.b", "1.1.c"] }),
        ]),
      }),
    );
  });
});

describe("an expression's division by zero follows the ratio's policy", () => {
  const withExpression = (ifZeroDenominator?: "zero" | "full") => {
    const pack = samplePack();
    const x = pack.indicators.find((i) => i.code === "1.10")!;
    x.inputs = [
      { address: "a", input: "x" },
      { address: "b", input: "domains" },
      { address: "c", input: "required" },
    ];
    x.rule = {
      kind: "expression",
      expression: "min(x / n, r)",
      variables: { x: "x", n: "domains", r: "required" },
      ...(ifZeroDenominator ? { ifZeroDenominator } : {}),
    };
    return engine.load(pack);
  };
  const points = (ifZeroDenominator: "zero" | "full" | undefined, x: number, domains: number) =>
    engine.score(withExpression(ifZeroDenominator), { period: 2022, units: [{ code: "A", inputs: { ...fullInputs, x, domains } }] })
      .units[0]!.indicators!["1.10"]!.points;

  it("scores 0 by default (as a ratio's zero denominator), the full points where the rule says full", () => {
    expect(points(undefined, 3, 0)).toBe(0);
    expect(points(undefined, 0, 0)).toBe(0);
    expect(points("zero", 3, 0)).toBe(0);
    expect(points("full", 3, 0)).toBe(10);
    expect(points(undefined, 3, 6)).toBe(5);
  });
});

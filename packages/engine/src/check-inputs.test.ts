import { describe, expect, it } from "vitest";
import { createEngine } from "./index";
import { fullInputs, samplePack } from "./testing/sample-pack";

const engine = createEngine();
const pack = engine.load(samplePack());

describe("checkInputs", () => {
  it("finds nothing wrong with valid values, given or not", () => {
    expect(engine.checkInputs(pack, fullInputs)).toEqual({ issues: [] });
    expect(engine.checkInputs(pack, { households_total: 10 })).toEqual({ issues: [] });
  });

  it("says what a value's input expects, naming no unit", () => {
    const { issues } = engine.checkInputs(pack, { households_total: -3, "1.1.a": 2.5 });
    expect(issues).toEqual([
      {
        code: "INPUT_OUT_OF_RANGE",
        key: "households_total",
        inputs: [{ id: "households_total", address: "1.1.b" }],
        expected: "a whole number ≥ 0",
        message: "households_total: got -3; expected a whole number ≥ 0",
      },
      {
        code: "INPUT_OUT_OF_RANGE",
        key: "1.1.a",
        inputs: [{ id: "households_fiber", address: "1.1.a" }],
        expected: "a whole number ≥ 0",
        message: "1.1.a (households_fiber): got 2.5; expected a whole number ≥ 0",
      },
    ]);
    expect(engine.checkInputs(pack, { nope: 1 }).issues).toMatchObject([{ code: "INPUT_UNKNOWN", key: "nope", inputs: [] }]);
  });

  it("gives both sides of a broken ratio, with each input's address and value and each side's total", () => {
    const { issues } = engine.checkInputs(pack, { households_fiber: 1200, households_total: 1000 });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toEqual({
      code: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
      indicator: "1.1",
      input: "households_fiber",
      inputs: [
        { id: "households_fiber", address: "1.1.a" },
        { id: "households_total", address: "1.1.b" },
      ],
      expected: "1.1.a households_fiber ≤ 1.1.b households_total",
      message: "indicator 1.1: numerator 1.1.a households_fiber = 1200 is above denominator 1.1.b households_total = 1000; expected a ≤ b",
      ratio: {
        numerator: { inputs: [{ id: "households_fiber", address: "1.1.a", value: 1200 }], total: 1200 },
        denominator: { inputs: [{ id: "households_total", address: "1.1.b", value: 1000 }], total: 1000 },
      },
    });
    // Exactly the ratios scoring refuses.
    let scoring: unknown;
    try {
      engine.score(pack, {
        period: 2022,
        units: [{ code: "X", inputs: { ...fullInputs, households_fiber: 1200, households_total: 1000 } }],
      });
    } catch (error) {
      scoring = error;
    }
    const refused = (scoring as { issues: { indicator?: string }[] }).issues.map((i) => i.indicator);
    expect(issues.map((i) => i.indicator)).toEqual(refused);
  });
});

import type { ScoreResult } from "@dti/contracts";
import { describe, expect, it } from "vitest";
import { parseCaseFile, runCase, type Scorer } from "./cases";

const file = `
cases:
  - name: one unit
    kinds: [ratio]
    period: 2022
    input: { a: 7, b: 10 }
    expected: { indicators: { "1.1": 7 }, overall: 0.7 }
  - name: must fail
    period: 2022
    input: { a: 11, b: 10 }
    error: INPUT_NUMERATOR_EXCEEDS_DENOMINATOR
`;

// A stand-in scorer: points = a / b × 10, refusing a > b as the engine does.
const scorer: Scorer = (request) => {
  const units = request.units.map((u) => {
    const a = u.inputs.a as number;
    const b = u.inputs.b as number;
    if (a > b) throw Object.assign(new Error("a > b"), { code: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR" });
    const points = (a / b) * 10;
    return {
      code: u.code,
      overall: points / 10,
      rank: 1,
      points,
      max: 10,
      pillars: {},
      indices: {},
      indicators: { "1.1": { points, max: 10, lost: 10 - points, value: points / 10, status: "scored" as const } },
    };
  });
  return {
    pack: { id: "p", version: "1.0.0", hash: "h" },
    period: request.period,
    basis: "raw",
    mode: "lenient",
    units,
    reference: [],
    warnings: [],
  } satisfies ScoreResult;
};

describe("golden cases", () => {
  const cases = parseCaseFile(file);

  it("parses cases with their defaults", () => {
    expect(cases).toHaveLength(2);
    expect(cases[0]).toMatchObject({ mode: "lenient", margin: 0.0001, kinds: ["ratio"] });
  });

  it("passes a matching case and an expected error", () => {
    expect(cases.map((c) => runCase(c, "p", scorer).ok)).toEqual([true, true]);
  });

  it("reports each mismatch with what was expected", () => {
    const wrong = { ...cases[0]!, expected: { indicators: { "1.1": 8 } } };
    expect(runCase(wrong, "p", scorer).mismatches).toEqual([{ unit: "CASE", what: "indicator 1.1 points", expected: 8, actual: 7 }]);
  });

  it("refuses a malformed case file with the field at fault", () => {
    expect(() => parseCaseFile("cases:\n  - name: x\n    period: 2022\n", "bad.yaml")).toThrow(/bad.yaml.*input \(one unit\) or units/);
  });
});

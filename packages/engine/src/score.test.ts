import { describe, expect, it } from "vitest";
import { createEngine } from "./index";
import { fullInputs, samplePack } from "./testing/sample-pack";

const engine = createEngine();
const pack = engine.load(samplePack());

// Unit B, computed by hand from the sample pack's rules (see sample-pack.ts).
const unitB = {
  code: "B",
  inputs: {
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
  },
};

describe("score", () => {
  const result = engine.score(pack, { period: 2022, units: [{ code: "A", inputs: fullInputs }, unitB] });
  const b = result.units.find((u) => u.code === "B")!;
  const points = (code: string) => b.indicators![code]!.points;

  it("gives full points for full inputs", () => {
    const a = result.units.find((u) => u.code === "A")!;
    expect(a.overall).toBe(1);
    expect(a.rank).toBe(1);
    expect(Object.values(a.indicators!).every((x) => x.lost === 0)).toBe(true);
  });

  it.each([
    ["1.1", 7], // ratio 0.7 × 10
    ["1.2", 8.75], // min(1, 0.7 / 0.8) × 10
    ["1.3", 7], // below 80%: ratio × max
    ["1.4", 0], // below 100%: nothing
    ["1.5", 0],
    ["1.6", 5], // deputy: 1/2
    ["1.7", 5], // 15 articles: 10–19 band
    ["1.8", 2.5], // no plan (0) + deputy (1/2 of the 1/2 part)
    ["1.9.1", 3.5], // 1.5 bn: 0.7 band of 5
    ["1.9.2", 5], // 70% ≥ 50%
    ["1.9", 8.5], // sum of children
    ["1.10", 5], // x / n = 2 / 4
    ["2.1", 8], // 2 drills / best 5 × 20
    ["2.2", 4], // 0.02 / best 0.1 × 20
    ["2.3", 12], // 3 × 4 points
    ["3.1", 0],
  ])("indicator %s gives %d points", (code, expected) => {
    expect(points(code)).toBeCloseTo(expected, 10);
  });

  it("aggregates indices, pillars and overall", () => {
    expect(b.indices.I!.points).toBeCloseTo(48.75, 10);
    expect(b.indices.II!.points).toBeCloseTo(24, 10);
    expect(b.indices.II!.value).toBeCloseTo(0.4, 10);
    expect(b.overall).toBeCloseTo(72.75 / 160, 12);
    expect(b.pillars.p!.value).toBeCloseTo(72.75 / 160, 12);
    expect(b.rank).toBe(2);
    expect(b.indicators!["3.1"]!.status).toBe("not_scored");
  });

  it("records the cohort reference of relative indicators", () => {
    const drills = result.reference.find((r) => r.indicator === "2.1")!;
    expect(drills).toMatchObject({ form: "x_over_max", units: ["A", "B"], min: 2, max: 5 });
  });

  it("carries the pack id, version and hash", () => {
    expect(result.pack).toEqual({ id: "sample-pack", version: "1.0.0", hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it("explains points and what earns the rest", () => {
    const explain = (code: string) => b.indicators![code]!.explanation!;
    expect(explain("1.1").rule.vi).toBe("Tỷ lệ = 1.1.a / 1.1.b; Điểm = Tỷ lệ × Điểm tối đa");
    expect(explain("1.1").inputs).toEqual([
      { input: "households_fiber", address: "1.1.a", value: 700 },
      { input: "households_total", address: "1.1.b", value: 1000 },
    ]);
    expect(explain("1.1").toFullPoints).toEqual([{ input: "households_fiber", address: "1.1.a", value: 1000 }]);
    expect(explain("1.2").toFullPoints[0]!.value).toBe(800);
    expect(explain("1.5").toFullPoints).toEqual([{ input: "has_plan", address: "1.5", value: true }]);
    expect(explain("1.6").toFullPoints[0]!.value).toBe("chair");
    expect(explain("1.7").toFullPoints).toEqual([{ input: "articles", address: "1.7.b", value: 20 }]);
    expect(explain("1.8").toFullPoints.map((h) => [h.input, h.value])).toEqual([
      ["has_plan", true],
      ["head", "chair"],
    ]);
    expect(explain("1.9").toFullPoints.map((h) => [h.input, h.value])).toEqual([["budget", 2]]);
    expect(explain("2.1").toFullPoints[0]!.value).toBe(5);
    expect(explain("2.3").toFullPoints[0]!.value).toBe(5);
    expect(b.indicators!["1.9.2"]!.explanation!.toFullPoints).toEqual([]);
  });

  it("accepts official addresses and general-information codes as keys", () => {
    const { households_total: _t, households_fiber: _f, ...rest } = unitB.inputs;
    const viaAddress = engine.score(pack, { period: 2022, units: [{ code: "B", inputs: { ...rest, A6: 1000, "1.1.a": 700 } }] });
    expect(viaAddress.units[0]!.indicators!["1.1"]!.points).toBeCloseTo(7, 10);
  });

  it("ranks ties as published tables do", () => {
    const tied = engine.score(pack, {
      period: 2022,
      units: [
        { code: "X", inputs: fullInputs },
        { code: "Y", inputs: fullInputs },
        { code: "Z", inputs: unitB.inputs },
      ],
    });
    expect(tied.units.map((u) => u.rank)).toEqual([1, 1, 3]);
  });

  it("supports the (x − min) / (max − min) form", () => {
    const definition = samplePack();
    const drills = definition.indicators.find((i) => i.code === "2.1")!;
    drills.rule = { kind: "min_max", value: "drills", form: "min_max" };
    const minMax = engine.load(definition);
    const units = [1, 3, 5].map((drills, i) => ({ code: `U${i}`, inputs: { ...fullInputs, drills } }));
    const scored = engine.score(minMax, { period: 2022, units });
    expect(scored.units.map((u) => u.indicators!["2.1"]!.points)).toEqual([0, 10, 20]);
  });
});

describe("missing and invalid inputs", () => {
  it("refuses missing inputs in strict mode, one issue per input", () => {
    const { households_fiber: _, ...partial } = unitB.inputs;
    expect(() => engine.score(pack, { period: 2022, units: [{ code: "B", inputs: partial }] })).toThrowError(
      expect.objectContaining({
        code: "INPUT_MISSING",
        issues: expect.arrayContaining([
          expect.objectContaining({ unit: "B", indicator: "1.1", input: "households_fiber", key: "1.1.a" }),
          expect.objectContaining({ unit: "B", indicator: "1.9.2", input: "households_fiber" }),
        ]),
      }),
    );
  });

  it("scores missing inputs 0 in lenient mode and warns per indicator", () => {
    const { households_fiber: _, ...partial } = unitB.inputs;
    const result = engine.score(pack, { period: 2022, units: [{ code: "B", inputs: partial }] }, { mode: "lenient" });
    const unit = result.units[0]!;
    expect(unit.indicators!["1.1"]).toMatchObject({ points: 0, status: "missing" });
    expect(unit.indicators!["1.5"]!.status).toBe("scored");
    expect(result.warnings.filter((w) => w.code === "INPUT_MISSING").map((w) => w.indicator)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.9.2",
    ]);
  });

  it.each([
    [{ households_fiber: 1200 }, "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR", "1.1"],
    [{ articles: -1 }, "INPUT_OUT_OF_RANGE", undefined],
    [{ articles: 2.5 }, "INPUT_OUT_OF_RANGE", undefined],
    [{ budget: "nhiều" }, "INPUT_NOT_A_NUMBER", undefined],
    [{ head: "boss" }, "INPUT_UNKNOWN_CHOICE", undefined],
    [{ has_plan: "yes" }, "INPUT_NOT_BOOLEAN", undefined],
    [{ required: 5 }, "INPUT_CONSTANT", undefined],
  ])("refuses %j with %s", (patch, code, indicator) => {
    const run = () =>
      engine.score(pack, { period: 2022, units: [{ code: "B", inputs: { ...unitB.inputs, ...patch } }] }, { mode: "lenient" });
    expect(run).toThrowError(expect.objectContaining({ code }));
    try {
      run();
    } catch (error) {
      const issue = (error as { issues: { unit?: string; indicator?: string; expected?: string }[] }).issues[0]!;
      expect(issue.unit).toBe("B");
      expect(issue.expected).toBeTruthy();
      if (indicator) expect(issue.indicator).toBe(indicator);
    }
  });

  it("reports every invalid value of every unit at once", () => {
    const run = () =>
      engine.score(pack, {
        period: 2022,
        units: [
          { code: "B", inputs: { ...unitB.inputs, articles: -1 } },
          { code: "C", inputs: { ...unitB.inputs, head: "boss", budget: "x" } },
        ],
      });
    expect(run).toThrowError(expect.objectContaining({ code: "INPUT_INVALID", issues: expect.any(Array) }));
    try {
      run();
    } catch (error) {
      expect((error as { issues: unknown[] }).issues).toHaveLength(3);
    }
  });

  it("refuses conflicting values for one input and unknown keys, in every mode, with the nearest keys", () => {
    expect(() => engine.score(pack, { period: 2022, units: [{ code: "B", inputs: { ...unitB.inputs, A6: 999 } }] })).toThrowError(
      expect.objectContaining({ code: "INPUT_CONFLICT" }),
    );
    expect(() =>
      engine.score(pack, { period: 2022, units: [{ code: "B", inputs: { ...unitB.inputs, househods_total: 5 } }] }),
    ).toThrowError(expect.objectContaining({ code: "INPUT_UNKNOWN" }));
    expect(() =>
      engine.score(
        pack,
        { period: 2022, units: [{ code: "B", inputs: { ...unitB.inputs, househods_total: 5, A1: "Tỉnh mẫu" } }] },
        { mode: "lenient" },
      ),
    ).toThrowError(
      expect.objectContaining({
        code: "INPUT_UNKNOWN",
        issues: [
          expect.objectContaining({
            key: "househods_total",
            suggestions: ["households_total"],
            message: 'unit B: "househods_total" is not an input of this pack; did you mean "households_total"?',
          }),
        ],
      }),
    );
    // A general-information code with no input behind it (A1: the unit's name) is not unknown.
    expect(engine.score(pack, { period: 2022, units: [{ code: "B", inputs: { ...unitB.inputs, A1: "Tỉnh mẫu" } }] }).warnings).toEqual([]);
  });

  it("refuses duplicate unit codes and malformed requests with coded errors", () => {
    expect(() => engine.score(pack, { period: 2022, units: [unitB, unitB] })).toThrowError(
      expect.objectContaining({ code: "UNIT_DUPLICATE" }),
    );
    expect(() => engine.score(pack, { period: 2022, units: [] })).toThrowError(expect.objectContaining({ code: "REQUEST_INVALID" }));
    expect(() => engine.score(pack, { period: "2022", units: [unitB] } as never)).toThrowError(
      expect.objectContaining({ code: "REQUEST_INVALID" }),
    );
  });
});

describe("aggregate from main-index values", () => {
  it("computes overall, pillars and ranks", () => {
    const result = engine.aggregate(pack, {
      period: 2022,
      rows: [
        { code: "A", indices: { I: 0.5, II: 1 } },
        { code: "B", indices: { I: 0.8, II: 0.5 } },
      ],
    });
    expect(result.basis).toBe("indices");
    expect(result.units[0]!.overall).toBeCloseTo(110 / 160, 12);
    expect(result.units[1]!.overall).toBeCloseTo(110 / 160, 12);
    expect(result.units.map((u) => u.rank)).toEqual([1, 1]);
    expect(result.units[0]!.indices.II!.rank).toBe(1);
  });

  it("names every bad index value", () => {
    expect(() => engine.aggregate(pack, { period: 2022, rows: [{ code: "A", indices: { I: 0.5, IX: 0.2 } }] })).toThrowError(
      expect.objectContaining({
        code: "INDEX_VALUE_INVALID",
        issues: [expect.objectContaining({ key: "IX" }), expect.objectContaining({ key: "II" })],
      }),
    );
  });
});

describe("cohort-relative ratios", () => {
  it("refuses a numerator above its denominator when the rule says a ≤ b (regression: scored negative points)", () => {
    const definition = samplePack();
    definition.indicators.find((i) => i.code === "2.2")!.rule = {
      kind: "relative_to_best",
      a: "domains",
      b: "households_total",
      allowAboveOne: false,
    };
    const strictRatio = engine.load(definition);
    const run = () =>
      engine.score(strictRatio, {
        period: 2022,
        units: [
          { code: "A", inputs: fullInputs },
          { code: "B", inputs: { ...fullInputs, domains: 5000 } },
        ],
      });
    expect(run).toThrowError(
      expect.objectContaining({
        code: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
        issues: [expect.objectContaining({ unit: "B", indicator: "2.2" })],
      }),
    );
  });
});

describe("aggregate range checks", () => {
  it("answers INDEX_VALUE_INVALID (not a schema error) for a value above 1, e.g. points given instead of a share", () => {
    expect(() => engine.aggregate(pack, { period: 2022, rows: [{ code: "A", indices: { I: 89.17, II: 0.5 } }] })).toThrowError(
      expect.objectContaining({
        code: "INDEX_VALUE_INVALID",
        issues: [expect.objectContaining({ key: "I", expected: "a value between 0 and 1" })],
      }),
    );
  });
});

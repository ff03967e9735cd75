import type { Rule } from "@dti/pack-sdk";
import { describe, expect, it } from "vitest";
import { compileRule, evaluateKernel, INVALID, runKernels, type Kernel } from "./compile-rule";
import { createEngine } from "./index";
import { samplePack } from "./testing/sample-pack";

// Rules compiled to kernels and evaluated on one row, against values worked out by hand: the edge
// cases (zero denominators, numerators above denominators, gates, missing parts) that the sample
// pack's scores do not all reach.
const layout = createEngine().load(samplePack()).compiled.layout;

function rowOf(values: Record<string, number>): Float64Array {
  const row = Float64Array.from(layout.template);
  for (const [id, value] of Object.entries(values)) row[layout.byId.get(id)!.index] = value;
  return row;
}

function kernelOf(rule: Rule, maxPoints = 10): Kernel {
  const compiled = compileRule(rule, layout, maxPoints);
  return compiled.cohort ? compiled.raw : compiled.kernel;
}

const value = (rule: Rule, values: Record<string, number>, maxPoints = 10) => evaluateKernel(kernelOf(rule, maxPoints), rowOf(values));
const ratio = (extra: Partial<Extract<Rule, { kind: "ratio" }>> = {}): Rule => ({
  kind: "ratio",
  a: "households_fiber",
  b: "households_total",
  ...extra,
});

describe("kernels", () => {
  it.each([
    ["a share", ratio(), { households_fiber: 3, households_total: 4 }, 0.75],
    ["0 / 0 scores zero by default", ratio(), { households_fiber: 0, households_total: 0 }, 0],
    [
      "0 / 0 scores full with ifZeroDenominator full",
      ratio({ ifZeroDenominator: "full" }),
      { households_fiber: 0, households_total: 0 },
      1,
    ],
    ["a / 0 is impossible", ratio(), { households_fiber: 1, households_total: 0 }, INVALID],
    ["a above b is impossible", ratio(), { households_fiber: 5, households_total: 4 }, INVALID],
    ["a above b, allowed, is capped", ratio({ allowAboveOne: true }), { households_fiber: 5, households_total: 4 }, 1],
    [
      "a / 0, allowed, takes the zero-denominator value",
      ratio({ allowAboveOne: true, ifZeroDenominator: "full" }),
      { households_fiber: 5, households_total: 0 },
      1,
    ],
    ["a missing input", ratio(), { households_total: 4 }, Number.NaN],
    [
      "operands of several inputs",
      { kind: "ratio", a: ["drills", "domains"], b: ["articles", "ai_uses"] } as Rule,
      { drills: 1, domains: 2, articles: 3, ai_uses: 5 },
      3 / 8,
    ],
    [
      "a share of a target",
      { kind: "ratio_to_target", a: "households_fiber", b: "households_total", target: 0.8 } as Rule,
      { households_fiber: 1, households_total: 2 },
      0.625,
    ],
    [
      "full above a threshold",
      { kind: "ratio_full_above", a: "households_fiber", b: "households_total", threshold: 0.5 } as Rule,
      { households_fiber: 1, households_total: 2 },
      1,
    ],
    [
      "below the threshold, the share",
      { kind: "ratio_full_above", a: "households_fiber", b: "households_total", threshold: 0.5 } as Rule,
      { households_fiber: 2, households_total: 5 },
      0.4,
    ],
    [
      "all or nothing, short",
      { kind: "all_or_nothing", a: "households_fiber", b: "households_total", threshold: 1 } as Rule,
      { households_fiber: 9, households_total: 10 },
      0,
    ],
    [
      "all or nothing, met",
      { kind: "all_or_nothing", a: "households_fiber", b: "households_total", threshold: 1 } as Rule,
      { households_fiber: 10, households_total: 10 },
      1,
    ],
  ])("ratio: %s", (_what, rule, values, expected) => {
    expect(value(rule, values)).toBe(expected);
  });

  const bands = [
    { min: 0.5, fraction: 1 },
    { min: 0.2, minInclusive: false, fraction: 0.5 },
  ];
  const ratioBands = { kind: "ratio_bands", a: "households_fiber", b: "households_total", gate: "has_section", bands } as Rule;
  it.each([
    ["the gate closed scores 0", { has_section: 0, households_fiber: 1, households_total: 1 }, 0],
    ["the gate missing is missing", { households_fiber: 1, households_total: 1 }, Number.NaN],
    ["an inclusive band", { has_section: 1, households_fiber: 1, households_total: 2 }, 1],
    ["an exclusive lower bound", { has_section: 1, households_fiber: 1, households_total: 5 }, 0],
    ["the band above it", { has_section: 1, households_fiber: 3, households_total: 10 }, 0.5],
    ["a numerator above the denominator", { has_section: 1, households_fiber: 3, households_total: 2 }, INVALID],
  ])("ratio bands: %s", (_what, values, expected) => {
    expect(value(ratioBands, values)).toBe(expected);
  });

  it("bands, counts capped, yes/no and choices", () => {
    expect(
      value(
        {
          kind: "amount_bands",
          input: "budget",
          bands: [
            { min: 2, fraction: 1 },
            { min: 1, fraction: 0.5 },
          ],
        },
        { budget: 1.5 },
      ),
    ).toBe(0.5);
    expect(value({ kind: "count_capped", input: "articles", pointsPerItem: 2 }, { articles: 3 })).toBeCloseTo(0.6, 15);
    expect(value({ kind: "count_capped", input: "articles", pointsPerItem: 2 }, { articles: 30 })).toBe(1);
    expect(value({ kind: "boolean", input: "has_plan" }, { has_plan: 1 })).toBe(1);
    expect(value({ kind: "boolean", input: "has_plan" }, {})).toBeNaN();
    expect(value({ kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5 } }, { head: 1 })).toBe(0.5);
    expect(value({ kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5 } }, { head: 2 })).toBe(0);
  });

  const parts = {
    kind: "parts",
    parts: [
      { id: "p", label: { vi: "p", en: "p" }, fraction: 0.4, input: "has_plan" },
      { id: "r", label: { vi: "r", en: "r" }, fraction: 0.6, rule: ratio() },
    ],
  } as unknown as Rule;
  it.each([
    ["the parts' shares", { has_plan: 1, households_fiber: 1, households_total: 2 }, 0.4 + 0.3],
    ["a missing part", { households_fiber: 1, households_total: 2 }, Number.NaN],
    ["an impossible part", { has_plan: 1, households_fiber: 3, households_total: 2 }, INVALID],
  ])("parts: %s", (_what, values, expected) => {
    expect(value(parts, values)).toBe(expected);
  });

  const yesNoParts = {
    kind: "parts",
    parts: [
      { id: "p", label: { vi: "p", en: "p" }, fraction: 0.7, input: "has_plan" },
      { id: "s", label: { vi: "s", en: "s" }, fraction: 0.6, input: "has_section" },
    ],
  } as unknown as Rule;
  it.each([
    ["the second yes", { has_plan: 0, has_section: 1 }, 0.6],
    ["both yes, capped", { has_plan: 1, has_section: 1 }, 1],
    ["a missing part", { has_plan: 1 }, Number.NaN],
  ])("parts of yes/no inputs: %s", (_what, values, expected) => {
    expect(value(yesNoParts, values)).toBe(expected);
  });

  it("cohort rules yield the raw value", () => {
    expect(value({ kind: "min_max", value: ["drills", "domains"], form: "x_over_max" } as Rule, { drills: 2, domains: 3 })).toBe(5);
    expect(value({ kind: "relative_to_best", a: "domains", b: "households_total" } as Rule, { domains: 30, households_total: 20 })).toBe(
      1.5,
    );
    expect(
      value({ kind: "relative_to_best", a: "domains", b: "households_total", allowAboveOne: false } as Rule, {
        domains: 30,
        households_total: 20,
      }),
    ).toBe(INVALID);
  });

  it("runKernels writes each kernel's value at its place, from any offset", () => {
    const kernels = [kernelOf(ratio()), kernelOf({ kind: "boolean", input: "has_plan" }), kernelOf(ratioBands)];
    const one = rowOf({ households_fiber: 1, households_total: 4, has_plan: 0, has_section: 1 });
    const rows = new Float64Array(one.length * 2);
    rows.set(one, one.length);
    const out = new Float64Array(5);
    runKernels(kernels, rows, one.length, out, 2);
    expect([...out]).toEqual([0, 0, 0.25, 0, 0.5]);
  });
});

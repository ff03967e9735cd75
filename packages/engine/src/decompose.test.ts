import type { PackDefinition } from "@dti/pack-sdk";
import { describe, expect, it } from "vitest";
import { carryOver, comparability, createEngine, decompose, inputCarrier, normaliseKeys, planInputs } from "./index";
import { fullInputs, samplePack } from "./testing";

const engine = createEngine();

/** The sample pack as an "earlier" framework that counted fibre households in towns and villages apart. */
function earlier(): PackDefinition {
  const pack = JSON.parse(JSON.stringify(samplePack()).replaceAll('"households_fiber"', '"households_fiber_urban"')) as PackDefinition;
  pack.meta = { ...pack.meta, id: "sample-earlier" };
  pack.inputs.push({ id: "households_fiber_rural", label: { vi: "Số hộ có cáp quang ở nông thôn" }, unit: "count" });
  const x = pack.indicators.find((i) => i.code === "1.1")!;
  x.inputs.push({ address: "c", input: "households_fiber_rural" });
  x.rule = { kind: "ratio", a: ["households_fiber_urban", "households_fiber_rural"], b: "households_total" };
  return pack;
}

/** The sample pack as the later framework: one fibre count, derived from the earlier two; 1.2 renamed nothing. */
function later(extra: Partial<NonNullable<PackDefinition["crosswalks"]>[number]> = {}): PackDefinition {
  const pack = samplePack();
  pack.crosswalks = [
    {
      from: "sample-earlier",
      inputs: [{ input: "households_fiber", relation: "derived", expression: "households_fiber_urban + households_fiber_rural" }],
      ...extra,
    },
  ];
  return pack;
}

const { households_fiber: fibre, ...rest } = fullInputs;
const earlierInputs = { ...rest, households_fiber_urban: 600, households_fiber_rural: fibre - 600 };

describe("input mapping", () => {
  it("routes each input of the later pack: derived by the declared formula, same id otherwise", () => {
    const P = engine.load(earlier()).pack;
    const Q = engine.load(later()).pack;
    const plan = planInputs(P, Q);
    expect(plan.routes.find((r) => r.input === "households_fiber")).toMatchObject({ relation: "derived", declared: true });
    expect(plan.routes.find((r) => r.input === "households_total")).toMatchObject({
      relation: "same",
      from: "households_total",
      declared: false,
    });
    expect(plan.routes.some((r) => r.input === "required")).toBe(false); // a constant of the method text is not carried
    expect(plan.unused).toEqual([]);
    const carried = carryOver(plan, P, { period: 2022, units: [{ code: "U", inputs: earlierInputs }] });
    expect(carried.units[0]!.inputs.households_fiber).toBe(fibre);
    // 1.1 reads other inputs than before: "changed", but re-scorable from the earlier data.
    expect(comparability(P, Q, plan).indicators.find((l) => l.to[0] === "1.1")).toMatchObject({ class: "changed", rescorable: true });
  });

  it("refuses a formula over inputs the earlier pack lacks, or that is not data", () => {
    const P = engine.load(earlier()).pack;
    const bad = engine.load(
      later({ inputs: [{ input: "households_fiber", relation: "derived", expression: "households_fibre_town + 1" }] }),
    ).pack;
    expect(() => planInputs(P, bad)).toThrow(/households_fibre_town/);
    const code = engine.load(later({ inputs: [{ input: "households_fiber", relation: "derived", expression: "process.exit(1)" }] })).pack;
    expect(() => planInputs(P, code)).toThrow(/COMPARE_INVALID|not usable/);
  });

  it("one unit's carry says what each value was made from, and why an input got none", () => {
    const P = engine.load(earlier()).pack;
    const Q = engine.load(later()).pack;
    const carry = inputCarrier(planInputs(P, Q), P);
    const full = carry({ households_fiber_urban: 600, households_fiber_rural: 150, households_total: 1000 });
    expect(full.inputs).toMatchObject({ households_fiber: 750, households_total: 1000 });
    expect(full.from.households_fiber).toEqual(["households_fiber_urban", "households_fiber_rural"]);
    expect(full.from.households_total).toEqual(["households_total"]);
    expect(full.gaps).toEqual([]);
    // Half a formula is no value: the derived input is left out, naming the operand that is missing.
    const half = carry({ households_fiber_urban: 600, households_total: 1000 });
    expect(half.inputs.households_fiber).toBeUndefined();
    expect(half.gaps).toEqual([
      expect.objectContaining({
        input: "households_fiber",
        reason: "operands-missing",
        operands: ["households_fiber_urban", "households_fiber_rural"],
        missing: ["households_fiber_rural"],
      }),
    ]);
    const none = inputCarrier(planInputs(P, engine.load(later({ inputs: [{ input: "households_fiber", relation: "none" }] })).pack), P);
    expect(none({ households_fiber_urban: 600, households_fiber_rural: 150 }).gaps).toEqual([
      expect.objectContaining({ input: "households_fiber", reason: "no-earlier-data" }),
    ]);
    const ratio = engine.load(
      later({
        inputs: [{ input: "households_fiber", relation: "derived", expression: "households_fiber_urban / households_fiber_rural" }],
      }),
    ).pack;
    expect(inputCarrier(planInputs(P, ratio), P)({ households_fiber_urban: 600, households_fiber_rural: 0 }).gaps).toEqual([
      expect.objectContaining({ input: "households_fiber", reason: "not-a-number" }),
    ]);
  });

  it("keys by id, address and general-information code normalise to the same data; conflicts are refused", () => {
    const P = engine.load(samplePack()).pack;
    const byAddress = normaliseKeys(P, { period: 2022, units: [{ code: "U", inputs: { "1.1.a": 5, A6: 10 } }] });
    expect(byAddress.units[0]!.inputs).toEqual({ households_fiber: 5, households_total: 10 });
    expect(() => normaliseKeys(P, { period: 2022, units: [{ code: "U", inputs: { households_total: 10, A6: 11 } }] })).toThrow(
      /households_total is given twice/,
    );
  });
});

describe("decompose", () => {
  it("is exact: the same data under a re-mapped framework is all method, no progress, nothing outside", () => {
    const P = engine.load(earlier());
    const Q = engine.load(later());
    const report = decompose(
      engine,
      { pack: P, data: { period: 2022, units: [{ code: "U", inputs: earlierInputs }] } },
      { pack: Q, data: { period: 2023, units: [{ code: "U", inputs: fullInputs }] } },
    );
    const d = report.byUnit.get("U")!;
    expect(d.items).toEqual([]);
    expect(d.progress).toBeCloseTo(0, 12);
    expect(d.method).toBeCloseTo(d.total, 12);
    expect(report.warnings.map((w) => w.code)).toEqual([]);
  });

  it("indicators that read an input with no earlier data are listed with their points, outside method and progress", () => {
    const next = later({ inputs: [{ input: "households_fiber", relation: "none" }] });
    const Q = engine.load(next);
    const report = decompose(
      engine,
      { pack: engine.load(earlier()), data: { period: 2022, units: [{ code: "U", inputs: earlierInputs }] } },
      { pack: Q, data: { period: 2023, units: [{ code: "U", inputs: fullInputs }] } },
    );
    const d = report.byUnit.get("U")!;
    const reading = Q.pack.indicators.filter((x) => x.inputs.some((r) => r.input === "households_fiber")).map((x) => x.parent ?? x.code); // a sub-indicator counts in its parent (1.9.2 in 1.9)
    expect(reading.length).toBeGreaterThan(1);
    expect(d.items.map((i) => i.to[0])).toEqual(reading);
    const official = report.official.to.units[0]!;
    for (const item of d.items) expect(item.points.to).toBe(official.indicators![item.to[0]!]!.points);
    expect(d.progress).toBe(0);
    expect(d.method + d.progress + d.notComparable).toBeCloseTo(d.total, 12);
    const outside = reading.reduce((sum, code) => sum + official.indicators![code]!.max, 0);
    expect(report.comparability.points).toEqual({ rescorable: 160 - outside, notComparable: outside, total: 160 });
    expect(report.warnings.map((w) => w.code)).toEqual([
      ...reading.map(() => "NOT_COMPARABLE"),
      "NO_EARLIER_DATA",
      "INPUTS_NOT_CARRIED", // the earlier urban/rural counts: nothing reads them now
    ]);
  });
});

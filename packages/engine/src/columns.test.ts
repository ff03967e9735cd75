import { describe, expect, it } from "vitest";
import { createEngine, rankValues } from "./index";
import { fullInputs, samplePack } from "./testing/sample-pack";

const engine = createEngine();
const pack = engine.load(samplePack());

describe("scoreColumns keys: trust", () => {
  // The sample pack has a constant (required = 4) that data leaves out.
  const units = [{ code: "A", inputs: { ...fullInputs, typo_key: 1 } }];

  it("checks every key by default", () => {
    expect(() => engine.scoreColumns(pack, units, "strict")).toThrow(/typo_key/);
  });

  it("skips the key check when every entered input is given by id, constants left out", () => {
    expect(() => engine.scoreColumns(pack, units, "strict", { keys: "trust" })).not.toThrow();
  });

  it("still checks keys when an entered input is missing", () => {
    const { households_total: _, ...rest } = fullInputs;
    // Lenient allows the missing input, not the unknown key: both modes refuse it.
    expect(() => engine.scoreColumns(pack, [{ code: "A", inputs: { ...rest } }], "lenient", { keys: "trust" })).not.toThrow();
    expect(() => engine.scoreColumns(pack, [{ code: "A", inputs: { ...rest, typo_key: 1 } }], "lenient", { keys: "trust" })).toThrow();
    expect(() => engine.scoreColumns(pack, [{ code: "A", inputs: { ...rest, typo_key: 1 } }], "strict", { keys: "trust" })).toThrow();
  });
});

describe("rankValues", () => {
  const bySort = (values: number[], precision: number) => {
    const rounded = values.map((v) => Math.round(v * 10 ** precision));
    return rounded.map((r) => 1 + rounded.filter((x) => x > r).length);
  };

  it("is competition ranking on rounded values (1, 2, 2, 4)", () => {
    expect([...rankValues([0.5, 0.7, 0.56494, 0.56486, 0.9], 4)]).toEqual([5, 2, 3, 3, 1]);
    expect([...rankValues([], 4)]).toEqual([]);
  });

  it("gives the same ranks by counting and, for wide ranges, by sorting", () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const [n, spread] of [
      [1000, 1],
      [50, 1e9],
      [300, -3],
    ] as const) {
      const values = Array.from({ length: n }, () => (random() - (spread < 0 ? 0.5 : 0)) * Math.abs(spread));
      expect([...rankValues(values, 4)]).toEqual(bySort(values, 4));
    }
  });
});

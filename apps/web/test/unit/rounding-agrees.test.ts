import { rankValues, roundHalfUp as engineRound } from "@dti/engine";
import { competitionRanks as unitsRanks, roundTo as unitsRound } from "@dti/units";
import { describe, expect, it } from "vitest";
import { formatIndex } from "../../src/format/number";

/**
 * Rounding as published has one definition (@dti/conventions); this shows the engine, the web app
 * and @dti/units give the same four decimals at the half boundary, where three copies once disagreed
 * (0.00044999999999 was 0.0005 in the engine and 0.0004 elsewhere).
 */
const TABLE: [value: number, published: string][] = [
  [0.00044999999999, "0.0004"], // below the half, in decimal: never nudged up
  [0.00045, "0.0005"],
  [0.62565, "0.6257"], // stored as 0.625649999…: a half in decimal
  [625.65 / 1000, "0.6257"], // the same figure as the engine computes it (0.6256499999999999)
  [0.12345, "0.1235"],
  [1.00005, "1.0001"],
  [0.56485, "0.5649"],
  [0.56484999, "0.5648"],
  [0.99995, "1.0000"],
  [0.716355, "0.7164"],
  [0.00005, "0.0001"],
  [0.000049999999, "0.0000"],
];

describe("rounding at the half boundary", () => {
  it.each(TABLE)("%d is published as %s by the engine, the web app and units", (value, published) => {
    expect(engineRound(value).toFixed(4)).toBe(published);
    expect(unitsRound(value).toFixed(4)).toBe(published);
    expect(formatIndex(value, "en")).toBe(published);
  });

  it("ranks on the published figure the same way in the engine, the web app and units", () => {
    const values = TABLE.map(([value]) => value);
    const engine = [...rankValues(values, 4)];
    expect(unitsRanks(values)).toEqual(engine);
    // The web app ranks with @dti/conventions' competitionRanks, which @dti/units re-exports.
    const byPublished = TABLE.map(([, published]) => 1 + TABLE.filter(([, other]) => Number(other) > Number(published)).length);
    expect(engine).toEqual(byPublished);
  });
});

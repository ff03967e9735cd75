import { describe, expect, it } from "vitest";
import { competitionRanks, rankValues } from "./rank";

describe("rankValues", () => {
  it("shares a rank between equal published values and skips the next (1, 2, 2, 4)", () => {
    expect([...rankValues([0.9, 0.80004, 0.8, 0.7], 4)]).toEqual([1, 2, 2, 4]);
  });

  it("compares values as published: a genuinely lower value keeps a lower rank", () => {
    expect([...rankValues([0.00045, 0.00044999999999], 4)]).toEqual([1, 2]);
    expect([...rankValues([0.62565, 0.6256499999999999], 4)]).toEqual([1, 1]);
  });

  it("sorts when the values are too spread for counting", () => {
    expect([...rankValues([1e6, 3, 1e6, -5], 4)]).toEqual([1, 3, 1, 4]);
    expect([...rankValues([], 4)]).toEqual([]);
  });
});

describe("competitionRanks", () => {
  it("ranks a plain list and leaves holes unranked", () => {
    expect(competitionRanks([0.9, 0.80004, 0.8, 0.7])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([null, 0.5, undefined, 0.7])).toEqual([null, 2, null, 1]);
  });
});

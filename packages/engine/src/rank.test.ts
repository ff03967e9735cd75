import { describe, expect, it } from "vitest";
import { rankValues, roundHalfUp } from "./rank";

describe("ranks and rounding", () => {
  it("shares ranks between equal rounded values and skips after them", () => {
    expect([...rankValues([0.8002, 0.7163, 0.8002, 0.5], 4)]).toEqual([1, 3, 1, 4]);
    expect([...rankValues([0.71631, 0.71634], 4)]).toEqual([1, 1]);
  });

  it("rounds half up on the decimal value, not on its binary noise (regression: 0.62565 ranked as 0.6256)", () => {
    const noisy = 625.65 / 1000; // 0.6256499999999999: total points / 1000, as the engine computes overall
    expect(noisy).toBeLessThan(0.62565);
    expect(roundHalfUp(noisy)).toBe(0.6257);
    expect([...rankValues([noisy, 0.6257], 4)]).toEqual([1, 1]);
    expect(roundHalfUp(0.716355)).toBe(0.7164);
  });
});

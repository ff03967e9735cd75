import { describe, expect, it } from "vitest";
import { roundHalfUp, scaledHalfUp } from "./round";

describe("roundHalfUp", () => {
  it.each([
    // [value, decimals, published]
    [0.62565, 4, 0.6257], // stored as 0.625649999…: the decimal value is a half
    [0.6256499999999999, 4, 0.6257], // the same figure after arithmetic noise
    [0.00045, 4, 0.0005],
    [0.00044999999999, 4, 0.0004], // genuinely below the half: never nudged up
    [0.12345, 4, 0.1235],
    [1.00005, 4, 1.0001],
    [0.56485, 4, 0.5649],
    [0.56484999, 4, 0.5648],
    [1.005, 2, 1.01],
    [848.865, 2, 848.87],
    [12345.5, 0, 12346],
    [12345.49999999, 0, 12345],
    [2.5, 0, 3],
    [1e-9, 4, 0],
    [0, 4, 0],
    [1, 4, 1],
    [123456789.123455, 5, 123456789.12346], // beyond the fast path: the digits decide
  ])("%d to %d places is %d", (value, decimals, published) => {
    expect(roundHalfUp(value, decimals)).toBe(published);
  });

  it("rounds negative values away from zero, symmetric with the positive ones", () => {
    expect(roundHalfUp(-0.00045)).toBe(-0.0005);
    expect(roundHalfUp(-0.00044999999999)).toBe(-0.0004);
    expect(roundHalfUp(-0.62565)).toBe(-0.6257);
    expect(roundHalfUp(-12345.5, 0)).toBe(-12346);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(Object.is(roundHalfUp(-0.00001), 0)).toBe(true);
  });

  it("defaults to the four published decimals and leaves non-finite values alone", () => {
    expect(roundHalfUp(0.123456)).toBe(0.1235);
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Infinity)).toBe(Infinity);
  });

  it("gives the same answer on the fast path and on the decimal digits", () => {
    // Values spread over many magnitudes, some exactly at a half in decimal.
    for (let i = 0; i < 20_000; i++) {
      const value = (i * 7919) / 10 ** (5 + (i % 4));
      const text = value.toPrecision(15);
      const [whole, fraction = ""] = Number(text).toFixed(12).split(".");
      const cut = `${whole}${fraction.slice(0, 4)}`;
      const expected = Number(cut) + (fraction.charCodeAt(4) >= 53 ? 1 : 0);
      expect(scaledHalfUp(value, 4)).toBe(expected);
    }
  });
});

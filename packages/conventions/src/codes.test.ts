import { describe, expect, it } from "vitest";
import { compareCodes } from "./codes";

describe("compareCodes", () => {
  it("orders numeric dotted codes by number", () => {
    expect(["5.12.1", "1.10", "5.12", "1.2", "10", "2"].sort(compareCodes)).toEqual(["1.2", "1.10", "2", "5.12", "5.12.1", "10"]);
  });

  it("orders letters with numbers naturally and roman numerals by value", () => {
    expect(["A10", "A2", "A", "A1", "B"].sort(compareCodes)).toEqual(["A", "A1", "A2", "A10", "B"]);
    expect(["IX", "X", "IV", "II", "I", "V", "III"].sort(compareCodes)).toEqual(["I", "II", "III", "IV", "V", "IX", "X"]);
    expect(["KTS", "CQS", "IX", "3"].sort(compareCodes)).toEqual(["3", "IX", "CQS", "KTS"]);
  });

  it("is a total order: never NaN, zero only for equal codes, antisymmetric and transitive", () => {
    const codes = ["1", "01", "1.1", "1.01", "A2", "A02", "A10", "I", "IX", "C", "CA", "", "x", "1a", "1.b", "5.12.1", "Đ"];
    for (const a of codes)
      for (const b of codes) {
        const d = compareCodes(a, b);
        expect(Number.isNaN(d)).toBe(false);
        expect(d === 0).toBe(a === b);
        expect(Math.sign(compareCodes(b, a)) + Math.sign(d)).toBe(0);
        for (const c of codes) if (d < 0 && compareCodes(b, c) < 0) expect(compareCodes(a, c)).toBeLessThan(0);
      }
  });
});

import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "./nearest";

describe("nearest", () => {
  it("measures edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("6.12.a", "6.12.a")).toBe(0);
  });

  it("suggests the closest ids and addresses, and nothing far away", () => {
    const ids = ["households_total", "households_fiber", "6.12.a", "6.12.b", "6.12.c"];
    expect(nearest("household_total", ids)).toEqual(["households_total"]);
    expect(nearest("6.12.d", ids)).toEqual(["6.12.a", "6.12.b", "6.12.c"]);
    expect(nearest("HOUSEHOLDS_FIBER", ids)).toEqual(["households_fiber"]);
    expect(nearest("zzz", ids)).toEqual([]);
    expect(nearest("6.12.d", ["6.11.d", "6.12.a", "6.12.b"])).toEqual(["6.12.a", "6.12.b", "6.11.d"]);
  });
});

import { describe, expect, it } from "vitest";
import { parseNumber, readNumber } from "./numbers";

describe("readNumber", () => {
  it.each([
    ["42", 42],
    ["-3", -3],
    ["0.5", 0.5],
    ["0,5", 0.5],
    [",5", 0.5],
    ["0,125", 0.125],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    [" 300 000 ", 300000],
  ])("reads %s as %d", (raw, value) => {
    expect(readNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(["abc", "1,2,3", "1.2,3.4", "1e5", "12a", "--1"])("refuses %s", (raw) => {
    expect(readNumber(raw)).toEqual({ ok: false, reason: "not_a_number" });
  });

  it("says when nothing was typed", () => {
    expect(readNumber("  ")).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses a lone mark before three digits unless the caller settles it", () => {
    expect(readNumber("1.234")).toEqual({ ok: false, reason: "ambiguous", readings: [1234, 1.234] });
    expect(readNumber("-1,234")).toEqual({ ok: false, reason: "ambiguous", readings: [-1234, -1.234] });
    expect(readNumber("1,234", { whole: true })).toEqual({ ok: true, value: 1234 });
    expect(readNumber("1.234", { lone: "vi" })).toEqual({ ok: true, value: 1234 });
    expect(readNumber("1,234", { lone: "vi" })).toEqual({ ok: true, value: 1.234 });
    expect(readNumber("1.234", { lone: "en" })).toEqual({ ok: true, value: 1.234 });
    expect(readNumber("1,234", { lone: "en" })).toEqual({ ok: true, value: 1234 });
    expect(readNumber("1.234", { lone: "dot-decimal" })).toEqual({ ok: true, value: 1.234 });
    expect(readNumber("1,234", { lone: "dot-decimal" }).ok).toBe(false);
  });
});

describe("parseNumber", () => {
  it("reads what officers type in a form of either language", () => {
    expect(parseNumber("1.234", "vi")).toBe(1234);
    expect(parseNumber("1.234.567,5", "vi")).toBe(1234567.5);
    expect(parseNumber("12,5", "vi")).toBe(12.5);
    expect(parseNumber("12.5", "vi")).toBe(12.5);
    expect(parseNumber("1 234,5", "vi")).toBe(1234.5);
    expect(parseNumber("1,234.5", "en")).toBe(1234.5);
    expect(parseNumber("1,234", "en")).toBe(1234);
    expect(parseNumber("", "vi")).toBeNull();
    expect(parseNumber("abc", "vi")).toBeNaN();
    expect(parseNumber("1.2.3", "en")).toBeNaN();
  });
});

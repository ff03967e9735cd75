import { describe, expect, it } from "vitest";
import { readNumber } from "@dti/conventions";
import { csvNumber, roundTo } from "./csv/write";
import { sheetName } from "./text";

describe("readNumber", () => {
  it.each([
    ["1250", 1250],
    ["-5", -5],
    ["0,5", 0.5],
    ["0.5", 0.5],
    [",5", 0.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1 234 567", 1234567],
    ["12,25", 12.25],
    ["1.5", 1.5],
  ])("reads %s as %d", (text, value) => expect(readNumber(text)).toEqual({ ok: true, value }));

  it("refuses what could be read two ways, unless the number must be whole", () => {
    expect(readNumber("1,234")).toEqual({ ok: false, reason: "ambiguous", readings: [1234, 1.234] });
    expect(readNumber("1.234")).toEqual({ ok: false, reason: "ambiguous", readings: [1234, 1.234] });
    expect(readNumber("1.234", { whole: true })).toEqual({ ok: true, value: 1234 });
    expect(readNumber("0,234")).toEqual({ ok: true, value: 0.234 });
  });

  it.each(["abc", "1,2,3", "1.23.4", "12a", "--1", "1.234,5,6", ""])("refuses %j", (text) => expect(readNumber(text).ok).toBe(false));
});

describe("csvNumber and roundTo", () => {
  it("round half away from zero as Excel shows the number, never write exponents", () => {
    expect(roundTo(0.6256499999999999, 4)).toBe(0.6257);
    expect(roundTo(-0.00005, 4)).toBe(-0.0001);
    expect(csvNumber(1e-7, 10)).toBe("0.0000001");
    expect(csvNumber(1000)).toBe("1000");
    expect(csvNumber(-0)).toBe("0");
  });
});

describe("sheetName", () => {
  it("removes forbidden characters, cuts at 31 characters and keeps names unique", () => {
    expect(sheetName("VI. Hoạt động chính quyền số", new Set())).toBe("VI. Hoạt động chính quyền số");
    expect(sheetName("X. Chỉ số [mới]: a/b?*", new Set())).toBe("X. Chỉ số -mới-- a-b--");
    const long = sheetName("IV. Một tên chỉ số chính rất dài vượt quá giới hạn", new Set());
    expect(long).toHaveLength(31);
    expect(long.endsWith("…")).toBe(true);
    expect(sheetName("Hướng dẫn", new Set(["hướng dẫn"]))).toBe("Hướng dẫn (2)");
  });
});

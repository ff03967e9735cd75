import { describe, expect, it } from "vitest";
import { readNumber } from "./numbers";
import { coerceCell } from "./coerce";
import { textKey } from "@dti/conventions";

describe("readNumber", () => {
  it.each([
    ["42", 42],
    ["-3", -3],
    ["0.5", 0.5],
    ["0,5", 0.5],
    ["12,75", 12.75],
    [",5", 0.5],
    ["0,125", 0.125],
    ["1.234", 1.234],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    [" 300 000 ", 300000],
  ])("reads %s as %d", (raw, value) => {
    expect(readNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(["abc", "1,2,3", "1.2,3.4", "1e5", "12a", "--1"])("refuses %s", (raw) => {
    expect(readNumber(raw).ok).toBe(false);
  });

  it("refuses a comma with three decimals, which could be thousands", () => {
    expect(readNumber("1,234")).toEqual({
      ok: false,
      reason: {
        en: '"1,234" is ambiguous: write 1234 for thousands or 1.234 for a decimal',
        vi: '"1,234" có hai cách đọc: viết 1234 nếu là hàng nghìn, hoặc 1.234 nếu là số thập phân',
      },
    });
  });
});

describe("coerceCell", () => {
  const count = { id: "n", label: { vi: "n" }, unit: "count" as const };
  const yesNo = { id: "b", label: { vi: "b" }, unit: "boolean" as const };
  it("reads yes/no in Vietnamese and English", () => {
    for (const raw of ["true", "1", "có", "Có", "CO", "yes"]) expect(coerceCell(raw, yesNo)).toEqual({ ok: true, value: true });
    for (const raw of ["false", "0", "không", "Không", "no", "chưa có"]) expect(coerceCell(raw, yesNo)).toEqual({ ok: true, value: false });
    expect(coerceCell("maybe", yesNo)).toMatchObject({
      ok: false,
      expected: { en: "true/false, 1/0, có/không or yes/no", vi: "true/false, 1/0, có/không hoặc yes/no" },
    });
  });
  it("treats an empty cell as not provided and keeps text of unknown columns", () => {
    expect(coerceCell("  ", count)).toEqual({ ok: true, value: null });
    expect(coerceCell("7", undefined)).toEqual({ ok: true, value: "7" });
    expect(coerceCell("0,5", { ...count, unit: "billion_vnd" })).toEqual({ ok: true, value: 0.5 });
  });
});

describe("textKey", () => {
  it("ignores case, diacritics and punctuation", () => {
    expect(textKey("Nhận thức số")).toBe("nhan_thuc_so");
    expect(textKey("nhan_thuc_so")).toBe("nhan_thuc_so");
    expect(textKey("  HẠ TẦNG SỐ ")).toBe("ha_tang_so");
    expect(textKey("Đô thị thông minh")).toBe("do_thi_thong_minh");
  });
});

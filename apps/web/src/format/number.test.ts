import { describe, expect, it } from "vitest";
import { competitionRanks, parseNumber, roundHalfUp } from "@dti/conventions";
import { formatIndex, formatNumber, formatPercent, formatPoints } from "./number";
import { formatDate, formatDateTime, parseDate } from "./date";

describe("numbers as Vietnamese tables print them", () => {
  it("rounds half up on the decimal value, not the binary one", () => {
    expect(roundHalfUp(0.62565, 4)).toBe(0.6257);
    expect(roundHalfUp(0.56485, 4)).toBe(0.5649);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(0.56484999, 4)).toBe(0.5648);
    expect(roundHalfUp(1e-9, 4)).toBe(0);
  });

  it("formats an index with four decimals and a decimal comma", () => {
    expect(formatIndex(0.56485, "vi")).toBe("0,5649");
    expect(formatIndex(0.62565, "vi")).toBe("0,6257");
    expect(formatIndex(1, "vi")).toBe("1,0000");
    expect(formatIndex(0.56485, "en")).toBe("0.5649");
    expect(formatIndex(null, "vi")).toBe("—");
  });

  it("formats points and figures with Vietnamese grouping", () => {
    expect(formatPoints(848.865, "vi")).toBe("848,87");
    expect(formatPoints(1000, "vi")).toBe("1.000");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatPercent(0.565, "vi")).toBe("56,5%");
  });

  it("reads what officers type", () => {
    expect(parseNumber("1.234", "vi")).toBe(1234);
    expect(parseNumber("1.234.567,5", "vi")).toBe(1234567.5);
    expect(parseNumber("12,5", "vi")).toBe(12.5);
    expect(parseNumber("12.5", "vi")).toBe(12.5);
    expect(parseNumber("1 234,5", "vi")).toBe(1234.5);
    expect(parseNumber("1,234.5", "en")).toBe(1234.5);
    expect(parseNumber("", "vi")).toBeNull();
    expect(parseNumber("abc", "vi")).toBeNaN();
    expect(parseNumber("1.2.3", "en")).toBeNaN();
  });
});

describe("dates as dd/mm/yyyy", () => {
  it("formats ISO dates and times", () => {
    expect(formatDate("2025-12-31")).toBe("31/12/2025");
    expect(formatDate(new Date(2025, 0, 5))).toBe("05/01/2025");
    expect(formatDateTime(new Date(2025, 6, 1, 8, 5))).toBe("01/07/2025 08:05");
    expect(formatDate(null)).toBe("—");
  });

  it("reads dd/mm/yyyy and refuses days that do not exist", () => {
    expect(parseDate("31/12/2025")).toBe("2025-12-31");
    expect(parseDate("1/7/2025")).toBe("2025-07-01");
    expect(parseDate("31/02/2025")).toBeNull();
    expect(parseDate("2025-07-01")).toBe("2025-07-01");
    expect(parseDate("hôm nay")).toBeNull();
  });
});

describe("competition ranks", () => {
  it("share a rank when the rounded values are equal (1, 2, 2, 4)", () => {
    expect(competitionRanks([0.9, 0.80004, 0.8, 0.7])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([null, 0.5])).toEqual([null, 1]);
  });
});

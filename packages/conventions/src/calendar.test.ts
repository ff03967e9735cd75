import { describe, expect, it } from "vitest";
import { addDays, daysBetween, todayInVietnam } from "./calendar";

describe("the calendar in Vietnam", () => {
  it("turns the day at 17:00 UTC, not at midnight UTC", () => {
    expect(todayInVietnam(new Date("2025-06-30T16:59:59Z"))).toBe("2025-06-30");
    expect(todayInVietnam(new Date("2025-06-30T17:00:00Z"))).toBe("2025-07-01");
    expect(todayInVietnam(new Date("2025-12-31T18:30:00Z"))).toBe("2026-01-01");
  });

  it("agrees with the time zone database (Asia/Ho_Chi_Minh) across a year, hour by hour every 7 hours", () => {
    const zone = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3600_000)
      expect(todayInVietnam(new Date(t))).toBe(zone.format(new Date(t)));
  });

  it("adds days across months and leap years, and counts them back", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-01-03", -5)).toBe("2024-12-29");
    expect(daysBetween("2025-01-03", "2024-12-29")).toBe(-5);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { todayInVietnam } from "../options";
import { run } from "../test/run";

describe("dti units", () => {
  it("lists the 63 provinces valid on 2025-06-30 and the 34 valid from 2025-07-01", async () => {
    const before = JSON.parse((await run(["units", "--at", "2025-06-30", "--json"])).stdout);
    expect(before.count).toBe(63);
    expect(before.units).toHaveLength(63);
    expect(before.units[0]).toMatchObject({ id: "p63-01", code: "01", shortName: "Hà Nội", validTo: "2025-06-30" });
    expect(before.units.some((u: { predecessors?: unknown }) => u.predecessors !== undefined)).toBe(false);

    const after = JSON.parse((await run(["units", "--at", "2025-07-01", "--json"])).stdout);
    expect(after.count).toBe(34);
    const daNang = after.units.find((u: { id: string }) => u.id === "p34-48");
    expect(daNang).toMatchObject({ code: "48", lineage: "merged", validFrom: "2025-07-01", validTo: null });
    expect(daNang.predecessors.map((p: { shortName: string }) => p.shortName)).toEqual(["Đà Nẵng", "Quảng Nam"]);
    expect(after.units.every((u: { predecessors: unknown[] }) => u.predecessors.length >= 1)).toBe(true);
  });

  it("prints a table with regions, validity and, for the 34, what each was formed from", async () => {
    const { code, stdout, stderr } = await run(["units", "--at", "2025-07-01"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Đơn vị hành chính cấp tỉnh ngày 01/07/2025: 34 đơn vị");
    expect(stdout).toMatch(/│ Mã │ Tên\s+│ Vùng\s+│ Hiệu lực từ │ Đến │ Hình thành từ\s+│/);
    expect(stdout).toMatch(
      /│ 48 │ Thành phố Đà Nẵng\s+│ Bắc Trung Bộ và duyên hải miền Trung │ 01\/07\/2025\s+│ —\s+│ Đà Nẵng, Quảng Nam\s+│/,
    );
    expect(stdout).toMatch(/│ 01 │ Thành phố Hà Nội\s+│ Đồng bằng sông Hồng\s+│ 01\/07\/2025\s+│ —\s+│ Hà Nội \(giữ nguyên\)\s+│/);
    const old = await run(["units", "--at", "2025-06-30"]);
    expect(old.stdout).not.toContain("Hình thành từ");
    expect(old.stdout).toMatch(/│ 49 │ Tỉnh Quảng Nam\s+│ .+ │ 01\/08\/2008\s+│ 30\/06\/2025 │/);
  });

  it("filters one region, named without diacritics, and defaults to today in Vietnam", async () => {
    const delta = JSON.parse((await run(["units", "--at", "2025-06-30", "--region", "dong bang song hong", "--json"])).stdout);
    expect(delta.region).toEqual({ id: "red-river-delta", name: "Đồng bằng sông Hồng" });
    expect(delta.count).toBe(11);
    const today = JSON.parse((await run(["units", "--json"])).stdout);
    expect(today.at).toBe(todayInVietnam());
    expect(todayInVietnam(new Date("2025-06-30T17:30:00Z"))).toBe("2025-07-01");
  });

  it("refuses a bad date, a date before the registry and an unknown region", async () => {
    const bad = await run(["--lang", "en", "units", "--at", "2025-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error USAGE: option '--at <date>' argument '2025-02-30' is invalid/);
    const early = await run(["--lang", "en", "units", "--at", "2001-01-01"]);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/^error DATE_OUT_OF_RANGE: date 2001-01-01 is before 2008-08-01/);
    const region = await run(["units", "--region", "Miền Trăng"]);
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(
      /^error USAGE: --region "Miền Trăng" không phải vùng nào; các vùng: Trung du và miền núi phía Bắc \(north-midlands-mountains\)/,
    );
    const english = await run(["--lang", "en", "units", "--region", "Miền Trăng"]);
    expect(english.stderr).toMatch(/^error USAGE: --region "Miền Trăng" names no region; the regions are: .+ \(north-midlands-mountains\)/);
  });
});

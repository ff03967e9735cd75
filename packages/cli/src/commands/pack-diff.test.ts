import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";

let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(
    join(dir, "what-if.json"),
    JSON.stringify({
      format: "dti-variant@1",
      id: "what-if",
      base: "dti-province-2022",
      title: { vi: "Bỏ 8.4, tăng 1.1, hạ ngưỡng 7.1" },
      changes: [
        { op: "remove_indicator", indicator: "8.4" },
        { op: "set_max_points", indicator: "1.1", maxPoints: 20 },
        { op: "set_threshold", indicator: "7.1", value: 0.15 },
      ],
    }),
  );
});

describe("dti pack diff", () => {
  it("finds Đô thị thông minh (IX) removed from dti-province-2022 to dti-province-2024, through the crosswalk", async () => {
    const { code, stdout, stderr } = await run(["pack", "diff", "dti-province-2022", "dti-province-2024", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.from).toEqual({ id: "dti-province-2022", version: expect.any(String) });
    expect(diff.to.id).toBe("dti-province-2024");
    expect(diff.crosswalk).toBe(true);
    expect(diff.indices.removed).toEqual([{ code: "IX", name: "Đô thị thông minh", maxPoints: 0 }]);
    expect(diff.indices.added).toEqual([]);
    // The 2024 pack lists only the indicators its sources name: the others are unknown there, not removed.
    expect(diff.indicators.removed.map((x: { code: string }) => x.code)).toEqual(["9.1", "9.2", "9.3"]);
    expect(diff.notListed.map((x: { code: string }) => x.code)).toEqual(expect.arrayContaining(["1.1", "7.1", "8.4", "5.12.1"]));
    expect(diff.notListed.map((x: { code: string }) => x.code)).not.toContain("3.3");
    // 3.3 is matched to the newer pack's 3.901 by the crosswalk, not removed and added.
    expect(diff.indicators.renamed).toContainEqual(expect.objectContaining({ fromCode: "3.3", code: "3.901" }));
    expect(diff.indicators.removed.map((x: { code: string }) => x.code)).not.toContain("3.3");
    expect(diff.points.find((p: { index: string }) => p.index === "IX")).toEqual({ index: "IX", from: 0, to: null, delta: null });

    const human = await run(["pack", "diff", "dti-province-2022", "dti-province-2024"]);
    expect(human.code).toBe(0);
    const out = human.stdout;
    expect(out.split("\n")[0]).toMatch(/^So sánh hai bộ chỉ số: dti-province-2022 \S+ → dti-province-2024 \S+$/);
    expect(out).toContain("Mã được đối chiếu theo bảng chuyển đổi (crosswalk) của dti-province-2024 từ dti-province-2022.");
    expect(out).toContain('Lưu ý: dti-province-2024 chỉ mô tả kết quả đã công bố (coverage: published): "?" là số điểm chưa rõ;');
    expect(out).toContain("Chỉ số chính:\n  Bỏ — 1:\n    − IX Đô thị thông minh (0,00 điểm)\n");
    expect(out).toContain("  Bỏ — 3:\n    − 9.1 Ban hành và triển khai đề án phát triển đô thị thông minh (0,00 điểm)\n");
    expect(out).toMatch(/\nKhông được liệt kê trong dti-province-2024 — chưa biết, không phải đã bỏ — \d+:\n {2}\? I: 1\.1, 1\.2, /);
    expect(out).toContain("    ~ 3.3 → 3.901: Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang\n");
    expect(out).toContain("    3.3 → 3.901: Tỷ lệ = 3.3.a / 3.3.b; Điểm = Tỷ lệ × Điểm tối đa\n      → ");
    expect(out).toMatch(/│ IX\s+│\s+0,00 │\s+— \(bỏ\) │ — │/);
    expect(out).toMatch(/│ VI\s+│\s+200,00 │\s+\? │ \? │/);
  });

  it("lists what a what-if variant changes: rule text old → new, re-weighting, removal and points moved", async () => {
    const { code, stdout } = await run(["pack", "diff", "dti-province-2022", "what-if.json", "--json"], { cwd: dir });
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.to.id).toBe("dti-province-2022-variant-what-if");
    expect(diff.crosswalk).toBe(false);
    expect(diff.indicators.removed).toEqual([{ code: "8.4", name: expect.stringContaining("địa chỉ số"), maxPoints: 20 }]);
    expect(diff.indicators.reweighted).toEqual([{ code: "1.1", fromCode: "1.1", from: 10, to: 20 }]);
    expect(diff.indicators.ruleChanged).toEqual([
      {
        code: "7.1",
        fromCode: "7.1",
        from: {
          vi: "Tỷ lệ = 7.1.a / 7.1.b; Điểm = min(1, Tỷ lệ / 20%) × Điểm tối đa",
          en: "ratio = 7.1.a / 7.1.b; points = min(1, ratio / 20%) × max",
        },
        to: {
          vi: "Tỷ lệ = 7.1.a / 7.1.b; Điểm = min(1, Tỷ lệ / 15%) × Điểm tối đa",
          en: "ratio = 7.1.a / 7.1.b; points = min(1, ratio / 15%) × max",
        },
      },
    ]);
    expect(diff.indices.reweighted).toEqual([
      { code: "I", fromCode: "I", from: 100, to: 110 },
      { code: "VIII", fromCode: "VIII", from: 150, to: 130 },
    ]);

    const human = (await run(["pack", "diff", "dti-province-2022", "what-if.json"], { cwd: dir })).stdout;
    expect(human).toContain("Không có bảng chuyển đổi (crosswalk) từ dti-province-2022: mã được đối chiếu theo mã.");
    expect(human).toContain(
      "  Đổi cách tính — 1:\n    7.1: Tỷ lệ = 7.1.a / 7.1.b; Điểm = min(1, Tỷ lệ / 20%) × Điểm tối đa\n      → Tỷ lệ = 7.1.a / 7.1.b; Điểm = min(1, Tỷ lệ / 15%) × Điểm tối đa\n",
    );
    expect(human).toContain("  Đổi điểm tối đa — 1:\n    1.1: 10,00 → 20,00 điểm\n");
    expect(human).toMatch(/ {4}− 8\.4 .+ \(20,00 điểm\)\n/);
    expect(human).toMatch(/│ I\s+│\s+100,00 │\s+110,00 │ \+10,00 │/);
    expect(human).toMatch(/│ VIII\s+│\s+150,00 │\s+130,00 │ −20,00 │/);
    expect(human).toContain("Điểm đã chuyển: I +10,00; VIII −20,00\n");
  });

  it("says when nothing changed, and refuses a variant that names what its base lacks", async () => {
    const same = await run(["pack", "diff", "dti-province-2022", "dti-province-2022"]);
    expect(same.stdout).toContain("Chỉ số chính:\n  Không thay đổi.\n");
    const english = await run(["pack", "diff", "dti-province-2022", "dti-province-2024", "--lang", "en"]);
    expect(english.stdout).toMatch(/^Pack diff: dti-province-2022 \S+ → dti-province-2024 \S+$/m);
    expect(english.stdout).toContain("Main indices:\n  Removed — 1:\n    − IX Đô thị thông minh (0.00 points)\n");
    expect(english.stdout).toMatch(/Semver class of the change \(\.changeset\/README\.md\): major\n {2}major: indicator \S+ removed/);
    writeFileSync(
      join(dir, "bad-variant.json"),
      JSON.stringify({
        format: "dti-variant@1",
        id: "bad",
        base: "dti-province-2022",
        title: { vi: "x" },
        changes: [{ op: "remove_indicator", indicator: "9.99" }],
      }),
    );
    const bad = await run(["--lang", "en", "pack", "diff", "dti-province-2022", "bad-variant.json"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error VARIANT_INVALID: indicator 9\.99 is not in dti-province-2022/);
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreResultSchema } from "@dti/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_PACKAGE_DIR } from "../io";
import { run } from "../test/run";
import { DEMO_FILE } from "./demo";
import { fullInputs, tempDir, writeBundle } from "../test/sample-pack";

let dir: string;
let bundle: string;

/**
 * A hand-made cohort of the sample pack (I worth 100 points, II 60; 2.3 gives 4 points per AI use up to 20):
 * - A: everything full but no AI use: 160 − 20 = 140 points, 0.875;
 * - B: full 2.3 but no plan (1.5: −10, 1.8's plan part: −5): 145 points, 0.90625;
 * - C: as B and a deputy heading the committee (1.6: −5, 1.8's head part: −2.5): 137.5 points, 0.859375.
 * Officially B > A > C. Without 2.3 (II worth 40, 140 points in all): A 140/140 = 1, B 125/140 ≈ 0.8929,
 * C 117.5/140 ≈ 0.8393, so A and B swap places and C stays third.
 */
const units = [
  { code: "A", name: "Tỉnh A", inputs: { ...fullInputs, ai_uses: 0 } },
  { code: "B", name: "Tỉnh B", inputs: { ...fullInputs, has_plan: false } },
  { code: "C", name: "Tỉnh C", inputs: { ...fullInputs, has_plan: false, head: "deputy" } },
];

beforeAll(() => {
  dir = tempDir();
  bundle = writeBundle(dir);
  writeFileSync(join(dir, "input.json"), JSON.stringify({ pack: "sample-pack", period: 2022, units }));
  writeFileSync(
    join(dir, "no-ai.json"),
    JSON.stringify({
      format: "dti-variant@1",
      id: "no-ai",
      base: "sample-pack",
      title: { vi: "Bỏ chỉ số 2.3 (ứng dụng AI)", en: "Drop 2.3 (AI uses)" },
      changes: [{ op: "remove_indicator", indicator: "2.3" }],
    }),
  );
});

describe("dti variant", () => {
  it("scores under the official pack and the variant; removing 2.3 swaps A and B", async () => {
    const { code, stdout, stderr } = await run(
      ["variant", "--pack", bundle, "--variant", "no-ai.json", "--input", "input.json", "--json"],
      { cwd: dir },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const official = scoreResultSchema.parse(out.official);
    const variant = scoreResultSchema.parse(out.variant);
    expect(official.pack.id).toBe("sample-pack");
    expect(variant.pack.id).toBe("sample-pack-variant-no-ai");
    const byCode = (r: typeof official) => Object.fromEntries(r.units.map((u) => [u.code, [u.overall, u.rank]]));
    expect(byCode(official)).toEqual({ A: [0.875, 2], B: [0.90625, 1], C: [0.859375, 3] });
    const v = byCode(variant);
    expect(v.A).toEqual([1, 1]);
    expect(v.B![0]).toBeCloseTo(125 / 140, 12);
    expect(v.B![1]).toBe(2);
    expect(v.C![0]).toBeCloseTo(117.5 / 140, 12);
    expect(v.C![1]).toBe(3);
    // The official data carries ai_uses, which the variant no longer reads: left out, so strict mode works.
    expect(variant.mode).toBe("strict");
    expect(variant.warnings).toEqual([]);
    const delta = Object.fromEntries(out.comparison.units.map((u: { code: string; delta: { rank: number } }) => [u.code, u.delta.rank]));
    expect(delta).toEqual({ A: 1, B: -1, C: 0 });
    expect(out.comparison.seriesBreak).toBe(true);
  });

  it("prints both rankings side by side with the rank change", async () => {
    const { code, stdout } = await run(["variant", "--pack", bundle, "--variant", "no-ai.json", "--input", "input.json"], { cwd: dir });
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe('Phương án giả định "no-ai": Bỏ chỉ số 2.3 (ứng dụng AI)');
    expect(lines[1]).toMatch(
      /^Chính thức: sample-pack 1\.0\.0 \(sha256:[0-9a-f]{12}\); phương án: sample-pack-variant-no-ai \(sha256:[0-9a-f]{12}\); năm 2022, chế độ strict$/,
    );
    expect(lines[2]).toBe("Thay đổi: bỏ 2.3");
    expect(lines[3]).toMatch(/^2 trên 3 đơn vị đổi hạng\./);
    expect(stdout).toMatch(/│ Mã │ Tên\s+│ DTI chính thức │ Hạng │ DTI phương án │ Hạng │\s+Δ DTI │ Δ hạng │/);
    const rows = lines.filter((l) => /^│ [ABC] /.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^│ A\s+│ Tỉnh A │\s+0,8750 │\s+2 │\s+1,0000 │\s+1 │ \+0,1250 │\s+\+1 │$/);
    expect(rows[1]).toMatch(/^│ B\s+│ Tỉnh B │\s+0,9063 │\s+1 │\s+0,8929 │\s+2 │ −0,0134 │\s+−1 │$/);
    expect(rows[2]).toMatch(/^│ C\s+│ Tỉnh C │\s+0,8594 │\s+3 │\s+0,8393 │\s+3 │ −0,0201 │\s+0 │$/);
    expect(stdout).toContain(
      "Không so sánh được:\n  - sample-pack-variant-no-ai không khai báo bảng chuyển đổi (crosswalk) từ sample-pack (và ngược lại): chỉ so sánh giá trị tổng thể",
    );
    const english = await run(["--lang", "en", "variant", "--pack", bundle, "--variant", "no-ai.json", "--input", "input.json"], {
      cwd: dir,
    });
    expect(english.stdout.split("\n")[0]).toBe('What-if variant "no-ai": Drop 2.3 (AI uses)');
    expect(english.stdout).toMatch(/│ Code │ Name\s+│ DTI official │ Rank │ DTI variant │ Rank │\s+Δ DTI │ Δ rank │/);
    expect(english.stdout).toContain("Not comparable:\n  - sample-pack-variant-no-ai declares no crosswalk from sample-pack");
  });

  it("refuses an overlay that is not a variant or names what its base lacks", async () => {
    writeFileSync(
      join(dir, "typo.json"),
      JSON.stringify({
        format: "dti-variant@1",
        id: "typo",
        base: "sample-pack",
        title: { vi: "x" },
        changes: [{ op: "drop", indicator: "2.3" }],
      }),
    );
    const typo = await run(["--lang", "en", "variant", "--pack", bundle, "--variant", "typo.json", "--input", "input.json"], { cwd: dir });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/^error VARIANT_INVALID: the variant is not valid: changes\.0\.op: /);
    writeFileSync(
      join(dir, "missing.json"),
      JSON.stringify({
        format: "dti-variant@1",
        id: "m",
        base: "sample-pack",
        title: { vi: "x" },
        changes: [{ op: "remove_indicator", indicator: "7.1" }],
      }),
    );
    const missing = await run(["--lang", "en", "variant", "--pack", bundle, "--variant", "missing.json", "--input", "input.json"], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "error VARIANT_INVALID: indicator 7.1 is not in sample-pack\n  VARIANT_INVALID key changes.0: indicator 7.1 is not in sample-pack\n",
    );
    const vi = await run(["variant", "--pack", bundle, "--variant", "missing.json", "--input", "input.json"], { cwd: dir });
    expect(vi.stderr).toBe(
      "error VARIANT_INVALID: chỉ số 7.1 không có trong sample-pack\n  VARIANT_INVALID khóa changes.0: chỉ số 7.1 không có trong sample-pack\n",
    );
    const nofile = await run(["--lang", "en", "variant", "--pack", bundle, "--variant", "nowhere.json", "--input", "input.json"], {
      cwd: dir,
    });
    expect(nofile.code).toBe(1);
    expect(nofile.stderr).toMatch(/^error FILE_NOT_FOUND: nowhere\.json: no such file/);
  });

  it("runs the example overlay on the demo data: 7.1 and 7.2 reach full points sooner", async () => {
    const example = join(CLI_PACKAGE_DIR, "examples", "variant-lower-7x-targets.json");
    expect(JSON.parse(readFileSync(example, "utf8")).base).toBe("dti-province-2022");
    const { code, stdout } = await run(["variant", "--variant", example, "--input", DEMO_FILE, "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // From the demo data: 7.1 = value added / GRDP (A 17%, B 10%, C 6%) against 20% → 15%, 7.2 = digital
    // technology enterprises / enterprises (A 653/14500, B 3%, C 35/2300) against 5% → 4%, each worth 20 of 1000.
    const gain = (share71: number, share72: number) =>
      (20 * Math.min(1, share71 / 0.15) - 20 * (share71 / 0.2) + 20 * Math.min(1, share72 / 0.04) - 20 * (share72 / 0.05)) / 1000;
    const expected = { "DEMO-A": gain(0.17, 653 / 14500), "DEMO-B": gain(0.1, 0.03), "DEMO-C": gain(0.06, 35 / 2300) };
    for (const unit of out.comparison.units) expect(unit.delta.overall).toBeCloseTo(expected[unit.code as keyof typeof expected], 12);
    expect(out.comparison.units.map((u: { delta: { rank: number } }) => u.delta.rank)).toEqual([0, 0, 0]);
  });
});

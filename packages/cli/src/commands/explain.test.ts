import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { fullInputs, tempDir, writeBundle } from "../test/sample-pack";

let dir: string;
let bundle: string;

beforeAll(() => {
  dir = tempDir();
  bundle = writeBundle(dir);
  writeFileSync(
    join(dir, "input.json"),
    JSON.stringify({
      pack: "sample-pack",
      period: 2022,
      units: [
        { code: "BEST", inputs: fullInputs },
        {
          code: "LOW",
          name: "Tỉnh thấp",
          inputs: { ...fullInputs, households_fiber: 600, head: "deputy", budget: 1.5, ai_uses: 1, has_section: false },
        },
      ],
    }),
  );
});

describe("dti explain", () => {
  it("lists where a unit can gain points, most points lost first, with rules, inputs and hints", async () => {
    const { code, stdout, stderr } = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "LOW"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Giải thích điểm — LOW Tỉnh thấp: DTI 0,\d{4} \(hạng 2 trên 2\), [\d,.]+ \/ 160,00 điểm\n/);
    expect(stdout).toContain("Nơi có thể tăng điểm (xếp theo số điểm bị mất):");
    const order = [...stdout.matchAll(/^\d+\. (\S+) /gm)].map((m) => m[1]);
    expect(order[0]).toBe("2.3"); // 16 points lost
    expect(order).not.toContain("1.9"); // parents of sub-indicators would count twice
    expect(order).toContain("1.9.1");
    expect(stdout).toContain("1. 2.3 Chỉ số 2.3 — 4,00 / 20,00 điểm (mất 16,00)");
    expect(stdout).toContain("   Công thức: Mỗi 2.3: 4 điểm; tổng không quá Điểm tối đa");
    expect(stdout).toContain("   Số liệu đã dùng: 2.3 ai_uses = 1");
    expect(stdout).toContain("   Để đạt điểm tối đa: 2.3 ai_uses = 5");
    expect(stdout).toContain("   Để đạt điểm tối đa: 1.7.a has_section = có");
    expect(stdout).toMatch(/\d+ chỉ số đã đạt điểm tối đa\.\n$/);
  });

  it("explains one indicator in English, and limits the list with --top", async () => {
    const one = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "LOW", "--indicator", "1.1", "--lang", "en"], {
      cwd: dir,
    });
    expect(one.code).toBe(0);
    // English numbers in English (as the web app): 6.00, 1,000.
    expect(one.stdout).toContain("1.1 Indicator 1.1 — 6.00 / 10.00 points (lost 4.00)");
    expect(one.stdout).toContain("   Rule: ratio = 1.1.a / 1.1.b; points = ratio × max");
    expect(one.stdout).toContain("   Inputs used: 1.1.a households_fiber = 600; 1.1.b households_total = 1,000");
    expect(one.stdout).toContain("   For full points: 1.1.a households_fiber = 1,000");
    const top = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "LOW", "--top", "2"], { cwd: dir });
    expect([...top.stdout.matchAll(/^\d+\. /gm)]).toHaveLength(2);
  });

  it("prints JSON alone on stdout", async () => {
    const { code, stdout } = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "LOW", "--json"], { cwd: dir });
    expect(code).toBe(0);
    const explained = JSON.parse(stdout);
    expect(explained.unit).toMatchObject({ code: "LOW", name: "Tỉnh thấp", rank: 2 });
    expect(explained.cohort).toBe(2);
    const lost = explained.indicators.map((x: { lost: number }) => x.lost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    expect(explained.indicators[0].explanation.toFullPoints[0]).toEqual({ input: "ai_uses", address: "2.3", value: 5 });
  });

  it("says when a unit or indicator does not exist", async () => {
    const unit = await run(["--lang", "en", "explain", "--pack", bundle, "--input", "input.json", "--unit", "NOPE"], { cwd: dir });
    expect(unit.code).toBe(1);
    expect(unit.stderr).toBe('error UNIT_NOT_FOUND: unit "NOPE" is not in the input; units: BEST, LOW\n');
    const vi = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "NOPE"], { cwd: dir });
    expect(vi.stderr).toBe('error UNIT_NOT_FOUND: đơn vị "NOPE" không có trong dữ liệu; các đơn vị: BEST, LOW\n');
    const indicator = await run(
      ["--lang", "en", "explain", "--pack", bundle, "--input", "input.json", "--unit", "LOW", "--indicator", "9.9"],
      {
        cwd: dir,
      },
    );
    expect(indicator.code).toBe(1);
    expect(indicator.stderr).toMatch(/^error INDICATOR_NOT_FOUND: pack sample-pack has no indicator "9\.9"/);
  });

  it("says when nothing was lost", async () => {
    const { stdout } = await run(["explain", "--pack", bundle, "--input", "input.json", "--unit", "BEST"], { cwd: dir });
    expect(stdout).toContain("Không mất điểm ở chỉ số nào.");
  });
});

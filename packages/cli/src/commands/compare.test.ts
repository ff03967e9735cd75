import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreResultSchema } from "@dti/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_PACKAGE_DIR } from "../io";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";
import { DEMO_FILE } from "./demo";

let dir: string;
const EXAMPLE_VARIANT = join(CLI_PACKAGE_DIR, "examples", "variant-lower-7x-targets.json");

interface Unit {
  code: string;
  name: string;
  inputs: Record<string, unknown>;
}
interface UnitComparison {
  code: string;
  from: { overall: number; rank: number } | null;
  to: { overall: number; rank: number } | null;
  delta: { overall: number | null; rank: number | null; indices: Record<string, number> };
  decomposition?: { total: number; method: number; progress: number };
}

/**
 * The demo dataset (three fictional provinces) as 2022, and a 2023 where only Demo C gives every household
 * a digital address: 8.4 (20 points of VIII, worth 150, of 1000) goes from 9 900 / 165 000 = 6 % × 20 = 1,2
 * points to 20, so C gains 18,8 points: +0,0188 overall and +18,8 / 150 on VIII; nothing else moves.
 */
const demo = JSON.parse(readFileSync(DEMO_FILE, "utf8")) as { units: Unit[] };
const units2023: Unit[] = structuredClone(demo.units);
const c2023 = units2023.find((u) => u.code === "DEMO-C")!;
c2023.inputs.households_with_digital_address = c2023.inputs.households_total;

function write(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

beforeAll(() => {
  dir = tempDir();
  write(
    "datasets.json",
    JSON.stringify({
      datasets: [
        { period: 2022, units: demo.units },
        { period: 2023, units: units2023 },
      ],
    }),
  );
  write("y2022.json", JSON.stringify({ pack: "dti-province-2022", period: 2022, units: demo.units }));
  write("y2023.json", JSON.stringify({ period: 2023, units: units2023 }));
});

const byCode = (units: UnitComparison[]) => Object.fromEntries(units.map((u) => [u.code, u]));

describe("dti compare", () => {
  it("compares 2022 with 2023 under dti-province-2022 from raw data: no series break, every index comparable", async () => {
    const { code, stdout, stderr } = await run(
      ["compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2022:2023", "--input", "datasets.json", "--json"],
      { cwd: dir },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    scoreResultSchema.parse(out.from);
    scoreResultSchema.parse(out.to);
    expect(out.from.period).toBe(2022);
    expect(out.to.period).toBe(2023);
    const { comparison } = out;
    expect(comparison.seriesBreak).toBe(false);
    expect(comparison.notComparable).toEqual([]);
    const units = byCode(comparison.units);
    expect(units["DEMO-C"]!.delta.overall).toBeCloseTo(0.0188, 12);
    expect(units["DEMO-C"]!.delta.indices.VIII).toBeCloseTo(18.8 / 150, 12);
    expect(units["DEMO-C"]!.delta.indices.I).toBeCloseTo(0, 12);
    expect(units["DEMO-A"]!.delta.overall).toBeCloseTo(0, 12);
    expect(comparison.units.map((u: UnitComparison) => u.delta.rank)).toEqual([0, 0, 0]);
    expect(Object.keys(units["DEMO-A"]!.delta.indices)).toEqual(expect.arrayContaining(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]));

    // The same from two raw files, --from's then --to's.
    const two = await run(
      [
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "dti-province-2022:2023",
        "--input",
        "y2022.json",
        "--input",
        "y2023.json",
        "--json",
      ],
      { cwd: dir },
    );
    expect(JSON.parse(two.stdout).comparison).toEqual(comparison);

    const human = await run(["compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2022:2023", "--input", "datasets.json"], {
      cwd: dir,
    });
    expect(human.stdout.split("\n")[0]).toMatch(
      /^So sánh kết quả DTI: dti-province-2022 \S+ \(sha256:[0-9a-f]{12}\), năm 2022, tính từ số liệu gốc, chế độ strict → dti-province-2022 \S+ \(sha256:[0-9a-f]{12}\), năm 2023, /,
    );
    expect(human.stdout).toMatch(/│ Mã\s+│ Tên\s+│ DTI 2022 │ Hạng │ DTI 2023 │ Hạng │\s+Δ DTI │ Δ hạng │\s+Δ I │/);
    expect(human.stdout).toMatch(
      /│ DEMO-C │ Tỉnh Demo C \(dữ liệu minh họa\) │\s+0,3628 │\s+3 │\s+0,3816 │\s+3 │ \+0,0188 │\s+0 │ .*│ \+0,1253 │$/m,
    );
    expect(human.stdout).not.toContain("Δ IX"); // Đô thị thông minh is not scored
    expect(human.stdout).not.toContain("Không so sánh được");
    expect(human.stdout).not.toContain("Chuỗi số liệu bị gián đoạn");
  });

  it("compares the 2022 pack with a what-if variant: series break, and the change split into method + progress", async () => {
    const args = [
      "compare",
      "--from",
      "dti-province-2022:2022",
      "--to",
      `${EXAMPLE_VARIANT}:2023`,
      "--input",
      "datasets.json",
      "--decompose",
    ];
    const { code, stdout, stderr } = await run([...args, "--json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { comparison, to } = JSON.parse(stdout);
    expect(to.pack.id).toBe("dti-province-2022-variant-lower-7x-targets");
    expect(comparison.seriesBreak).toBe(true);
    expect(comparison.notComparable[0]).toMatch(/declares no crosswalk/);
    // Method: 7.1 and 7.2 reach full points sooner (from the demo data, as in the variant test);
    // progress: C's 18,8 points on 8.4, which the variant scores as the official pack does.
    const gain = (share71: number, share72: number) =>
      (20 * Math.min(1, share71 / 0.15) - 20 * (share71 / 0.2) + 20 * Math.min(1, share72 / 0.04) - 20 * (share72 / 0.05)) / 1000;
    const method = { "DEMO-A": gain(0.17, 653 / 14500), "DEMO-B": gain(0.1, 0.03), "DEMO-C": gain(0.06, 35 / 2300) };
    for (const unit of comparison.units as UnitComparison[]) {
      const d = unit.decomposition!;
      expect(d.method + d.progress).toBeCloseTo(d.total, 12);
      expect(d.total).toBeCloseTo(unit.delta.overall!, 12);
      expect(d.method).toBeCloseTo(method[unit.code as keyof typeof method], 12);
      expect(d.progress).toBeCloseTo(unit.code === "DEMO-C" ? 0.0188 : 0, 12);
    }
    const human = await run(args, { cwd: dir });
    expect(human.stdout).toContain('dti-province-2022-variant-lower-7x-targets: phương án giả định "Hạ ngưỡng 7.1');
    expect(human.stdout).toMatch(/│ DTI 2022 │ Hạng │ DTI 2023 │ Hạng │\s+Δ DTI │ Δ hạng │ Do phương pháp │ Do tiến bộ │/);
    expect(human.stdout).toMatch(/│ DEMO-C │ .+ │ \+0,0223 │\s+0 │\s+\+0,0035 │\s+\+0,0188 │$/m);
    expect(human.stdout).toContain(
      "Δ DTI = do phương pháp (số liệu 2022 tính lại theo dti-province-2022-variant-lower-7x-targets trừ kết quả theo dti-province-2022)",
    );
    expect(human.stdout).toContain("Chuỗi số liệu bị gián đoạn: hai kết quả được tính theo hai bộ chỉ số hoặc hai phiên bản khác nhau.");
    expect(human.stdout).toContain(
      "Không so sánh được:\n  - dti-province-2022-variant-lower-7x-targets không khai báo bảng chuyển đổi (crosswalk) từ dti-province-2022",
    );
  });

  it("compares published-style overall values of 2022 (dti-province-2022) and 2024 (dti-province-2024, published only) with the crosswalk's notes", async () => {
    // Synthetic values in the layout of published tables: three fictional provinces.
    const file = write(
      "published.csv",
      [
        "period,code,name,overall",
        '2022,A,Tỉnh A (minh họa),"0,8002"',
        '2022,B,Tỉnh B (minh họa),"0,7163"',
        '2022,C,Tỉnh C (minh họa),"0,6924"',
        '2024,A,Tỉnh A (minh họa),"0,8335"',
        '2024,B,Tỉnh B (minh họa),"0,5803"',
        '2024,C,Tỉnh C (minh họa),"0,7069"',
      ].join("\n"),
    );
    const args = ["compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2024:2024", "--input", file];
    const { code, stdout, stderr } = await run([...args, "--json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    for (const result of [out.from, out.to]) {
      scoreResultSchema.parse(result);
      expect(result.basis).toBe("indices");
      expect(result.warnings.map((w: { code: string }) => w.code)).toEqual(["OVERALL_ONLY"]);
      expect(result.units.every((u: { indices: object }) => Object.keys(u.indices).length === 0)).toBe(true);
    }
    expect(out.from.units.map((u: { code: string; rank: number }) => [u.code, u.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 3],
    ]);
    const units = byCode(out.comparison.units);
    expect(units.C!.delta.rank).toBe(1);
    expect(units.B!.delta.rank).toBe(-1);
    expect(units.B!.delta.overall).toBeCloseTo(0.5803 - 0.7163, 12);
    expect(units.A!.delta.indices).toEqual({});
    expect(out.comparison.seriesBreak).toBe(true);
    expect(out.comparison.notComparable).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^IX → — \(removed\): Đô thị thông minh is not among 405's eight main indices/),
        expect.stringMatching(/^I → I \(changed\): /),
        "overall: the method changed from dti-province-2022 to dti-province-2024; the difference mixes method and progress",
      ]),
    );
    const human = (await run(args, { cwd: dir })).stdout;
    expect(human).toMatch(/│ C\s+│ Tỉnh C \(minh họa\) │\s+0,6924 │\s+3 │\s+0,7069 │\s+2 │ \+0,0145 │\s+\+1 │/);
    expect(human).toMatch(/│ B\s+│ Tỉnh B \(minh họa\) │\s+0,7163 │\s+2 │\s+0,5803 │\s+3 │ −0,1360 │\s+−1 │/);
    expect(human).toContain("\nKhông so sánh được:\n  - I → I (changed): ");
    expect(human).toContain("  - IX → — (removed): Đô thị thông minh is not among 405's eight main indices");
    expect(human).toContain(
      "  [2024] OVERALL_ONLY: dti-province-2024, 2024: chỉ có giá trị overall (gói mô tả kết quả đã công bố, không tổng hợp được từ các chỉ số chính); xếp hạng trong 3 dòng đã cho",
    );
  });

  it("aggregates results with a column per main index (named in Vietnamese), and flags an overall that disagrees", async () => {
    const header =
      "period;code;name;overall;Nhận thức số;Thể chế số;Hạ tầng số;Nhân lực số;An toàn thông tin mạng;Hoạt động chính quyền số;Hoạt động kinh tế số;Hoạt động xã hội số";
    // Synthetic: P's 2023 row states 0,9 overall although its indices aggregate to 0,6.
    const file = write(
      "indices.csv",
      [
        header,
        "2022;P;Tỉnh P;0,5;0,5;0,5;0,5;0,5;0,5;0,5;0,5;0,5",
        "2023;P;Tỉnh P;0,9;0,6;0,6;0,6;0,6;0,6;0,6;0,6;0,6",
        "2022;Q;Tỉnh Q;;1;1;1;1;1;0;0;0",
        "2023;Q;Tỉnh Q;;1;1;1;1;1;0;0;0",
      ].join("\n"),
    );
    const { code, stdout } = await run(
      ["compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2022:2023", "--input", file, "--json"],
      { cwd: dir },
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.to.units[0].pillars.cqs.value).toBeCloseTo(0.6, 12);
    expect(out.from.units[1].overall).toBeCloseTo(0.5, 12); // Q: 500 of 1000 points
    expect(out.to.warnings).toEqual([expect.objectContaining({ code: "OVERALL_MISMATCH", unit: "P" })]);
    const p = byCode(out.comparison.units).P!;
    expect(p.delta.overall).toBeCloseTo(0.1, 12);
    expect(p.delta.indices.VI).toBeCloseTo(0.1, 12);
    // 2022: P and Q tie at 0,5 and share first place; 2023: P first, Q second.
    expect(out.from.units.map((u: { rank: number }) => u.rank)).toEqual([1, 1]);
    expect(p.delta.rank).toBe(0);
    expect(byCode(out.comparison.units).Q!.delta.rank).toBe(-1);
  });

  it("says what is missing: a year, raw data for --decompose, a pack:year", async () => {
    const noYear = await run(
      ["--lang", "en", "compare", "--from", "dti-province-2022:2021", "--to", "dti-province-2022:2023", "--input", "datasets.json"],
      { cwd: dir },
    );
    expect(noYear.code).toBe(1);
    expect(noYear.stderr).toBe("error PERIOD_NOT_FOUND: datasets.json has no dataset for 2021 (--from); its datasets: 2022, 2023\n");
    const wrongFile = await run(
      [
        "--lang",
        "en",
        "compare",
        "--from",
        "dti-province-2022:2021",
        "--to",
        "dti-province-2022:2023",
        "--input",
        "y2022.json",
        "--input",
        "y2023.json",
      ],
      { cwd: dir },
    );
    expect(wrongFile.stderr).toBe("error PERIOD_NOT_FOUND: y2022.json holds data for 2022, not 2021 (--from)\n");
    const noRaw = await run(
      [
        "--lang",
        "en",
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "dti-province-2024:2024",
        "--input",
        "published.csv",
        "--decompose",
      ],
      { cwd: dir },
    );
    expect(noRaw.code).toBe(1);
    expect(noRaw.stderr).toMatch(
      /^error RAW_DATA_REQUIRED: --decompose re-scores the earlier year's raw inputs under the later pack: give raw data for both years \(the --from side is a table of results\)/,
    );
    const noRows = await run(
      ["--lang", "en", "compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2024:2025", "--input", "published.csv"],
      { cwd: dir },
    );
    expect(noRows.stderr).toBe("error PERIOD_NOT_FOUND: published.csv has no rows for 2025 (--to); its periods: 2022, 2024\n");
    write("no-period.csv", "code,overall\nA,0.5\n");
    const noPeriodColumn = await run(
      ["--lang", "en", "compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2022:2023", "--input", "no-period.csv"],
      { cwd: dir },
    );
    expect(noPeriodColumn.stderr).toMatch(
      /^error PERIOD_NOT_FOUND: no-period\.csv has no period column, so it cannot hold both 2022 and 2023/,
    );
    write("y2023-only.csv", "code,overall\nA,0.6\n");
    const twoFiles = await run(
      [
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "dti-province-2022:2023",
        "--input",
        "no-period.csv",
        "--input",
        "y2023-only.csv",
        "--json",
      ],
      { cwd: dir },
    );
    expect(JSON.parse(twoFiles.stdout).comparison.units[0].delta.overall).toBeCloseTo(0.1, 12);
    // The 63 old provinces and the 34 new units have no unit in common.
    write("cohorts.csv", "period,code,overall\n2022,A,0.5\n2022,B,0.6\n2024,X,0.7\n");
    const disjoint = await run(
      ["--lang", "en", "compare", "--from", "dti-province-2022:2022", "--to", "dti-province-2024:2024", "--input", "cohorts.csv"],
      { cwd: dir },
    );
    expect(disjoint.code).toBe(1);
    expect(disjoint.stderr).toMatch(/^error COMPARE_INVALID: the two results have no unit in common/);
    const usage = await run(
      ["--lang", "en", "compare", "--from", "dti-province-2022", "--to", "dti-province-2022:2023", "--input", "datasets.json"],
      {
        cwd: dir,
      },
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(
      /^error USAGE: option '--from <pack:year>' argument 'dti-province-2022' is invalid\. expected <pack>:<year> such as dti-province-2022:2022/,
    );
    const three = await run(
      [
        "--lang",
        "en",
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "dti-province-2022:2023",
        "--input",
        "y2022.json",
        "--input",
        "y2023.json",
        "--input",
        "datasets.json",
      ],
      { cwd: dir },
    );
    expect(three.code).toBe(2);
    expect(three.stderr).toMatch(/^error USAGE: --input is given 3 times/);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreResultSchema } from "@dti/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { tempDir, writeBundle } from "../test/sample-pack";

let dir: string;
let bundle: string;

beforeAll(() => {
  dir = tempDir();
  bundle = writeBundle(dir);
});

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe("dti aggregate", () => {
  it("aggregates index values with columns named by Vietnamese index names, decimal comma or point", async () => {
    const file = write("indices.csv", 'Mã,Tên,Nhận thức số,ha_tang_so\nHNI,Hà Nội,"0,9",0.5\nDNG,Đà Nẵng,"0,9","0,8"\nHUE,Huế,0.3,1\n');
    const { code, stdout, stderr } = await run(["aggregate", "--pack", bundle, "--index-values", file, "--period", "2022", "--json"], {
      cwd: dir,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = scoreResultSchema.parse(JSON.parse(stdout));
    expect(result.basis).toBe("indices");
    const dng = result.units.find((u) => u.code === "DNG")!;
    // overall = (0.9 × 100 + 0.8 × 60) / 160
    expect(dng.overall).toBeCloseTo((90 + 48) / 160, 12);
    expect(dng.rank).toBe(1);
    expect(dng.name).toBe("Đà Nẵng");
    expect(dng.pillars.awareness!.value).toBeCloseTo(0.9, 12);
    expect(result.units.map((u) => u.rank)).toEqual([2, 1, 3]);
  });

  it("accepts index codes, English names and ';' files, and prints a table", async () => {
    const file = write("codes.csv", "code;I;Digital infrastructure\nA;0,5;0,25\nB;0,5;0,25\n");
    const { code, stdout } = await run(["aggregate", "--pack", bundle, "--index-values", file, "--period", "2022"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("tổng hợp từ giá trị chỉ số chính");
    expect(stdout).toMatch(/│\s+1 │ A\s+│\s+│ 0,4063 │\s+0,5000 │\s+0,2500 │ 0,5000 │ 0,2500 │/);
    expect(stdout).toMatch(/│\s+1 │ B /);
  });

  it("names a column that matches no index and lists the accepted names", async () => {
    const file = write("unknown.csv", "code,Nhận thức số,Hạ tầng,Kinh tế số\nA,0.5,0.5,0.5\n");
    const { code, stdout, stderr } = await run(
      ["--lang", "en", "aggregate", "--pack", bundle, "--index-values", file, "--period", "2022"],
      { cwd: dir },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(
      'error CSV_UNKNOWN_COLUMN: unknown.csv: columns "Hạ tầng", "Kinh tế số" name no main index of sample-pack; accepted: code, name, and I ("Nhận thức số"), II ("Hạ tầng số"), III ("Đô thị thông minh") (case and diacritics ignored)',
    );
    expect(stderr).toContain(
      '  CSV_UNKNOWN_COLUMN unknown.csv, row 1, column 3 (Hạ tầng): "Hạ tầng" is not a main index; expected one of I, II, III or an index name',
    );
  });

  it("reports bad values with row and column, and values outside 0..1 through the engine", async () => {
    const bad = write("bad.csv", "code,I,II\nA,0.5,abc\nB,,0.5\n");
    const r1 = await run(["--lang", "en", "aggregate", "--pack", bundle, "--index-values", bad, "--period", "2022"], { cwd: dir });
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain(
      '  CSV_INVALID bad.csv, row 2, column 3 (II), unit A: "abc" is not a number; expected a value between 0 and 1',
    );
    const out = write("out.csv", 'code,I,II\nA,"56,49",0.5\n');
    const r2 = await run(["--lang", "en", "aggregate", "--pack", bundle, "--index-values", out, "--period", "2022"], { cwd: dir });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(
      "  CSV_INVALID out.csv, row 2, column 2 (I), unit A: 56,49 is outside 0..1; expected a value between 0 and 1",
    );
    const missing = write("missing.csv", "code,I,II\nA,0.5,0.5\nB,,0.5\n");
    const r3 = await run(["--lang", "en", "aggregate", "--pack", bundle, "--index-values", missing, "--period", "2022"], { cwd: dir });
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/^error INDEX_VALUE_INVALID: /);
    expect(r3.stderr).toContain("  INDEX_VALUE_INVALID: unit B: index I is missing; expected a value between 0 and 1");
  });

  it("needs --period and --index-values", async () => {
    const file = write("ok.csv", "code,I,II\nA,0.5,0.5\n");
    const noPeriod = await run(["aggregate", "--pack", bundle, "--index-values", file], { cwd: dir });
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toMatch(/^error PERIOD_REQUIRED: /);
    const noFile = await run(["--lang", "en", "aggregate", "--pack", bundle], { cwd: dir });
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^error USAGE: required option '--index-values <file.csv>' not specified/);
    // commander's own errors in Vietnamese by default, with the hint.
    const vi = await run(["aggregate", "--pack", bundle], { cwd: dir });
    expect(vi.stderr).toBe(
      "error USAGE: thiếu tùy chọn bắt buộc '--index-values <file.csv>'\n(xem cách dùng: dti --help, hoặc dti <lệnh> --help)\n",
    );
  });
});

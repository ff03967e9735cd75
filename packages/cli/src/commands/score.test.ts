import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreResultSchema } from "@dti/contracts";
import { beforeAll, describe, expect, it } from "vitest";
import { fullInputs, tempDir, writeBundle } from "../test/sample-pack";
import { run } from "../test/run";

let dir: string;
let bundle: string;

const half = { ...fullInputs, households_fiber: 500, head: "deputy", drills: 2, ai_uses: 2 };

beforeAll(() => {
  dir = tempDir();
  bundle = writeBundle(dir);
  writeFileSync(
    join(dir, "input.json"),
    JSON.stringify({
      pack: "sample-pack",
      period: 2022,
      units: [
        { code: "FULL", name: "Tỉnh đủ điểm", inputs: fullInputs },
        { code: "HALF", name: "Tỉnh nửa", inputs: half },
      ],
    }),
  );
  writeFileSync(join(dir, "missing.json"), JSON.stringify({ period: 2022, units: [{ code: "P", inputs: { households_total: 10 } }] }));
  writeFileSync(join(dir, "one-row.csv"), "code,households_total\nP,10\n");
});

function csvValue(value: unknown): string {
  return typeof value === "number" ? String(value).replace(".", ",") : String(value);
}

describe("dti score", () => {
  it("prints the ScoreResult JSON alone on stdout", async () => {
    const { code, stdout, stderr } = await run(["score", "--pack", bundle, "--input", "input.json", "--json"], { cwd: dir });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = scoreResultSchema.parse(JSON.parse(stdout));
    expect(result.pack.id).toBe("sample-pack");
    expect(result.pack.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.period).toBe(2022);
    expect(result.units.map((u) => [u.code, u.rank])).toEqual([
      ["FULL", 1],
      ["HALF", 2],
    ]);
    expect(result.units[0]!.overall).toBe(1);
    expect(Object.keys(result.units[0]!.pillars)).toEqual(["awareness", "infrastructure"]);
    expect(result.units[1]!.indicators!["1.1"]).toMatchObject({ points: 5, max: 10, lost: 5 });
    expect(result.units[1]!.indicators!["1.1"]!.explanation).toBeUndefined();
  });

  it("attaches explanations with --explain", async () => {
    const { stdout } = await run(["score", "--pack", bundle, "--input", "input.json", "--json", "--explain"], { cwd: dir });
    const result = scoreResultSchema.parse(JSON.parse(stdout));
    expect(result.units[1]!.indicators!["1.1"]!.explanation!.rule.vi).toBe("Tỷ lệ = 1.1.a / 1.1.b; Điểm = Tỷ lệ × Điểm tối đa");
  });

  it("prints a ranking table in Vietnamese number style, with --indicators the points per indicator", async () => {
    const { code, stdout } = await run(["score", "--pack", bundle, "--input", "input.json", "--indicators"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain("Bộ chỉ số mẫu — sample-pack 1.0.0 (sha256:");
    expect(stdout).toMatch(/│\s+1 │ FULL │ Tỉnh đủ điểm │ 1,0000 │\s+1,0000 │\s+1,0000 │ 1,0000 │ 1,0000 │/);
    expect(stdout).toContain("Hạng");
    expect(stdout).toContain("Nhận thức");
    expect(stdout).toContain("Chỉ số chính: I = Nhận thức số; II = Hạ tầng số");
    expect(stdout).toContain("HALF — Tỉnh nửa:");
    expect(stdout).toMatch(/│ 1\.1\s+│ Chỉ số 1\.1\s+│\s+5,00 │\s+10,00 │\s+5,00 │ đã chấm/);
    expect(stdout).toMatch(/│ 1\.5\s+│ Chỉ số 1\.5\s+│.*\(tạm thời\)/);
  });

  it("scores a wide CSV (ids, addresses, general-information codes; decimal comma; có/không)", async () => {
    const file = join(dir, "wide.csv");
    const columns = Object.keys(half).filter((k) => k !== "households_total" && k !== "has_plan");
    writeFileSync(
      file,
      [
        ["code", "name", "A6", "1.5", ...columns].join(";"),
        ["FULL", "Tỉnh đủ điểm", "1000", "có", ...columns.map((k) => csvValue(fullInputs[k as keyof typeof fullInputs]))].join(";"),
        ["HALF", "Tỉnh nửa", "1000", "Có", ...columns.map((k) => csvValue(half[k as keyof typeof half]))].join(";"),
      ].join("\n"),
    );
    const csv = await run(["score", "--pack", bundle, "--input", "wide.csv", "--period", "2022", "--json"], { cwd: dir });
    const json = await run(["score", "--pack", bundle, "--input", "input.json", "--json"], { cwd: dir });
    expect(csv.stderr).toBe("");
    expect(JSON.parse(csv.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it("scores a long CSV (code,name,input,value) and leaves empty cells out", async () => {
    const rows = [["code", "name", "input", "value"]];
    for (const [code, name, inputs] of [
      ["FULL", "Tỉnh đủ điểm", fullInputs],
      ["HALF", "Tỉnh nửa", half],
    ] as const)
      for (const [key, value] of Object.entries(inputs))
        rows.push([code, name, key, typeof value === "boolean" ? (value ? "yes" : "no") : `"${csvValue(value)}"`]);
    rows.push(["HALF", "", "x", ""]);
    writeFileSync(join(dir, "long.csv"), rows.map((r) => r.join(",")).join("\r\n"));
    const csv = await run(["score", "--pack", bundle, "--input", "long.csv", "--period", "2022", "--json"], { cwd: dir });
    const json = await run(["score", "--pack", bundle, "--input", "input.json", "--json"], { cwd: dir });
    expect(csv.stderr).toBe("");
    expect(JSON.parse(csv.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it("reports every bad CSV cell with its row and column", async () => {
    writeFileSync(join(dir, "bad.csv"), 'code,name,households_total,has_plan,budget\nA,Một,12a,có,1\nB,Hai,100,maybe,"1,234"\n');
    const { code, stdout, stderr } = await run(["--lang", "en", "score", "--pack", bundle, "--input", "bad.csv", "--period", "2022"], {
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe("error CSV_INVALID: bad.csv: 3 problem(s) in the CSV file");
    expect(lines[1]).toBe(
      '  CSV_INVALID bad.csv, row 2, column 3 (households_total), unit A, input households_total: "12a" is not a number; expected a whole number such as 1250',
    );
    expect(lines[2]).toContain("row 3, column 4 (has_plan), unit B, input has_plan");
    expect(lines[3]).toContain('row 3, column 5 (budget), unit B, input budget: "1,234" is ambiguous');
    // The same problems in Vietnamese, the language by default: the codes and places unchanged.
    const vi = (await run(["score", "--pack", bundle, "--input", "bad.csv", "--period", "2022"], { cwd: dir })).stderr.trim().split("\n");
    expect(vi[0]).toBe("error CSV_INVALID: bad.csv: 3 vấn đề trong tệp CSV");
    expect(vi[1]).toBe(
      '  CSV_INVALID bad.csv, dòng 2, cột 3 (households_total), đơn vị A, đầu vào households_total: "12a" không phải là số; cần một số nguyên như 1250',
    );
  });

  it("passes the engine's input issues through, one per line, and refuses missing inputs unless --lenient", async () => {
    writeFileSync(
      join(dir, "partial.json"),
      JSON.stringify({ period: 2022, units: [{ code: "P", inputs: { households_total: -1, head: "boss", nonsense: 1 } }] }),
    );
    const invalid = await run(["score", "--pack", bundle, "--input", "partial.json", "--lenient", "--lang", "en"], { cwd: dir });
    expect(invalid.code).toBe(1);
    const lines = invalid.stderr.trim().split("\n");
    // Lenient allows missing inputs only: the out-of-range value, the unknown option and the unknown key are refused.
    expect(lines[0]).toMatch(/^error INPUT_INVALID: 3 input problem\(s\)/);
    expect(lines.slice(1).map((l) => l.trim().split(/[ :]/)[0])).toEqual(["INPUT_OUT_OF_RANGE", "INPUT_UNKNOWN_CHOICE", "INPUT_UNKNOWN"]);
    expect(lines[1]).toContain("expected a whole number ≥ 0");
    // In Vietnamese by default, the codes unchanged.
    const vi = (await run(["score", "--pack", bundle, "--input", "partial.json", "--lenient"], { cwd: dir })).stderr.split("\n");
    expect(vi[0]).toMatch(/^error INPUT_INVALID: 3 vấn đề về số liệu đầu vào: /);
    expect(vi[1]).toBe("  INPUT_OUT_OF_RANGE: đơn vị P, households_total: giá trị ngoài khoảng cho phép; cần số nguyên ≥ 0");
    const refused = await run(["score", "--pack", bundle, "--input", "missing.json"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error INPUT_MISSING: /);
    expect(refused.stderr.split("\n").filter((l) => l.startsWith("  INPUT_MISSING")).length).toBeGreaterThan(5);
    const lenient = await run(["score", "--pack", bundle, "--input", "missing.json", "--lenient", "--json"], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout).warnings.length).toBeGreaterThan(5);
    const table = await run(["score", "--pack", bundle, "--input", "missing.json", "--lenient"], { cwd: dir });
    expect(table.stdout).toMatch(/Cảnh báo \(\d+\):\n {2}INPUT_MISSING/);
  });

  it("needs a period for CSV, and a pack when the input names none (usage errors, exit 2)", async () => {
    const noPeriod = await run(["--lang", "en", "score", "--pack", bundle, "--input", "one-row.csv"], { cwd: dir });
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toBe(
      "error PERIOD_REQUIRED: one-row.csv is a CSV file, which carries no period: give --period, e.g. --period 2022\n",
    );
    writeFileSync(join(dir, "no-period.json"), JSON.stringify({ units: [{ code: "P", inputs: { households_total: 10 } }] }));
    const noPack = await run(["--lang", "en", "score", "--input", "no-period.json"], { cwd: dir });
    expect(noPack.code).toBe(2);
    expect(noPack.stderr).toMatch(
      /^error PACK_REQUIRED: no pack given: use --pack <id> or add "pack": "<id>" to no-period.json, or give the period/,
    );
    // With a period, the installed pack for that year is taken (see pack-choice.test.ts).
    const byYear = await run(["--lang", "en", "score", "--input", "missing.json"], { cwd: dir });
    expect(byYear.stderr).toMatch(/^dti: no --pack given: dti-province-2022 \S+ is the installed pack for 2022\nerror INPUT_MISSING: /);
    const badPeriod = await run(["--lang", "en", "score", "--pack", bundle, "--input", "one-row.csv", "--period", "last year"], {
      cwd: dir,
    });
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toMatch(/^error USAGE: option '--period <year>' argument 'last year' is invalid/);
  });

  it("takes --period over the JSON's and warns when the pack does not apply to it", async () => {
    const { stdout } = await run(["score", "--pack", bundle, "--input", "input.json", "--period", "2030", "--json"], { cwd: dir });
    const result = JSON.parse(stdout);
    expect(result.period).toBe(2030);
    expect(result.warnings[0].code).toBe("PERIOD_OUTSIDE_PACK");
  });

  it("refuses an input written for another pack", async () => {
    writeFileSync(
      join(dir, "other.json"),
      JSON.stringify({ pack: "dti-province-2022", period: 2022, units: [{ code: "A", inputs: fullInputs }] }),
    );
    const { code, stderr } = await run(["--lang", "en", "score", "--pack", bundle, "--input", "other.json"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error REQUEST_INVALID: the request is for pack "dti-province-2022" but pack "sample-pack" was given/);
  });

  it("reports file problems with their codes", async () => {
    const missing = await run(["--lang", "en", "score", "--pack", bundle, "--input", "nope.json"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error FILE_NOT_FOUND: nope.json: no such file/);
    const directory = await run(["--lang", "en", "score", "--pack", bundle, "--input", "."], { cwd: dir });
    expect(directory.stderr).toMatch(/^error FILE_UNREADABLE: \. is not a file/);
    writeFileSync(join(dir, "broken.json"), '{\n  "period": 2022,\n  "units": [,]\n}');
    const broken = await run(["--lang", "en", "score", "--pack", bundle, "--input", "broken.json"], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      'error JSON_INVALID: broken.json: not valid JSON at line 3, column 13: unexpected ","\n  JSON_INVALID broken.json, line 3, column 13: unexpected ","\n',
    );
    const vi = await run(["score", "--pack", bundle, "--input", "broken.json"], { cwd: dir });
    expect(vi.stderr).toBe(
      'error JSON_INVALID: broken.json: JSON không hợp lệ ở dòng 3, cột 13: ký tự không mong đợi ","\n  JSON_INVALID broken.json, dòng 3, cột 13: ký tự không mong đợi ","\n',
    );
  });

  it("reports an unknown pack with the installed ones", async () => {
    const { code, stderr } = await run(["--lang", "en", "score", "--pack", "no-such-pack", "--input", "input.json"], {
      cwd: dir,
      hostDir: dir,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error PACK_NOT_FOUND: no pack "no-such-pack": not an installed pack (installed: none), a pack directory or a bundle file\n',
    );
  });
});

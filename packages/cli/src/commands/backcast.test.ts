import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { predecessorsOf, unitsAt } from "@dti/units";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";

let dir: string;

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

beforeAll(() => {
  dir = tempDir();
});

const backcast = (file: string, ...more: string[]) =>
  run(["backcast", "--pack", "dti-province-2024", "--results", file, "--to", "2025-07-01", ...more], { cwd: dir });

describe("dti backcast", () => {
  // DTI 2024 as published for the 63: Đà Nẵng 0,8335, Quảng Nam 0,5803; the new Đà Nẵng was published at 0,7069.
  const daNang = () => write("da-nang.csv", 'code,name,overall\n48,TP. Đà Nẵng,"0,8335"\n,Quang Nam,0.5803\n');

  it("back-casts Đà Nẵng and Quảng Nam to the new Đà Nẵng (0,7069) with --partial, listing the units left out", async () => {
    const { code, stdout, stderr } = await backcast(daNang(), "--partial", "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.pack.id).toBe("dti-province-2024");
    expect(out).toMatchObject({ to: "2025-07-01", from: "2025-06-30", rule: "mean", mode: "backcast" });
    expect(out.units).toHaveLength(1);
    const unit = out.units[0];
    expect(unit).toMatchObject({ unitId: "p34-48", code: "48", name: "Thành phố Đà Nẵng", rank: { overall: 1 } });
    expect(Number(unit.overall.toFixed(4))).toBe(0.7069);
    expect(unit.from.map((s: { unitId: string; input: string }) => [s.unitId, s.input])).toEqual([
      ["p63-48", "48"],
      ["p63-49", "Quang Nam"],
    ]);
    expect(out.incomplete).toHaveLength(33);
    expect(out.incomplete[0]).toEqual({ unitId: "p34-01", code: "01", name: "Thành phố Hà Nội", present: [], missing: ["p63-01"] });

    const human = await backcast("da-nang.csv", "--partial");
    expect(human.stdout).toMatch(/│\s+1 │ 48 │ Thành phố Đà Nẵng │ 0,7069 │ Đà Nẵng 0,8335; Quảng Nam 0,5803 │/);
    expect(human.stdout).toContain("Chưa quy đổi — thiếu số liệu của tỉnh cũ (33):");
    const english = await backcast("da-nang.csv", "--partial", "--lang", "en");
    expect(english.stdout).toMatch(/│\s+1 │ 48\s+│ Thành phố Đà Nẵng │ 0\.7069 │ Đà Nẵng 0\.8335; Quảng Nam 0\.5803 │/);
    expect(english.stdout).toContain("Not back-cast, old provinces missing (33):");
    expect(english.stdout).toContain("  79 Thành phố Hồ Chí Minh: missing Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu\n");
    expect(human.stdout).toContain("  79 Thành phố Hồ Chí Minh: thiếu Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu\n");
  });

  it("fails with PREDECESSOR_MISSING for incomplete input without --partial, naming every missing old province", async () => {
    const { code, stdout, stderr } = await backcast(daNang(), "--lang", "en");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe(
      "error PREDECESSOR_MISSING: da-nang.csv: the back-cast has 33 problem(s); give --partial to back-cast only the units whose old provinces are all given",
    );
    expect(lines).toHaveLength(34);
    expect(lines).toContain(
      "  PREDECESSOR_MISSING: p34-08 (Tỉnh Tuyên Quang) is formed from Tuyên Quang, Hà Giang; no row for p63-08 (Tuyên Quang), p63-02 (Hà Giang).",
    );
    const vi = (await backcast(daNang())).stderr.trim().split("\n");
    expect(vi[0]).toBe(
      "error PREDECESSOR_MISSING: da-nang.csv: phép quy đổi có 33 vấn đề; dùng --partial để chỉ quy đổi các đơn vị có đủ số liệu của mọi tỉnh cũ",
    );
    expect(vi).toContain(
      "  PREDECESSOR_MISSING: p34-08 (Tỉnh Tuyên Quang) được hình thành từ Tuyên Quang, Hà Giang; không có dòng nào cho p63-08 (Tuyên Quang), p63-02 (Hà Giang)",
    );
  });

  it("with --partial leaves out a new unit that has only some of its old provinces, and says which it has", async () => {
    const file = write("half.csv", "name,overall\nĐà Nẵng,0.8335\nHà Nội,0.9\n");
    const out = JSON.parse((await backcast(file, "--partial", "--json")).stdout);
    expect(out.units.map((u: { unitId: string }) => u.unitId)).toEqual(["p34-01"]);
    expect(out.incomplete.find((u: { unitId: string }) => u.unitId === "p34-48")).toEqual({
      unitId: "p34-48",
      code: "48",
      name: "Thành phố Đà Nẵng",
      present: ["p63-48"],
      missing: ["p63-49"],
    });
    const human = await backcast(file, "--partial");
    expect(human.stdout).toContain("  48 Thành phố Đà Nẵng: thiếu Quảng Nam (có Đà Nẵng)\n");
  });

  it("reports every problem at once, unknown names with the file's row and close names", async () => {
    const file = write("bad.csv", "name,overall\nĐà Nẵng,0.8335\nQuảng Nm,0.5803\nĐà Nẵng,0.8\n");
    const { code, stderr } = await backcast(file, "--partial", "--lang", "en");
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    // With --partial, old provinces missing are not errors; without it they are listed too.
    expect(lines).toEqual([
      "error BACKCAST_INVALID: bad.csv: the back-cast has 2 problem(s)",
      '  UNIT_UNKNOWN bad.csv: row 3: No unit matches "Quảng Nm" on 2025-06-30. Did you mean Quảng Nam (p63-49)?',
      '  UNIT_DUPLICATE bad.csv: row 4 ("Đà Nẵng") and row 2 ("Đà Nẵng") both name p63-48 (Thành phố Đà Nẵng).',
    ]);
    expect((await backcast(file, "--partial")).stderr.trim().split("\n")).toEqual([
      "error BACKCAST_INVALID: bad.csv: phép quy đổi có 2 vấn đề",
      '  UNIT_UNKNOWN bad.csv: dòng 3: không có đơn vị nào khớp với "Quảng Nm" vào ngày 2025-06-30; có phải Quảng Nam (p63-49)?',
      '  UNIT_DUPLICATE bad.csv: dòng 4 ("Đà Nẵng") và dòng 2 ("Đà Nẵng") cùng chỉ p63-48 (Thành phố Đà Nẵng)',
    ]);
    const strict = await backcast(file, "--lang", "en");
    expect(strict.stderr.split("\n")[0]).toBe(
      "error BACKCAST_INVALID: bad.csv: the back-cast has 36 problem(s); give --partial to back-cast only the units whose old provinces are all given",
    );
    expect(strict.stderr).toContain(
      "  PREDECESSOR_MISSING: p34-48 (Thành phố Đà Nẵng) is formed from Đà Nẵng, Quảng Nam; no row for p63-49 (Quảng Nam).",
    );
  });

  it("reads main-index columns by Vietnamese name and a weight column for --rule weighted", async () => {
    const file = write("weighted.csv", "Tên;Nhận thức số;ha_tang_so;DTI;Trọng số\nĐà Nẵng;0,9;0,8;0,8335;1\nQuảng Nam;0,5;0,6;0,5803;3\n");
    const out = JSON.parse((await backcast(file, "--partial", "--rule", "weighted", "--json")).stdout);
    expect(out.measures).toEqual({ overall: true, indices: ["I", "III"] });
    const unit = out.units[0];
    expect(unit.overall).toBeCloseTo((0.8335 + 3 * 0.5803) / 4, 12);
    expect(unit.indices.I).toBeCloseTo((0.9 + 3 * 0.5) / 4, 12);
    expect(unit.indices.III).toBeCloseTo((0.8 + 3 * 0.6) / 4, 12);
    const human = await backcast(file, "--partial", "--rule", "weighted");
    expect(human.stdout).toContain("cách tính: bình quân gia quyền theo cột weight (weighted, không phải cách tính chính thức)");
    expect(human.stdout).toMatch(/│ Hạng │ Mã │ Tên\s+│\s+DTI │\s+I │\s+III │ Hình thành từ/);
    expect(human.stdout).toContain("Chỉ số chính: I = Nhận thức số; III = Hạ tầng số");
    const noWeight = write("no-weight.csv", "name,overall\nĐà Nẵng,0.8335\nQuảng Nam,0.5803\n");
    const refused = await backcast(noWeight, "--partial", "--rule", "weighted", "--lang", "en");
    expect(refused.stderr.split("\n")[0]).toBe("error WEIGHT_MISSING: no-weight.csv: the back-cast has 2 problem(s)");
    expect(refused.stderr).toContain(
      "  WEIGHT_MISSING no-weight.csv: row 2 (Đà Nẵng) has no weight; the weighted rule needs a positive weight (e.g. population) on every row.\n",
    );
  });

  it("reads JSON rows, main indices keyed by code or name", async () => {
    const file = write(
      "rows.json",
      JSON.stringify([
        { code: "48", overall: 0.8335, indices: { I: 0.9, "Hạ tầng số": 0.7 } },
        { name: "Quảng Nam", overall: 0.5803, indices: { I: 0.5, ha_tang_so: 0.6 } },
      ]),
    );
    const out = JSON.parse((await backcast(file, "--partial", "--json")).stdout);
    expect(out.units[0].unitId).toBe("p34-48");
    expect(out.units[0].indices).toEqual({ I: expect.closeTo(0.7, 12), III: expect.closeTo(0.65, 12) });
    const bad = write(
      "bad-rows.json",
      JSON.stringify([
        { code: "48", overal: 0.8 },
        { name: "Quảng Nam", indices: { "Đô thị số": 0.5 } },
      ]),
    );
    const refused = await backcast(bad, "--lang", "en");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error JSON_INVALID: bad-rows\.json: 2 problem\(s\) in the rows\n/);
    expect(refused.stderr).toContain(
      '  JSON_INVALID bad-rows.json, row 1: unknown key "overal"; expected code, name, unit, overall, indices, weight\n',
    );
    expect(refused.stderr).toContain('"Đô thị số" names no main index of dti-province-2024');
  });

  it("refuses a column that names nothing it reads", async () => {
    const file = write("unknown.csv", "name,overall,Đô thị số\nĐà Nẵng,0.8,0.5\n");
    const { code, stderr } = await backcast(file, "--lang", "en");
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error CSV_UNKNOWN_COLUMN: unknown\.csv: column "Đô thị số" names nothing this command reads; accepted: code; name; overall; weight; the main indices of dti-province-2024: I \("Nhận thức số"\)/,
    );
  });

  it("ranks all 34 units from a full (synthetic) 63-row file, ties sharing a rank", async () => {
    // SYNTHETIC TEST DATA, not published results: old province k (in code order) gets 0.3 + (k mod 4) × 0.1,
    // so that merged units average to equal values and ties appear.
    const old = unitsAt("2025-06-30");
    const value = new Map(old.map((u, k) => [u.id, 0.3 + (k % 4) * 0.1]));
    const lines = [
      "code,name,overall",
      ...old.map((u, k) => (k % 2 === 0 ? `${u.code},,${value.get(u.id)!.toFixed(4)}` : `,${u.shortName},${value.get(u.id)!.toFixed(4)}`)),
    ];
    const file = write("synthetic-63.csv", `${lines.join("\n")}\n`);
    const { code, stdout, stderr } = await backcast(file, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.units).toHaveLength(34);
    expect(out.complete).toBe(true);
    expect(out.incomplete).toEqual([]);
    // Expected by hand: the mean of each new unit's predecessors, rounded to 4 decimals, competition ranks.
    const expected = unitsAt("2025-07-01").map((u) => {
      const from = predecessorsOf(u.id).map((p) => value.get(p.id)!);
      return { id: u.id, value: Math.round((from.reduce((a, b) => a + b, 0) / from.length) * 1e4) / 1e4 };
    });
    const rankOf = (v: number) => 1 + expected.filter((e) => e.value > v).length;
    for (const unit of out.units as { unitId: string; overall: number; rank: { overall: number } }[]) {
      const e = expected.find((x) => x.id === unit.unitId)!;
      expect(unit.overall).toBeCloseTo(e.value, 4);
      expect(unit.rank.overall).toBe(rankOf(e.value));
    }
    const ranks = out.units.map((u: { rank: { overall: number } }) => u.rank.overall);
    expect(new Set(ranks).size).toBeLessThan(34); // ties
    expect(Math.min(...ranks)).toBe(1);
    const human = await backcast(file);
    expect(human.stdout.split("\n").filter((l: string) => /^│\s+\d+ │ \d\d │/.test(l))).toHaveLength(34);
  });
});

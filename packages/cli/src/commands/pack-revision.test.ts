import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { samplePack, tempDir, writePackDir } from "../test/sample-pack";

interface Bundle {
  pack: {
    meta: { version: string };
    indicators: { code: string; maxPoints: unknown; rule: Record<string, unknown>; inputs: { address?: string; input: string }[] }[];
    crosswalks: unknown[];
  };
}

let dir: string;
let pack2022: Bundle;
const indicator = (bundle: Bundle, code: string) => bundle.pack.indicators.find((x) => x.code === code)!;

beforeAll(async () => {
  dir = tempDir();
  expect((await run(["pack", "build", "dti-province-2022", "--out", "2022.json"], { cwd: dir })).code).toBe(0);
  pack2022 = JSON.parse(readFileSync(join(dir, "2022.json"), "utf8")) as Bundle;
});

const write = (name: string, bundle: Bundle) => {
  const { hash: _hash, ...rest } = bundle as Bundle & { hash?: string };
  writeFileSync(join(dir, name), JSON.stringify(rest));
};

describe("dti pack validate: one pass, codes in paths", () => {
  it("reports a wrong type, an unknown input and points that do not add up in three indicators in one run, each by its code", async () => {
    const bundle = structuredClone(pack2022);
    indicator(bundle, "1.1").maxPoints = "10";
    indicator(bundle, "3.3").rule.a = "households_with_fibre";
    indicator(bundle, "6.12").maxPoints = 25;
    write("three.json", bundle);
    const { code, stdout } = await run(["pack", "validate", "three.json", "--lang", "en"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.split("\n").filter((l) => l.startsWith("  error "))).toEqual([
      "  error SCHEMA indicators[1.1].maxPoints: Invalid input: expected number, received string",
      '  error UNKNOWN_INPUT indicators[3.3].rule.a: rule of 3.3 uses input "households_with_fibre", which is not declared: declare it under inputs or correct the id (did you mean "households_with_fiber"?)',
      "  error POINTS_MISMATCH indices[VI].maxPoints: index VI is worth 200 but its indicators add up to 205: correct the index's maxPoints or its indicators' points",
    ]);
    const vi = await run(["pack", "validate", "three.json"], { cwd: dir });
    expect(vi.stdout).toContain(
      "  lỗi POINTS_MISMATCH indices[VI].maxPoints: chỉ số chính VI có 200 điểm nhưng các chỉ số thành phần cộng lại 205: sửa maxPoints của chỉ số chính hoặc điểm các chỉ số thành phần",
    );
  });

  it('refuses a revision of dti-province-2022 that changes 7.1\'s threshold while its crosswalk calls 7.1 "same"', async () => {
    const bundle = structuredClone(pack2022);
    bundle.pack.meta.version = "1.1.0";
    indicator(bundle, "7.1").rule.target = 0.15;
    bundle.pack.crosswalks = [{ from: "dti-province-2022", indicators: [{ from: ["7.1"], to: ["7.1"], relation: "same" }] }];
    write("revision.json", bundle);
    const { code, stdout } = await run(["pack", "validate", "revision.json", "--json", "--lang", "en"], { cwd: dir });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.checkedAgainst).toEqual([{ id: "dti-province-2022", version: "1.0.0" }]);
    expect(report.errors).toEqual([
      {
        code: "CROSSWALK_CONTENT",
        path: "crosswalks[dti-province-2022].indicators[7.1].relation",
        pointer: "crosswalks[0].indicators[0].relation",
        message: 'indicator 7.1 is called "same" but its rule changed: say "changed" or make them equal',
      },
    ]);
    // Called "changed", it validates.
    (bundle.pack.crosswalks[0] as { indicators: { relation: string }[] }).indicators[0]!.relation = "changed";
    write("revision.json", bundle);
    expect((await run(["pack", "validate", "revision.json"], { cwd: dir })).code).toBe(0);
  });

  it("summarises hundreds of problems in the text report and keeps them all in JSON", async () => {
    // Every input renamed in the declarations only: each use of one by an indicator is unknown, each declaration unused.
    const bundle = structuredClone(pack2022) as Bundle & { pack: { inputs: { id: string }[] } };
    for (const input of bundle.pack.inputs) input.id = `${input.id}_renamed_x`;
    write("many.json", bundle);
    const text = (await run(["pack", "validate", "many.json", "--lang", "en"], { cwd: dir })).stdout.split("\n");
    const errors = text.filter((l) => l.startsWith("  error "));
    expect(errors).toHaveLength(50);
    expect(text).toContainEqual(
      expect.stringMatching(/^ {2}… and \d{3} more error\(s\) \((UNKNOWN_INPUT|UNUSED_INPUT): \d+, .*\); see them all with --json$/),
    );
    const json = JSON.parse((await run(["pack", "validate", "many.json", "--json"], { cwd: dir })).stdout);
    expect(json.errors.length).toBeGreaterThan(300);
  });
});

describe("dti score --lenient: missing inputs only", () => {
  it('refuses {"6.12.a": 100, "6.12.b": 500}: the ratio is impossible whatever 6.12.c is', async () => {
    writeFileSync(
      join(dir, "6.12.json"),
      JSON.stringify({ pack: "dti-province-2022", period: 2022, units: [{ code: "X", inputs: { "6.12.a": 100, "6.12.b": 500 } }] }),
    );
    const en = await run(["score", "--input", "6.12.json", "--lenient", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stderr.split("\n")[0]).toBe(
      "error INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: 1 input problem(s): unit X, indicator 6.12: numerator 6.12.b dossiers_online_l3 + 6.12.c dossiers_online_l4 ≥ 500 (6.12.c not given) is above denominator 6.12.a dossiers_total = 100; expected a ≤ b, whatever the missing values are",
    );
    const vi = await run(["score", "--input", "6.12.json", "--lenient"], { cwd: dir });
    expect(vi.code).toBe(1);
    expect(vi.stderr.split("\n")[0]).toBe(
      "error INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: 1 vấn đề về số liệu đầu vào: đơn vị X, chỉ số 6.12: tử số lớn hơn mẫu số (tử số ≥ 500, chưa có 6.12.c; mẫu số 100), dù các giá trị còn thiếu là bao nhiêu; cần 6.12.b dossiers_online_l3 + 6.12.c dossiers_online_l4 ≤ 6.12.a dossiers_total",
    );
  });

  it("refuses an unknown key in lenient mode with the nearest keys", async () => {
    writeFileSync(
      join(dir, "typo.json"),
      JSON.stringify({ pack: "dti-province-2022", period: 2022, units: [{ code: "X", inputs: { "6.12.d": 100 } }] }),
    );
    const { code, stderr } = await run(["score", "--input", "typo.json", "--lenient", "--lang", "en"], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('"6.12.d" is not an input of this pack; did you mean "6.12.a" or "6.12.b" or "6.12.c"?');
  });
});

describe("dti pack diff of a merge, the draft crosswalk, the semver class; dti pack release", () => {
  it("shows every side of 3.2 + 3.3 merged into 3.2, drafts the crosswalk and classes the change major", async () => {
    const merged = structuredClone(pack2022);
    const [three2, three3] = [indicator(merged, "3.2"), indicator(merged, "3.3")];
    three2.maxPoints = 20;
    three2.rule = { kind: "ratio", a: ["households_with_smartphone", "households_with_fiber"], b: "households_total" };
    three2.inputs = [...three2.inputs, { address: "c", input: "households_with_fiber" }];
    merged.pack.indicators = merged.pack.indicators.filter((x) => x !== three3);
    merged.pack.meta.version = "2.0.0";
    write("merged.json", merged);
    const draft = JSON.parse((await run(["pack", "diff", "2022.json", "merged.json", "--crosswalk-draft", "json"], { cwd: dir })).stdout);
    const mapping = draft.indicators.find((m: { to: string[] }) => m.to.includes("3.2"));
    expect(mapping).toMatchObject({ from: ["3.2", "3.3"], to: ["3.2"], relation: "merged" });
    merged.pack.crosswalks = [{ from: "dti-province-2022", indicators: [mapping] }];
    write("merged.json", merged);
    const text = (await run(["pack", "diff", "2022.json", "merged.json"], { cwd: dir })).stdout;
    expect(text).toContain("  chỉ số 3.2 + 3.3 → 3.2 (merged)");
    expect(text).toMatch(/ {4}− trước: 3\.2 .+ \(10,00 điểm\): Tỷ lệ = 3\.2\.a \/ 3\.2\.b/);
    expect(text).toMatch(/ {4}\+ sau: {2}3\.2 .+ \(20,00 điểm\): Tỷ lệ = \(3\.2\.a \+ 3\.2\.c\) \/ 3\.2\.b/);
    expect(text).toMatch(/ {4}− trước: 3\.3 .+ \(10,00 điểm\)/);
    expect(text).toContain("    + sau:  3.3 bị bỏ");
    expect(text).toContain("    Tổng điểm: 20,00 → 20,00");
    expect(text).toContain("Mức thay đổi theo semver (.changeset/README.md): major → 2.0.0");
    const json = JSON.parse((await run(["pack", "diff", "2022.json", "merged.json", "--json"], { cwd: dir })).stdout);
    expect(json.change.level).toBe("major");
    const ts = (await run(["pack", "diff", "2022.json", "merged.json", "--crosswalk-draft"], { cwd: dir })).stdout;
    expect(ts).toMatch(/^import type \{ PackDefinition \} from "@dti\/pack-sdk";\n/);
    expect(ts).toContain('satisfies PackDefinition["crosswalks"];');
  });

  it("records a release, and refuses a change of content without a new version", async () => {
    const packDir = writePackDir(dir, samplePack(), "released-pack");
    const first = await run(["pack", "release", "released-pack", "--lang", "en"], { cwd: dir });
    expect(first.code).toBe(0);
    const record = JSON.parse(readFileSync(join(packDir, "pack-versions.json"), "utf8"));
    expect(Object.keys(record)).toEqual(["1.0.0"]);
    expect(record["1.0.0"]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await run(["pack", "validate", "released-pack"], { cwd: dir })).code).toBe(0);
    // The same pack, changed (in a directory of its own: a module once imported stays cached), with its record.
    const changed = samplePack();
    (changed.indicators[1]!.rule as { target: number }).target = 0.7;
    const changedDir = writePackDir(dir, changed, "released-pack-2");
    writeFileSync(join(changedDir, "pack-versions.json"), JSON.stringify(record));
    const refused = await run(["pack", "validate", "released-pack-2", "--lang", "en"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /\n {2}error VERSION_NOT_BUMPED meta\.version: version 1\.0\.0 was released with content sha256:[0-9a-f]{64}, but this content hashes to sha256:[0-9a-f]{64}: bump the version and record it \(dti pack release\)\n/,
    );
    expect((await run(["pack", "release", "released-pack-2"], { cwd: dir })).code).toBe(1);
    // With a pending changeset that bumps the pack, the changed content waits for pnpm version-packages: a warning.
    mkdirSync(join(dir, ".changeset"), { recursive: true });
    writeFileSync(join(dir, ".changeset", "target.md"), '---\n"@test/released-pack-2": minor\n---\n\n1.2: target 70 %.\n');
    const pending = await run(["pack", "validate", "released-pack-2", "--lang", "en"], { cwd: dir });
    expect(pending.code).toBe(0);
    expect(pending.stdout).toContain(
      "  warning VERSION_PENDING meta.version: the content differs from the released 1.0.0; a pending changeset bumps it (minor: 1.1.0 at pnpm version-packages), then record it (dti pack release)",
    );
    rmSync(join(dir, ".changeset"), { recursive: true });
    changed.meta.version = "2.0.0";
    const bumpedDir = writePackDir(dir, changed, "released-pack-3");
    writeFileSync(join(bumpedDir, "pack-versions.json"), JSON.stringify(record));
    expect((await run(["pack", "release", "released-pack-3"], { cwd: dir })).code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(bumpedDir, "pack-versions.json"), "utf8")))).toEqual(["1.0.0", "2.0.0"]);
  });
});

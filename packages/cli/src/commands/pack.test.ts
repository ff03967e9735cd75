import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { fullInputs, samplePack, tempDir, writeBundle, writePackDir } from "../test/sample-pack";

let dir: string;

beforeAll(() => {
  dir = tempDir();
  writeBundle(dir);
  writePackDir(dir);
  writeFileSync(
    join(dir, "input.json"),
    JSON.stringify({
      pack: "sample-pack",
      period: 2022,
      units: [
        { code: "A", inputs: fullInputs },
        { code: "B", inputs: { ...fullInputs, households_fiber: 10 } },
      ],
    }),
  );
});

describe("dti pack validate", () => {
  it("validates a pack directory and a bundle, with provisional items as warnings", async () => {
    for (const reference of ["sample-pack", "sample-pack.bundle.json"]) {
      const { code, stdout, stderr } = await run(["pack", "validate", reference, "--lang", "en"], { cwd: dir });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^✓ sample-pack 1\.0\.0 \((directory|bundle): .*\): 0 error\(s\), 1 warning\(s\)\n {2}hash sha256:[0-9a-f]{64}\n/,
      );
      expect(stdout).toContain("  warning PROVISIONAL indicators[1.5].provisional: 1.5 is provisional: ngưỡng chưa rõ trong bản OCR");
    }
  });

  it("lists every problem of an invalid pack directory with its path, exit 1", async () => {
    const broken = samplePack();
    broken.indicators[0]!.code = "1.2";
    broken.indicators[12]!.rule = { kind: "ratio", a: "no_such_input", b: "households_total" };
    broken.indices[1]!.maxPoints = 70;
    broken.meta.engine = "^9.0.0";
    writePackDir(dir, broken, "broken-pack");
    const { code, stdout, stderr } = await run(["pack", "validate", "broken-pack", "--lang", "en"], { cwd: dir });
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    const errors = lines.filter((l) => l.startsWith("  error ")).length;
    expect(errors).toBeGreaterThanOrEqual(4);
    expect(lines[0]).toMatch(
      new RegExp(`^✗ sample-pack 1\\.0\\.0 \\(directory: .*broken-pack\\): ${errors} error\\(s\\), 1 warning\\(s\\)$`),
    );
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        '  error DUPLICATE_CODE indicators[1.2].code: indicator "1.2" is declared more than once: give each its own code',
        '  error UNKNOWN_INPUT indicators[2.1].rule.a: rule of 2.1 uses input "no_such_input", which is not declared: declare it under inputs or correct the id',
        "  error POINTS_MISMATCH indices[II].maxPoints: index II is worth 70 but its indicators add up to 60: correct the index's maxPoints or its indicators' points",
        "  error ENGINE_INCOMPATIBLE meta.engine: the pack supports engine ^9.0.0; this engine is 0.1.0",
      ]),
    );
    expect(stderr).toBe(`error PACK_INVALID: pack sample-pack is not valid: ${errors} problem(s) (listed above)\n`);

    const json = await run(["pack", "validate", "broken-pack", "--json", "--lang", "en"], { cwd: dir });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toHaveLength(errors);
    expect(report.errors[0]).toEqual({
      code: "DUPLICATE_CODE",
      path: "indicators[1.2].code",
      pointer: "indicators[1].code",
      message: 'indicator "1.2" is declared more than once: give each its own code',
    });
    expect(report.warnings[0].code).toBe("PROVISIONAL");
  });

  it("reports schema problems and refuses to score with an invalid pack, every issue on its own line", async () => {
    const broken = samplePack() as unknown as { indicators: { name: unknown; rule: unknown }[] };
    broken.indicators[0]!.name = { en: "no Vietnamese" };
    broken.indicators[1]!.rule = { kind: "ratio_to_target", a: "households_fiber", b: "households_total" };
    writePackDir(dir, broken, "schema-pack");
    const validate = await run(["pack", "validate", "schema-pack", "--lang", "en"], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain("  error SCHEMA indicators[1.1].name.vi: ");
    expect(validate.stdout).toContain("  error SCHEMA indicators[1.2].rule.target: ");
    const score = await run(["--lang", "en", "score", "--pack", "schema-pack", "--input", "input.json"], { cwd: dir });
    expect(score.code).toBe(1);
    const lines = score.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^error PACK_INVALID: pack sample-pack is not valid: 2 problem\(s\)/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}SCHEMA indicators\[1\.1\]\.name\.vi: /),
      expect.stringMatching(/^ {2}SCHEMA indicators\[1\.2\]\.rule\.target: /),
    ]);
  });

  it("refuses what is not a pack", async () => {
    writeFileSync(join(dir, "not-a-bundle.json"), JSON.stringify({ hello: "world" }));
    const notBundle = await run(["--lang", "en", "pack", "validate", "not-a-bundle.json"], { cwd: dir });
    expect(notBundle.code).toBe(1);
    expect(notBundle.stderr).toMatch(/^error PACK_LOAD_FAILED: .*not-a-bundle.json is not a pack bundle/);
    const missing = await run(["--lang", "en", "pack", "validate", "nowhere"], { cwd: dir, hostDir: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error PACK_NOT_FOUND: no pack "nowhere"/);
    const usage = await run(["--lang", "en", "pack", "validate"], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error USAGE: missing required argument 'pack'/);
  });
});

describe("dti pack build", () => {
  it("writes a bundle that validates and scores with the same hash", async () => {
    const built = await run(["pack", "build", "sample-pack", "--out", "out/sample.json"], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout).toBe("");
    const bundle = JSON.parse(readFileSync(join(dir, "out/sample.json"), "utf8"));
    expect(bundle.format).toBe("dti-pack-bundle@1");
    expect(bundle.pack.meta.coverage).toBe("full"); // defaults filled in
    expect(bundle.builtWith).toEqual({ cli: "0.1.0", engine: "0.1.0" });

    const fromDir = JSON.parse((await run(["pack", "validate", "sample-pack", "--json"], { cwd: dir })).stdout);
    const fromBundle = JSON.parse((await run(["pack", "validate", "out/sample.json", "--json"], { cwd: dir })).stdout);
    expect(fromBundle.pack.hash).toBe(fromDir.pack.hash);
    expect(bundle.hash).toBe(fromDir.pack.hash);
    const scored = JSON.parse((await run(["score", "--pack", "out/sample.json", "--input", "input.json", "--json"], { cwd: dir })).stdout);
    expect(scored.pack.hash).toBe(bundle.hash);

    // A bundle edited after it was built still validates, with a warning that its hash is stale.
    writeFileSync(
      join(dir, "out/edited.json"),
      JSON.stringify({ ...bundle, pack: { ...bundle.pack, meta: { ...bundle.pack.meta, version: "1.0.1" } } }),
    );
    const edited = await run(["pack", "validate", "out/edited.json", "--lang", "en"], { cwd: dir });
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain(`  warning BUNDLE_HASH hash: the bundle says ${bundle.hash} but its pack hashes to sha256:`);

    // Building the bundle again gives the same bundle.
    await run(["pack", "build", "out/sample.json", "--out", "out/again.json"], { cwd: dir });
    expect(readFileSync(join(dir, "out/again.json"), "utf8")).toBe(readFileSync(join(dir, "out/sample.json"), "utf8"));
  });

  it("refuses to build an invalid pack, and needs --out", async () => {
    const broken = await run(["pack", "build", "broken-pack", "--out", "out/broken.json"], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^error PACK_INVALID: /);
    const noOut = await run(["--lang", "en", "pack", "build", "sample-pack"], { cwd: dir });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/^error USAGE: required option '--out <file.json>' not specified/);
  });
});

describe("dti pack docs", () => {
  it("prints the Vietnamese handbook with every indicator code", async () => {
    const { code, stdout } = await run(["pack", "docs", "sample-pack"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Sổ tay chỉ số: Bộ chỉ số mẫu\n/);
    for (const heading of [
      "## Căn cứ pháp lý",
      "## Cách tổng hợp điểm",
      "## I. Nhận thức số",
      "**Cách xác định và tính điểm**",
      "**Số liệu đầu vào**",
      "Tạm thời",
    ])
      expect(stdout).toContain(heading);
    for (const indicator of samplePack().indicators) expect(stdout).toContain(`${indicator.code}. Chỉ số ${indicator.code}`);
  });

  it("writes English to a file with --lang en --out", async () => {
    const { code, stdout, stderr } = await run(["pack", "docs", "sample-pack.bundle.json", "--lang", "en", "--out", "docs/handbook.md"], {
      cwd: dir,
    });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^wrote the English handbook of sample-pack 1\.0\.0 to /);
    expect(readFileSync(join(dir, "docs/handbook.md"), "utf8")).toMatch(/^# Indicator handbook: Sample pack\n/);
    const wrongLang = await run(["pack", "docs", "sample-pack", "--lang", "fr"], { cwd: dir });
    expect(wrongLang.code).toBe(2);
    expect(wrongLang.stderr).toMatch(
      /^error USAGE: giá trị 'fr' của tùy chọn '--lang <lang>' không hợp lệ: cần vi hoặc en, nhưng nhận "fr"/,
    );
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { VIETNAMESE_LETTER } from "./test/vietnamese";
import { run } from "./test/run";
import { samplePack, tempDir, writePackDir } from "./test/sample-pack";

/**
 * Every command, given something wrong, answers in the language asked for: `--lang vi` (the default)
 * with Vietnamese words, `--lang en` with English only; the same code and exit code in both. The files
 * and names used are plain ASCII, so any Vietnamese letter in an English answer is the CLI's own.
 */
let dir: string;
let host: string;

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, "bad.csv"), "code,I\nA,1\nB,1,2\n");
  writeFileSync(join(dir, "input.json"), JSON.stringify({ pack: "dti-province-2022", period: 2022, units: [{ code: "A", inputs: {} }] }));
  writeFileSync(join(dir, "results.csv"), "name,overall\nAtlantis,0.5\n");
  writeFileSync(join(dir, "ok.csv"), "code,households_total\nA,10\n");
  writeFileSync(join(dir, "nopack.json"), JSON.stringify({ period: 1999, units: [{ code: "A", inputs: {} }] }));
  // A host whose only pack does not load (dti packs lists it and fails).
  host = tempDir();
  writeFileSync(join(host, "package.json"), JSON.stringify({ name: "host", dependencies: { "@test/broken-pack": "1.0.0" } }));
  mkdirSync(join(host, "node_modules", "@test"), { recursive: true });
  const broken = samplePack();
  broken.indices[0]!.maxPoints = 1;
  writePackDir(join(host, "node_modules", "@test"), broken, "broken-pack");
});

interface Case {
  argv: string[];
  code: string;
  exit: number;
  options?: () => { cwd?: string; hostDir?: string };
  /** Proper names an English answer may quote (a province's name is written the Vietnamese way in English too). */
  names?: RegExp;
}

const CASES: Case[] = [
  { argv: ["frobnicate"], code: "USAGE", exit: 2 },
  { argv: ["score", "--frobnicate"], code: "USAGE", exit: 2 },
  { argv: ["score"], code: "USAGE", exit: 2 },
  { argv: ["packs"], code: "PACK_INVALID", exit: 1, options: () => ({ cwd: host, hostDir: host }) },
  { argv: ["pack", "validate", "nowhere"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "build", "nowhere", "--out", "x.json"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "docs", "nowhere"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "diff", "nowhere", "dti-province-2022"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "new", "Bad_Id"], code: "PACK_ID_INVALID", exit: 2 },
  { argv: ["pack", "release", "nowhere"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "test", "nowhere"], code: "PACK_NOT_FOUND", exit: 1 },
  { argv: ["pack", "validate"], code: "USAGE", exit: 2 },
  { argv: ["score", "--input", "missing.json"], code: "FILE_NOT_FOUND", exit: 1 },
  { argv: ["score", "--input", "input.json"], code: "INPUT_MISSING", exit: 1 },
  { argv: ["score", "--input", "bad.csv", "--pack", "dti-province-2022", "--period", "2022"], code: "CSV_INVALID", exit: 1 },
  { argv: ["score", "--input", "ok.csv"], code: "PACK_REQUIRED", exit: 2 },
  { argv: ["score", "--input", "nopack.json"], code: "PACK_NOT_FOUND", exit: 1 },
  {
    argv: ["aggregate", "--index-values", "missing.csv", "--pack", "dti-province-2022", "--period", "2022"],
    code: "FILE_NOT_FOUND",
    exit: 1,
  },
  { argv: ["aggregate", "--index-values", "bad.csv"], code: "PACK_REQUIRED", exit: 2 },
  { argv: ["explain", "--input", "input.json", "--unit", "NOPE", "--lenient"], code: "UNIT_NOT_FOUND", exit: 1 },
  { argv: ["compare", "--from", "dti-province-2022", "--to", "dti-province-2022:2023", "--input", "input.json"], code: "USAGE", exit: 2 },
  {
    argv: ["compare", "--from", "dti-province-2022:2021", "--to", "dti-province-2022:2022", "--input", "input.json"],
    code: "PERIOD_NOT_FOUND",
    exit: 1,
  },
  { argv: ["variant", "--variant", "missing.json", "--input", "input.json"], code: "FILE_NOT_FOUND", exit: 1 },
  { argv: ["sensitivity", "--input", "input.json", "--runs", "0"], code: "USAGE", exit: 2 },
  { argv: ["units", "--at", "2025-02-30"], code: "USAGE", exit: 2 },
  { argv: ["units", "--at", "2001-01-01"], code: "DATE_OUT_OF_RANGE", exit: 1, names: /Hà Tây|Hà Nội/g },
  { argv: ["template", "--pack", "dti-province-2022", "--out", "x.txt"], code: "USAGE", exit: 2 },
  {
    argv: ["backcast", "--pack", "dti-province-2024", "--results", "results.csv", "--to", "2025-07-01", "--partial"],
    code: "UNIT_UNKNOWN",
    exit: 1,
  },
  {
    argv: ["backcast", "--pack", "dti-province-2024", "--results", "results.csv", "--to", "2025-07-01", "--rule", "median"],
    code: "USAGE",
    exit: 2,
  },
  { argv: ["demo", "--top", "0"], code: "USAGE", exit: 2 },
];

async function answer(c: Case, lang: "vi" | "en") {
  const { code, stdout, stderr } = await run([...c.argv, "--lang", lang], { cwd: dir, ...c.options?.() });
  const error = stderr.split("\n").find((line) => line.startsWith("error ")) ?? "";
  return { code, stdout, stderr, error };
}

describe("every command answers in the language asked for", () => {
  it.each(CASES.map((c) => [c.argv.join(" "), c] as const))("dti %s", async (_name, c) => {
    const vi = await answer(c, "vi");
    const en = await answer(c, "en");
    for (const said of [vi, en]) {
      expect(said.code).toBe(c.exit);
      expect(said.error.startsWith(`error ${c.code}: `)).toBe(true);
    }
    expect(vi.error).toMatch(VIETNAMESE_LETTER);
    expect(en.stderr.replace(c.names ?? /$^/, "")).not.toMatch(VIETNAMESE_LETTER);
    expect(vi.error).not.toBe(en.error);
  });

  it("speaks Vietnamese when no language is given, and takes DTI_LANG from the environment", async () => {
    const missing = ["score", "--input", "missing.json"];
    const byDefault = await run(missing, { cwd: dir, env: {} });
    expect(byDefault.stderr).toMatch(/^error FILE_NOT_FOUND: missing\.json: không có tệp này/);
    const english = await run(missing, { cwd: dir, env: { DTI_LANG: "en_GB.UTF-8" } });
    expect(english.stderr).toMatch(/^error FILE_NOT_FOUND: missing\.json: no such file/);
    // --lang wins over the environment.
    const vietnamese = await run([...missing, "--lang=vi"], { cwd: dir, env: { DTI_LANG: "en" } });
    expect(vietnamese.stderr).toMatch(/^error FILE_NOT_FOUND: missing\.json: không có tệp này/);
    const wrong = await run(missing, { cwd: dir, env: { DTI_LANG: "fr" } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('error USAGE: biến môi trường DTI_LANG="fr": cần vi hoặc en\n');
    const badFlag = await run([...missing, "--lang", "fr"], { cwd: dir });
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/^error USAGE: giá trị 'fr' của tùy chọn '--lang <lang>' không hợp lệ: cần vi hoặc en/);
  });

  it("words messages inside JSON output in the language asked for, keys unchanged", async () => {
    for (const lang of ["vi", "en"] as const) {
      const { stdout } = await run(["packs", "--json", "--lang", lang], { cwd: host, hostDir: host });
      const listed = JSON.parse(stdout).packs[0];
      expect(Object.keys(listed.error)).toEqual(["code", "message"]);
      if (lang === "vi") expect(listed.error.message).toMatch(VIETNAMESE_LETTER);
      else expect(listed.error.message).not.toMatch(VIETNAMESE_LETTER);
    }
  });
});

describe("help follows the language too", () => {
  const commands = [
    [],
    ["packs"],
    ["pack"],
    ["pack", "validate"],
    ["pack", "diff"],
    ["pack", "new"],
    ["score"],
    ["compare"],
    ["units"],
    ["demo"],
  ];

  it.each(commands.map((c) => [c.join(" ") || "(no command)", c] as const))("dti %s --help", async (_name, command) => {
    const vi = await run([...command, "--help"], { cwd: dir });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Cách dùng: dti/);
    expect(vi.stdout).toMatch(/^Tùy chọn:/m);
    expect(vi.stdout).not.toMatch(/^(Usage|Options):/m);
    const en = await run([...command, "--help", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: dti/);
    expect(en.stdout).toMatch(/^Options:/m);
    expect(en.stdout).not.toMatch(/Cách dùng|Tùy chọn/);
  });
});

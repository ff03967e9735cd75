import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchCli, pnpmCommand } from "./cli-start";

// Shape only: performance targets live in the benchmark (pnpm bench --e2e), never in tests.
describe("benchCli", () => {
  it("times node, pnpm, dti --version, dti score and the engine, and gives finite ratios", async () => {
    const lines: string[] = [];
    const timings = await benchCli((line) => lines.push(line), { runs: 1 });
    expect(Object.keys(timings).sort()).toEqual(
      ["dtiScoreMs", "dtiVersionMs", "engineScoreMs", "nodeMs", "pnpmVersionMs", "scoreOverStartPlusEngine", "versionOverPnpmMs"].sort(),
    );
    for (const key of ["nodeMs", "pnpmVersionMs", "dtiVersionMs", "dtiScoreMs", "engineScoreMs"] as const)
      expect(timings[key]).toBeGreaterThan(0);
    expect(Number.isFinite(timings.versionOverPnpmMs)).toBe(true);
    expect(Number.isFinite(timings.scoreOverStartPlusEngine)).toBe(true);
    expect(timings.versionOverPnpmMs).toBeCloseTo(timings.dtiVersionMs - timings.pnpmVersionMs, 9);
    expect(timings.scoreOverStartPlusEngine).toBeCloseTo(timings.dtiScoreMs / (timings.dtiVersionMs + timings.engineScoreMs), 9);
    expect(lines.some((l) => l.includes("dti score"))).toBe(true);
  }, 180_000);

  it("refuses a command that was not built", async () => {
    await expect(benchCli(() => {}, { runs: 1, bin: "/nowhere/dist/bin.js" })).rejects.toThrow(/does not exist: build the command first/);
  });
});

describe("pnpmCommand", () => {
  it("runs the pnpm that started the bench (npm_execpath, a script run with node), else pnpm on the PATH", () => {
    expect(pnpmCommand({})).toEqual(["pnpm", []]);
    // npm's own path is not pnpm's.
    expect(pnpmCommand({ npm_execpath: "/usr/lib/node_modules/npm/bin/npm-cli.js" })).toEqual(["pnpm", []]);
    const dir = mkdtempSync(join(tmpdir(), "dti-bench-"));
    expect(pnpmCommand({ npm_execpath: join(dir, "pnpm.cjs") })).toEqual(["pnpm", []]); // not there
    writeFileSync(join(dir, "pnpm.cjs"), "");
    expect(pnpmCommand({ npm_execpath: join(dir, "pnpm.cjs") })).toEqual([process.execPath, [join(dir, "pnpm.cjs")]]);
    writeFileSync(join(dir, "pnpm"), "");
    expect(pnpmCommand({ npm_execpath: join(dir, "pnpm") })).toEqual([join(dir, "pnpm"), []]);
  });
});

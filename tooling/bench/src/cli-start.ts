/**
 * How fast the compiled `dti` command starts and scores, against `node` alone and `pnpm --version`:
 * the targets of "fast and light end to end" are
 *   dti --version   ≤ pnpm --version + 400 ms
 *   dti score (demo) ≤ 2 × (dti --version + the engine's own time to load the pack and score the demo).
 * Each command is spawned N times (after one unmeasured run, so that the file cache is warm) and the
 * median wall-clock time is kept. The engine's own time is what the engine alone spends in such a
 * process: the engine compiled to plain JavaScript (esbuild, as the command is), run in a fresh Node
 * process that imports it and then loads the same prebuilt bundle the compiled command reads and scores
 * the demo — import + createEngine + load + score, cold as in the command, timed inside the process
 * (Node's own start-up and reading the two files left out), median of N processes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_2022_FILE } from "@dti-packs/dti-province-2022/demo";
import * as esbuild from "esbuild";

export interface CliTimings {
  /** `node -e ""`: the floor of any Node command. */
  nodeMs: number;
  pnpmVersionMs: number;
  dtiVersionMs: number;
  /** `dti score --input <the demo of dti-province-2022>`, text output. */
  dtiScoreMs: number;
  /** The engine alone, compiled, cold in a fresh process: import + createEngine + load dti-province-2022 (the command's prebuilt bundle) + score the demo. */
  engineScoreMs: number;
  /** dtiVersionMs − pnpmVersionMs (target ≤ 400). */
  versionOverPnpmMs: number;
  /** dtiScoreMs / (dtiVersionMs + engineScoreMs) (target ≤ 2). */
  scoreOverStartPlusEngine: number;
}

export interface CliBenchOptions {
  /** Timed runs of each command (default 7); the median is kept. */
  runs?: number;
  /** The compiled command (default: packages/cli/dist/bin.js of this repository). */
  bin?: string;
}

const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REPO = resolve(BENCH_DIR, "..", "..");
export const DEFAULT_BIN = join(REPO, "packages", "cli", "dist", "bin.js");

/**
 * The engine alone, as a program: reads the bundle and the demo, then imports the engine and scores,
 * and prints the milliseconds of that (import + createEngine + load + score).
 */
const ENGINE_PROBE = `
import { readFileSync } from "node:fs";
const [bundle, demo] = process.argv.slice(-2).map((file) => JSON.parse(readFileSync(file, "utf8")));
const started = performance.now();
const { createEngine } = await import("@dti/engine");
const engine = createEngine();
const result = engine.score(engine.load(bundle.pack), demo, { mode: "strict", explain: false });
const ms = performance.now() - started;
if (result.units.length === 0) throw new Error("the demo scored no unit");
process.stdout.write(String(ms));
`;

/** Compiles the probe with the engine and its libraries inlined (resolved as the command resolves them). */
async function compileProbe(outDir: string): Promise<string> {
  const file = join(outDir, "engine-probe.mjs");
  await esbuild.build({
    stdin: { contents: ENGINE_PROBE, resolveDir: join(REPO, "packages", "cli", "src"), sourcefile: "engine-probe.ts", loader: "ts" },
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.11",
    logLevel: "error",
  });
  return file;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * `pnpm --version` as the user's pnpm runs it: the script pnpm itself was started from when the bench
 * runs under pnpm (npm_execpath, a JavaScript file run with node), else `pnpm` on the PATH.
 */
export function pnpmCommand(env: NodeJS.ProcessEnv = process.env): [string, string[]] {
  const execpath = env.npm_execpath;
  if (execpath && /pnpm/i.test(execpath) && existsSync(execpath))
    return /\.[cm]?js$/.test(execpath) ? [process.execPath, [execpath]] : [execpath, []];
  return ["pnpm", []];
}

/** Wall-clock milliseconds of one run; throws with the command's stderr if it fails. */
function timeOnce(command: string, args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr.trim().slice(0, 500)}`);
  return ms;
}

function timeCommand(command: string, args: string[], runs: number, cwd: string): number {
  timeOnce(command, args, cwd);
  return median(Array.from({ length: runs }, () => timeOnce(command, args, cwd)));
}

/** The engine alone, compiled and cold: median over `runs` fresh processes (after one unmeasured). */
async function timeEngine(runs: number, bundle: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "dti-bench-engine-"));
  try {
    const probe = await compileProbe(dir);
    const once = () => {
      const run = spawnSync(process.execPath, [probe, bundle, DEMO_2022_FILE], { cwd: BENCH_DIR, encoding: "utf8" });
      const ms = Number(run.stdout);
      if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`the engine probe failed: ${run.stderr.trim().slice(0, 500)}`);
      return ms;
    };
    once();
    return median(Array.from({ length: runs }, once));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchCli(log: (line: string) => void = () => {}, options: CliBenchOptions = {}): Promise<CliTimings> {
  const runs = options.runs ?? 7;
  const bin = options.bin ?? DEFAULT_BIN;
  if (!existsSync(bin)) throw new Error(`${bin} does not exist: build the command first (pnpm install, or pnpm --filter @dti/cli build)`);
  const node = process.execPath;
  const [pnpm, pnpmArgs] = pnpmCommand();
  log(`CLI start-up: median of ${runs} runs each (after one unmeasured run)`);
  const nodeMs = timeCommand(node, ["-e", ""], runs, REPO);
  log(`  node -e ""            ${nodeMs.toFixed(0)} ms`);
  const pnpmVersionMs = timeCommand(pnpm, [...pnpmArgs, "--version"], runs, REPO);
  log(`  pnpm --version        ${pnpmVersionMs.toFixed(0)} ms`);
  const dtiVersionMs = timeCommand(node, [bin, "--version"], runs, REPO);
  log(`  dti --version         ${dtiVersionMs.toFixed(0)} ms`);
  const dtiScoreMs = timeCommand(node, [bin, "score", "--input", DEMO_2022_FILE], runs, REPO);
  log(`  dti score (demo)      ${dtiScoreMs.toFixed(0)} ms`);
  const bundle = join(dirname(bin), "packs", "dti-province-2022.json");
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: the command was built without its packs (--packs)`);
  const engineScoreMs = await timeEngine(runs, bundle);
  log(`  engine alone          ${engineScoreMs.toFixed(0)} ms (compiled, cold: import + load + score)`);
  const versionOverPnpmMs = dtiVersionMs - pnpmVersionMs;
  const scoreOverStartPlusEngine = dtiScoreMs / (dtiVersionMs + engineScoreMs);
  log(
    `  dti --version − pnpm --version = ${versionOverPnpmMs.toFixed(0)} ms (target ≤ 400): ${versionOverPnpmMs <= 400 ? "met" : "NOT met"}`,
  );
  log(
    `  dti score / (dti --version + engine) = ${scoreOverStartPlusEngine.toFixed(2)} (target ≤ 2): ${scoreOverStartPlusEngine <= 2 ? "met" : "NOT met"}`,
  );
  return { nodeMs, pnpmVersionMs, dtiVersionMs, dtiScoreMs, engineScoreMs, versionOverPnpmMs, scoreOverStartPlusEngine };
}

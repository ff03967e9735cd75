/**
 * `pnpm bench --e2e [--seconds N] [--skip-scale] [--skip-cli]`: the end-to-end part of the benchmark, every figure
 * beside its baseline from the same run, the last line one JSON object:
 * - api: requests/s and p99 of the scorecard (`GET /api/v1/assessments/:id/score`) against
 *   `/api/health`, autocannon, 10 connections, in this process on 127.0.0.1;
 * - web: gzipped JavaScript per screen, from the build manifest of apps/web/dist (build it first:
 *   `pnpm --filter @dti/web build`), against the budget of 300 KB;
 * - scale: the computed ranking of 3,321 synthetic communes and an import of 100,000 values against
 *   the engine alone on the same data; the engine on 63 and 34 provinces × 5 years; the back-cast;
 * - cli: the compiled `dti` command (packages/cli/dist/bin.js): `dti --version` against
 *   `pnpm --version` and `node -e ""`, `dti score` of the demo against its start plus the engine's own
 *   time (src/cli-start.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { benchCli } from "../cli-start";
import { benchApi } from "./api";
import { benchScale } from "./scale";

const args = process.argv.slice(2);
const json = args.includes("--json");
const log = (line = "") => process.stderr.write(`${line}\n`);
const secondsAt = args.indexOf("--seconds");
const seconds = secondsAt >= 0 ? Number(args[secondsAt + 1]) : 5;

function git(...a: string[]): string | null {
  try {
    return execFileSync("git", a, { cwd: import.meta.dirname, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? "unknown";
}

const webDir = fileURLToPath(new URL("../../../../apps/web", import.meta.url));
const loadBefore = loadavg();
if (loadBefore[0]! > cpus().length / 2)
  log(`warning: load average ${loadBefore[0]!.toFixed(2)} on ${cpus().length} cores — figures will be noisy; compare the ratios`);

log("api: /api/health, then the scorecard…");
const api = await benchApi({ seconds });
log(
  `api: health ${api.health.requestsPerSecond.toFixed(0)} req/s (p99 ${api.health.p99Ms} ms), scorecard ${api.scorecard.requestsPerSecond.toFixed(0)} req/s (p99 ${api.scorecard.p99Ms} ms): ${(100 * api.scorecardOverHealth).toFixed(1)}% of health (target ≥ 30%)`,
);

interface Screen {
  screen: string;
  gzipBytes: number;
  rawBytes: number;
}
function screens(): Screen[] | null {
  if (!existsSync(`${webDir}/dist/.vite/manifest.json`)) return null;
  const out = execFileSync(process.execPath, ["--import", "tsx", `${webDir}/scripts/screen-js.ts`, "--json", `${webDir}/dist`], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Screen[];
}
const web = screens();
if (web) {
  for (const s of web)
    log(
      `web: ${s.screen.padEnd(28)} ${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzipped (${((100 * s.gzipBytes) / (300 * 1024)).toFixed(0)}% of 300 KB)`,
    );
} else log("web: no build at apps/web/dist (pnpm --filter @dti/web build): skipped");

const scale = args.includes("--skip-scale") ? null : await benchScale(log);
if (scale)
  log(
    `scale: ranking of ${scale.communes} ${scale.rankingMs.toFixed(0)} ms = ${scale.rankingOverEngine.toFixed(2)}× the engine (target ≤ 3; the first, reading every value: ${scale.rankingColdOverEngine.toFixed(2)}×); import of ${scale.importValues.toLocaleString("en")} values ${scale.importMs.toFixed(0)} ms (target ≤ 5,000) = ${scale.importOverEngine.toFixed(1)}× the engine scoring them`,
  );

const cli = args.includes("--skip-cli") ? null : await benchCli(log);
if (cli)
  log(
    `cli: dti --version ${cli.dtiVersionMs.toFixed(0)} ms, pnpm --version ${cli.pnpmVersionMs.toFixed(0)} ms (dti − pnpm ${cli.versionOverPnpmMs.toFixed(0)} ms, target ≤ 400); dti score ${cli.dtiScoreMs.toFixed(0)} ms = ${cli.scoreOverStartPlusEngine.toFixed(2)} × (start ${cli.dtiVersionMs.toFixed(0)} + engine ${cli.engineScoreMs.toFixed(0)} ms) (target ≤ 2); node -e "" ${cli.nodeMs.toFixed(0)} ms`,
  );

const loadAfter = loadavg();
const summary = {
  machine: { cpu: cpuModel(), cores: cpus().length, node: process.version },
  commit: git("rev-parse", "--short", "HEAD"),
  dirty: git("status", "--porcelain") !== "",
  loadAverage: { before: loadBefore.map((l) => Number(l.toFixed(2))), after: loadAfter.map((l) => Number(l.toFixed(2))) },
  api: {
    healthRps: Number(api.health.requestsPerSecond.toFixed(1)),
    healthP99Ms: api.health.p99Ms,
    scorecardRps: Number(api.scorecard.requestsPerSecond.toFixed(1)),
    scorecardP99Ms: api.scorecard.p99Ms,
    scorecardBytes: api.scorecard.bytesPerAnswer,
    scorecardOverHealth: Number(api.scorecardOverHealth.toFixed(3)),
  },
  web:
    web &&
    Object.fromEntries(
      web.map((s) => [
        s.screen,
        { gzipKB: Number((s.gzipBytes / 1024).toFixed(1)), overBudget: Number((s.gzipBytes / (300 * 1024)).toFixed(3)) },
      ]),
    ),
  scale: scale && {
    ...scale,
    rankingOverEngine: Number(scale.rankingOverEngine.toFixed(2)),
    rankingColdOverEngine: Number(scale.rankingColdOverEngine.toFixed(2)),
    importOverEngine: Number(scale.importOverEngine.toFixed(2)),
    backcastOverEngine: Number(scale.backcastOverEngine.toFixed(2)),
  },
  cli: cli && {
    ...cli,
    versionOverPnpmMs: Number(cli.versionOverPnpmMs.toFixed(0)),
    scoreOverStartPlusEngine: Number(cli.scoreOverStartPlusEngine.toFixed(2)),
  },
};
if (json) console.log(JSON.stringify(summary));
else console.log(JSON.stringify(summary, null, 2));
process.exit(0);

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPILED_SERVER, ensureBuilt, httpCall, httpSignIn, startApiProcess } from "./spawn";

/**
 * The compiled server, as `pnpm start` runs it (apps/api's start script: `node dist/server.js`, built
 * by `pnpm build`): plain JavaScript with no tsx in the process, serving, and stopping gracefully.
 */
const apiDir = fileURLToPath(new URL("..", import.meta.url));
const HOLD_MARKER = "[test] import holding its transaction open";

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const dataDirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dti-dist-"));
  dataDirs.push(dir);
  return dir;
}

beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the compiled API server (dist/server.js)", () => {
  it("is what the start script runs: a node process with no tsx in its command line, environment or bundle", async () => {
    const pkg = JSON.parse(readFileSync(join(apiDir, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe("node --enable-source-maps dist/server.js");
    expect(readFileSync(COMPILED_SERVER, "utf8")).not.toMatch(/["']tsx["'/]/);
    const port = await freePort();
    // What pnpm runs for `pnpm --filter @dti/api start` (after the root's `pnpm start` has built).
    const child = spawn("sh", ["-c", pkg.scripts.start!], {
      cwd: apiDir,
      env: { ...process.env, PORT: String(port), DTI_DATA_DIR: dataDir(), DATABASE_URL: "", DTI_DEMO: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    try {
      await until(() => output.includes("[start] DTI API on"), "the server to listen", 90_000);
      const started = output
        .split("\n")
        .filter((line) => line.includes("[start] DTI API on"))
        .map((line) => JSON.parse(line) as { pid: number; url: string; database: string })[0]!;
      expect(started.database).toBe("pglite");
      // The process serving is node running dist/server.js, without tsx anywhere.
      const cmdline = readFileSync(`/proc/${started.pid}/cmdline`, "utf8").split("\0").filter(Boolean);
      expect(cmdline.slice(1)).toEqual(["--enable-source-maps", "dist/server.js"]);
      expect(cmdline.join(" ")).not.toMatch(/tsx/);
      const environ = readFileSync(`/proc/${started.pid}/environ`, "utf8").split("\0");
      expect(environ.filter((v) => v.startsWith("NODE_OPTIONS=")).join("")).not.toMatch(/tsx/);

      for (const path of ["/api/health", "/api/live", "/api/ready"]) expect((await fetch(`${started.url}${path}`)).status, path).toBe(200);
      const metrics = await fetch(`${started.url}/api/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/dti_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1/);
      // The request log line of /api/health, as JSON.
      expect(output).toMatch(/"reqId":"[0-9a-f-]{36}".*"msg":"request".*"url":"\/api\/health"|"url":"\/api\/health".*"msg":"request"/);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  }, 120_000);

  it("on SIGTERM finishes the request in flight, refuses new ones, closes the database and exits 0", async () => {
    const server = await startApiProcess(
      { DATABASE_URL: "", DTI_DATA_DIR: dataDir(), DTI_DEMO: "1", DTI_TEST_IMPORT_DELAY_MS: "3000", LOG_LEVEL: "info" },
      90_000,
      "compiled",
    );
    try {
      const session = await httpSignIn(server.url, "tinh-a@demo.local", "demo-password-2022");
      const listed = await httpCall(server.url, session, "query", "assessments.list", {});
      const assessmentId = (listed.data as { id: string }[])[0]!.id;
      const pending = httpCall(server.url, session, "mutation", "assessments.importValues", {
        assessmentId,
        values: [{ inputId: "households_with_fiber", value: 4242 }],
      });
      await until(() => server.output().includes(HOLD_MARKER), "the import to start");
      const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
      server.child.kill("SIGTERM");
      await until(() => server.output().includes("[stop] no new connections"), "the shutdown to start");
      // A new connection is refused while the slow request finishes.
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
      const done = await pending;
      expect(done.status, JSON.stringify(done.error)).toBe(200);
      expect(await exited, server.output().slice(-3000)).toBe(0);
      expect(server.output()).toContain("[stop] stopped");
    } finally {
      await server.kill();
    }
  }, 120_000);
});

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const webDir = fileURLToPath(new URL("../..", import.meta.url));
export const distDir = join(webDir, "dist");
const apiDir = join(webDir, "..", "api");

export const DEMO_PASSWORD = "demo-password-2022";
export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-2025" };

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

export interface Stack {
  /** Where the browser goes: the API, which serves the built app and /api from one origin. */
  baseUrl: string;
  apiUrl: string;
  logs(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, logs: () => string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering:\n${logs()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API did not answer /api/health within ${timeoutMs} ms:\n${logs()}`);
}

/**
 * The real API (apps/api's server script, as `pnpm start` runs it) on a free port of 127.0.0.1,
 * with a fresh embedded database, the labelled demo, and a national admin from the environment.
 */
export async function startStack(): Promise<Stack> {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`no built web app in ${distDir}: run vite build (the test setup does)`);
  const dataDir = mkdtempSync(join(tmpdir(), "dti-web-e2e-"));
  const port = await freePort();
  const tsxCli = require.resolve("tsx/cli");
  let output = "";
  const child = spawn(process.execPath, [tsxCli, "src/server.ts"], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: String(port),
      DTI_DATA_DIR: dataDir,
      DATABASE_URL: "",
      DTI_DEMO: "1",
      DTI_ADMIN_EMAIL: ADMIN.email,
      DTI_ADMIN_PASSWORD: ADMIN.password,
      DTI_ADMIN_NAME: "Quản trị E2E",
      LOG_LEVEL: "warn",
      DTI_WEB_ROOT: distDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const apiUrl = `http://127.0.0.1:${port}`;
  const logs = () => output.slice(-6000);
  try {
    await waitForHealth(apiUrl, child, logs);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  // Production serving: the API serves the built app (DTI_WEB_ROOT) from the same origin.
  const root = await fetch(`${apiUrl}/`);
  if (!root.ok || !(await root.text()).includes('id="root"')) {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the API does not serve the built web app at / (status ${root.status}); it should serve ${distDir} (DTI_WEB_ROOT)`);
  }
  return {
    baseUrl: apiUrl,
    apiUrl,
    logs,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { createRequire } from "node:module";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const webDir = fileURLToPath(new URL("../..", import.meta.url));
export const distDir = join(webDir, "dist");
const apiDir = join(webDir, "..", "api");

export const DEMO_PASSWORD = "demo-password-2022";
export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-2025" };

export interface Stack {
  /** Where the browser goes: the API itself when it serves the built app, else a front server. */
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * What a reverse proxy in front of the API does until the API serves dist/ itself: files from
 * dist/, /api/* passed to the API unchanged (cookies included), any other path → index.html.
 */
function frontServer(apiPort: number): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/api/")) {
      const upstream = httpRequest({ host: "127.0.0.1", port: apiPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(distDir, decodeURIComponent(url.pathname)));
    const inside = file.startsWith(distDir) && existsSync(file) && statSync(file).isFile();
    const path = inside ? file : join(distDir, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": inside && path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache" });
    createReadStream(path).pipe(res);
  });
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
      DTI_WEB_DIST: distDir,
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

  // Once the API serves the built app (production), the browser talks to it alone.
  const root = await fetch(`${apiUrl}/`).catch(() => null);
  const servesWeb = root?.ok === true && (root.headers.get("content-type") ?? "").includes("text/html") && (await root.text()).includes('id="root"');
  let front: Server | null = null;
  let baseUrl = apiUrl;
  if (!servesWeb) {
    front = frontServer(port);
    const frontPort = await freePort();
    await new Promise<void>((resolve) => front!.listen(frontPort, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${frontPort}`;
  }
  return {
    baseUrl,
    apiUrl,
    logs,
    async stop() {
      if (front) await new Promise<void>((resolve) => front!.close(() => resolve()));
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

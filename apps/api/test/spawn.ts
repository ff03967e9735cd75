import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@dti/db/testing";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to roll back or close anything. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The server's sources through tsx, or the compiled server `pnpm start` runs (apps/api/dist/server.js, built by `pnpm build`). */
export type ServerBuild = "sources" | "compiled";

export const COMPILED_SERVER = join(repoRoot, "apps", "api", "dist", "server.js");

/** Builds apps/api/dist when it is not there (turbo builds it before the tests; a lone `vitest run` may not have). */
export function ensureBuilt(): void {
  if (!existsSync(COMPILED_SERVER))
    execFileSync(
      "node",
      ["--import", "tsx", join(repoRoot, "tooling/build/src/cli.ts"), "server=src/server.ts", "admin=src/admin.ts", "--packs"],
      {
        cwd: join(repoRoot, "apps", "api"),
        stdio: "inherit",
      },
    );
}

/**
 * Starts `node --import tsx apps/api/src/server.ts` (or, compiled, `node apps/api/dist/server.js`) as
 * its own process on a free port of 127.0.0.1, against the database given, and waits until
 * /api/health answers.
 */
export async function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 90_000,
  build: ServerBuild = "sources",
): Promise<ApiProcess> {
  const port = await freePort();
  const args = build === "compiled" ? ["--enable-source-maps", COMPILED_SERVER] : ["--import", "tsx", "apps/api/src/server.ts"];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, DTI_DEMO: "0", LOG_LEVEL: "warn", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += String(chunk)));
  child.stderr!.on("data", (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API process exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API process did not answer within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      await exited(child);
    },
    async kill() {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}

export interface HttpSession {
  cookie: string;
  csrf: string;
}

export async function httpSignIn(url: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${url}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith("dti_session="))!
    .split(";")[0]!;
  const body = (await response.json()) as { result: { data: { csrfToken: string } } };
  return { cookie, csrf: body.result.data.csrfToken };
}

export async function httpCall(url: string, session: HttpSession, type: "query" | "mutation", path: string, input: unknown) {
  const response =
    type === "query"
      ? await fetch(`${url}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie: session.cookie } })
      : await fetch(`${url}/api/trpc/${path}`, {
          method: "POST",
          headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
          body: JSON.stringify(input),
        });
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { data: { apiError: { code: string; details?: Record<string, unknown> } } };
  };
  return { status: response.status, data: body.result?.data, error: body.error?.data.apiError };
}

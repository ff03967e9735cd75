import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, DEMO_PASSWORD, prepare } from "@dti/api";
import type { Db } from "@dti/db";
type FastifyInstance = Awaited<ReturnType<typeof buildApp>>;

export interface BenchServer {
  app: FastifyInstance;
  db: Db;
  url: string;
  /** The demo province admin's session cookie. */
  cookie: string;
  /** The demo province A's 2022 assessment. */
  assessmentId: string;
  close(): Promise<void>;
}

/**
 * The API as `pnpm start` serves it (embedded PGlite in a temporary directory, the installed packs,
 * the demo provinces and accounts), listening on 127.0.0.1 on a free port, signed in as the demo
 * province A's admin.
 */
export async function startBenchServer(options: { webRoot?: string } = {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "dti-bench-"));
  const prepared = await prepare({ env: { DTI_DEMO: "1" }, dataDir, demo: true });
  const app = await buildApp({ db: prepared.database, ...(options.webRoot ? { webRoot: options.webRoot } : {}) });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${url}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "tinh-a@demo.local", password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`bench sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith("dti_session="))!
    .split(";")[0]!;
  const list = (await (await fetch(`${url}/api/v1/assessments?period=2022`, { headers: { cookie } })).json()) as { id: string }[];
  if (!list[0]) throw new Error("the demo has no 2022 assessment for province A");
  return {
    app,
    db: prepared.database,
    url,
    cookie,
    assessmentId: list[0].id,
    close: async () => {
      await app.close();
      await prepared.database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

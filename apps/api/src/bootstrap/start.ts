import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEMO_2022_URL } from "@dti-packs/dti-province-2022/demo";
import {
  createContext,
  createPackRegistry,
  ensureAdminFromEnv,
  importPublishedRecord,
  registerInstalledPacks,
  seedUnits,
} from "@dti/api-router";
import { configFromEnv, createDb, createRepositories, SYSTEM_ACTOR, withAdvisoryLock, type Db } from "@dti/db";
import { createEngine } from "@dti/engine";
import { buildApp, type BuildAppOptions } from "../app";
import { seedDemo, type DemoOutcome } from "./demo";
import { installedPackContents } from "./installed-packs";

const appDir = fileURLToPath(new URL("../..", import.meta.url));
const publishedDir = new URL("../../data/published/", import.meta.url);

/** The published record shipped with the API (apps/api/data/published/): one table per year, oldest first. */
export function shippedPublishedTables(): { file: string; csv: string }[] {
  return readdirSync(publishedDir)
    .filter((f) => /^dti-results-\d{4}\.csv$/.test(f))
    .sort()
    .map((file) => ({ file, csv: readFileSync(new URL(file, publishedDir), "utf8") }));
}

export interface PrepareOptions {
  env: NodeJS.ProcessEnv;
  /** Where the embedded database lives when DATABASE_URL is not set (default: `.data/` at the repository root). */
  dataDir?: string;
  /** Seed the demo provinces, accounts and assessments (default: DTI_DEMO=1, or on with the embedded database when DTI_DEMO is unset). */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface Prepared {
  database: Db;
  demo: DemoOutcome | null;
  packs: { id: string; version: string; created: boolean }[];
  /** The shipped published tables, one per year: imported, replaced (restored) or unchanged. */
  published: { period: number; packId: string; status: string; rows: number }[];
  admin: "created" | "exists" | "not_configured";
}

export function demoWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.DTI_DEMO !== undefined && env.DTI_DEMO !== "") return env.DTI_DEMO === "1" || env.DTI_DEMO.toLowerCase() === "true";
  return !env.DATABASE_URL?.trim();
}

/**
 * Everything start does before serving, idempotent on every restart: open (or create) the
 * database and migrate it, register the installed packs, the units and their lineage, import the
 * published record of 2020–2024 (apps/api/data/published/), create the first admin from the environment, and in demo mode seed the
 * demo.
 */
export async function prepare(options: PrepareOptions): Promise<Prepared> {
  const log = options.log ?? (() => undefined);
  const database = await createDb(
    configFromEnv(options.env, options.dataDir ?? fileURLToPath(new URL("../../../../.data", import.meta.url))),
  );
  // Replicas starting together take turns (a PostgreSQL advisory lock): migrations and seeding run once.
  const { demo, registered, published, admin } = await withAdvisoryLock(database, "dti-platform:start", async () => {
    await database.migrate();
    const engine = createEngine();
    const repos = createRepositories(database.db);
    const packs = createPackRegistry(repos.packs, engine);
    await seedUnits(repos);
    const contents = await installedPackContents(appDir, options.env);
    const registered = await registerInstalledPacks(repos, engine, contents);
    log(`packs: ${registered.map((r) => `${r.pack.packId} ${r.pack.version}${r.created ? " (new)" : ""}`).join(", ")}`);
    const ctx = createContext({ db: database, engine, packs, repos });
    const published: Prepared["published"] = [];
    for (const table of shippedPublishedTables()) {
      const outcome = await importPublishedRecord(ctx, { csv: table.csv, tolerance: 0.00051 }, SYSTEM_ACTOR);
      published.push({ period: outcome.period, packId: outcome.packId, status: outcome.status, rows: outcome.rows });
    }
    log(`published: ${published.map((p) => `${p.period} ${p.rows} rows (${p.status})`).join(", ")}`);
    const admin = await ensureAdminFromEnv(repos, options.env);
    if (admin === "created") log(`first national admin created for ${options.env.DTI_ADMIN_EMAIL}`);
    const demo = (options.demo ?? demoWanted(options.env)) ? await seedDemo(repos, packs, DEMO_2022_URL) : null;
    return { demo, registered, published, admin };
  });
  return {
    database,
    demo,
    packs: registered.map((r) => ({ id: r.pack.packId, version: r.pack.version, created: r.created })),
    published,
    admin,
  };
}

export async function startApi(options: PrepareOptions & { port: number; host: string; app?: Partial<BuildAppOptions> }) {
  const prepared = await prepare(options);
  // The web app, once built (apps/web/dist), is served from the same origin: no CORS, one cookie.
  const webRoot = options.env.DTI_WEB_ROOT ?? fileURLToPath(new URL("../../../web/dist", import.meta.url));
  const app = await buildApp({ db: prepared.database, logger: { level: options.env.LOG_LEVEL ?? "info" }, webRoot, ...options.app });
  await app.listen({ port: options.port, host: options.host });
  return { app, prepared };
}

import type { TestProject } from "vitest/node";
import { findPostgresBinDir, startPostgres, type PostgresServer } from "@dti/db/testing";

declare module "vitest" {
  export interface ProvidedContext {
    /** A server for this test run (empty when none: then only the embedded back end is tested). */
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

/**
 * The same contract as @dti/db's global setup: one real PostgreSQL for the whole run
 * (TEST_DATABASE_URL wins), required in CI, so every test runs on both back ends.
 */
export async function setup(project: TestProject): Promise<void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const binDir = findPostgresBinDir();
  if (!binDir) {
    if (process.env.CI) throw new Error("CI needs PostgreSQL binaries (apt-get install postgresql-15) or TEST_DATABASE_URL");
    console.warn("No PostgreSQL binaries found: testing the embedded PGlite back end only.");
    project.provide("postgresUrl", "");
    return;
  }
  server = await startPostgres(binDir);
  project.provide("postgresUrl", server.url);
}

export function teardown(): void {
  server?.stop();
}

import { defineConfig } from "vitest/config";

// Every test that touches the database runs on embedded PGlite and on a real PostgreSQL started
// once for the run by @dti/db's global setup (or TEST_DATABASE_URL).
export default defineConfig({
  test: {
    globalSetup: ["./src/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from "vitest/config";

// Every test runs on embedded PGlite and on a real PostgreSQL started once for the run (or
// TEST_DATABASE_URL); the multi-process tests need the real server and are skipped without it
// (CI requires it). Files run one after another: the multi-process tests spawn API servers and
// time their requests, and two cores are all a machine has.
export default defineConfig({
  test: {
    globalSetup: ["./test/global-setup.ts"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (components and functions on happy-dom, plus the build-size test) and
 * `e2e` (Debian's Chromium driven by playwright-core against the real API and database, in node).
 * The global setup builds the app once into dist/, which both read.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    globalSetup: ["./test/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["src/**/*.test.{ts,tsx}", "test/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["./test/setup-dom.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

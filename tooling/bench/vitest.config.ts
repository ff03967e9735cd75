import { defineConfig } from "vitest/config";

// Only the bench's own tests: .prof/ holds scratch copies of the engine made while profiling.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });

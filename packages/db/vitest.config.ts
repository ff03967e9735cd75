import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./src/testing/global-setup.ts"],
    // Creating an embedded (WASM) database takes seconds alone and much longer on a loaded 2-core CI
    // machine; a timeout here is for hangs, not for slowness.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

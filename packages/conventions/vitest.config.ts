import { defineConfig } from "vitest/config";

// CI machines have 2 cores shared by several test processes: some tests spawn the real command or
// build real files, which can take longer than vitest's 5 s default under that load.
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});

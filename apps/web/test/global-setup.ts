import { build } from "vite";
import { fileURLToPath } from "node:url";

/**
 * Builds the app once into dist/ before any test: the build-size test reads its manifest and the
 * browser tests serve it. SKIP_WEB_BUILD=1 reuses an existing dist/ (quicker reruns).
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_WEB_BUILD === "1") return;
  // Vitest runs with NODE_ENV=test, which would give React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: fileURLToPath(new URL("..", import.meta.url)),
      mode: "production",
      logLevel: "warn",
      configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

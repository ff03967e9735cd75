import { build } from "vite";
import { fileURLToPath } from "node:url";

/**
 * Builds the app once into dist/ before any test: the build-size test reads its manifest and the
 * browser tests serve it. SKIP_WEB_BUILD=1 reuses an existing dist/ (quicker reruns).
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_WEB_BUILD === "1") return;
  await build({ root: fileURLToPath(new URL("..", import.meta.url)), logLevel: "warn", configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)) });
}

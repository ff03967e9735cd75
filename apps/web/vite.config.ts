import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Dev: Vite serves the app and proxies /api to the API (`pnpm start`, 127.0.0.1:3000 or API_URL),
 * so cookies and the CSRF header work as in production, where the API serves `dist/`.
 */
const apiUrl = process.env.API_URL ?? "http://127.0.0.1:3000";

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside each hashed asset of at least
 * 1 KB: the API sends them as they are to clients that accept them (@fastify/static's preCompressed),
 * so no asset is compressed per request, and at a quality per-request compression cannot afford.
 */
function precompress(): Plugin {
  return {
    name: "dti-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      const files = Object.keys(bundle).filter((file) => file.startsWith("assets/") && /\.(js|css|svg|json)$/.test(file));
      // In parallel, on libuv's threads: quality 11 takes seconds for the chart chunk alone.
      await Promise.all(
        files.map(async (file) => {
          const bytes = await readFile(join(dir, file));
          if (bytes.length < 1024) return;
          const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
          await writeFile(join(dir, `${file}.br`), await promisify(brotliCompress)(bytes, { params }));
          await writeFile(join(dir, `${file}.gz`), await promisify(gzip)(bytes, { level: 9 }));
        }),
      );
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/api": { target: apiUrl, changeOrigin: false } },
  },
  build: {
    // The manifest lets the build-size test follow each screen's chunks (scripts/screen-js.ts).
    manifest: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});

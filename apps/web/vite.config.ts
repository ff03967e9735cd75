import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * Dev: Vite serves the app and proxies /api to the API (`pnpm start`, 127.0.0.1:3000 or API_URL),
 * so cookies and the CSRF header work as in production, where the API serves `dist/`.
 */
const apiUrl = process.env.API_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/api": { target: apiUrl, changeOrigin: false } },
  },
  build: {
    // The manifest lets the build-size test read which chunks the first page loads.
    manifest: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
});

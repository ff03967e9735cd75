import { settingsFromEnv } from "@dti/api-router";
import { startApi } from "./bootstrap/start";

/**
 * `pnpm start`: prepares the database (embedded in `.data/`, or DATABASE_URL) and serves the API on
 * http://127.0.0.1:${PORT:-3000}. Only the loopback address: put a reverse proxy in front to serve
 * others (and set DTI_TRUST_PROXY=1 so that client addresses and https are read from it).
 */
const env = process.env;
const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${env.PORT}"`);
  process.exit(2);
}
const importDelayMs = Number(env.DTI_TEST_IMPORT_DELAY_MS ?? 0) || 0;

try {
  const { app, prepared } = await startApi({
    env,
    port,
    host: "127.0.0.1",
    ...(env.DTI_DATA_DIR ? { dataDir: env.DTI_DATA_DIR } : {}),
    log: (line) => console.log(`[start] ${line}`),
    app: {
      trustProxy: env.DTI_TRUST_PROXY === "1",
      settings: { ...settingsFromEnv(env), ...(importDelayMs > 0 ? { importDelayMs } : {}) },
    },
  });
  if (prepared.demo)
    console.log(
      `[start] DEMO MODE (dữ liệu minh họa): fictional provinces Demo A/B/C; demo accounts such as tinh-a@demo.local, password "demo-password-2022" (see apps/api/README.md). Set DTI_DEMO=0 to turn it off.`,
    );
  if (prepared.admin === "not_configured" && !prepared.demo)
    console.log("[start] no national admin yet: run `pnpm admin:create --email …` or set DTI_ADMIN_EMAIL and DTI_ADMIN_PASSWORD");
  console.log(
    `[start] DTI API on http://127.0.0.1:${(app.server.address() as { port: number }).port} (database: ${prepared.database.kind})`,
  );
  const stop = async () => {
    await app.close();
    await prepared.database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
} catch (error) {
  console.error(error);
  process.exit(1);
}

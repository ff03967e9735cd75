import { settingsFromEnv } from "@dti/api-router";
import { pino } from "pino";
import { startApi } from "./bootstrap/start";
import { loggerOptions } from "./plugins/logging";

/**
 * `pnpm start` (compiled: `node dist/server.js`): prepares the database (embedded in `.data/`, or
 * DATABASE_URL) and serves the API on http://127.0.0.1:${PORT:-3000}. Only the loopback address: put a
 * reverse proxy in front to serve others (and set DTI_TRUST_PROXY=1 so that client addresses, https
 * and x-request-id are read from it). Logs are JSON lines on stdout (LOG_LEVEL, default info).
 *
 * SIGTERM or SIGINT stops it gracefully: no new connections (requests arriving meanwhile get 503),
 * the requests in flight finish, then the database closes and the process exits 0. Requests still
 * running after DTI_SHUTDOWN_TIMEOUT_MS (default 10 s), or a second signal, end it with exit 1.
 */
const env = process.env;
const log = pino(loggerOptions(env.LOG_LEVEL ?? "info"));
const port = Number(env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  log.fatal(`PORT must be a port number, got "${env.PORT}"`);
  process.exit(2);
}
const importDelayMs = Number(env.DTI_TEST_IMPORT_DELAY_MS ?? 0) || 0;
const shutdownTimeoutMs = Number(env.DTI_SHUTDOWN_TIMEOUT_MS ?? 10_000) || 10_000;

try {
  const { app, prepared } = await startApi({
    env,
    port,
    host: "127.0.0.1",
    ...(env.DTI_DATA_DIR ? { dataDir: env.DTI_DATA_DIR } : {}),
    log: (line) => log.info(`[start] ${line}`),
    app: {
      loggerInstance: log,
      trustProxy: env.DTI_TRUST_PROXY === "1",
      metrics: { processMetrics: true, ...(env.DTI_METRICS_TOKEN ? { token: env.DTI_METRICS_TOKEN } : {}) },
      settings: { ...settingsFromEnv(env), ...(importDelayMs > 0 ? { importDelayMs } : {}) },
    },
  });
  if (prepared.demo)
    log.warn(
      `[start] DEMO MODE (dữ liệu minh họa): fictional provinces Demo A/B/C; demo accounts such as tinh-a@demo.local, password "demo-password-2022" (see apps/api/README.md). Set DTI_DEMO=0 to turn it off.`,
    );
  if (prepared.admin === "not_configured" && !prepared.demo)
    log.warn("[start] no national admin yet: run `pnpm admin:create --email …` or set DTI_ADMIN_EMAIL and DTI_ADMIN_PASSWORD");
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  log.info(
    { url, database: prepared.database.kind, node: process.version },
    `[start] DTI API on ${url} (database: ${prepared.database.kind})`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "[stop] second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "[stop] no new connections; finishing the requests in flight");
    const timer = setTimeout(() => {
      log.error(`[stop] requests still running after ${shutdownTimeoutMs} ms: exiting`);
      process.exit(1);
    }, shutdownTimeoutMs);
    timer.unref();
    try {
      // A keep-alive connection whose request was in flight at the signal becomes idle once answered:
      // close those as they go idle, or close() would wait for the client to hang up.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      await app.close();
      clearInterval(sweep);
      await prepared.database.close();
      log.info("[stop] stopped");
      process.exit(0);
    } catch (error) {
      log.error(error, "[stop] failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", (signal) => void stop(signal));
  process.on("SIGTERM", (signal) => void stop(signal));
} catch (error) {
  log.fatal(error);
  process.exit(1);
}

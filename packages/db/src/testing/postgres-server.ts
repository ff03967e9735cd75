import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL server from the machine's own binaries (Debian's postgresql-15), for
 * tests: its own data directory, a free port on 127.0.0.1, trust authentication, stopped and
 * deleted afterwards. As root it runs as the `postgres` user, as PostgreSQL requires.
 */
export interface PostgresServer {
  url: string;
  port: number;
  /** Stops the server and deletes its data. */
  stop(): void;
  /**
   * Stops the server but keeps its data (`pg_ctl stop -m fast` by default: clients are
   * disconnected, as in a restart), for tests of what the API does while the database is away.
   */
  halt(mode?: "smart" | "fast" | "immediate"): void;
  /** Starts a halted server again on the same port. */
  resume(): void;
}

export function findPostgresBinDir(): string | undefined {
  const fromEnv = process.env.PG_BINDIR;
  if (fromEnv && existsSync(join(fromEnv, "initdb"))) return fromEnv;
  const probe = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const fromPgConfig = probe.status === 0 ? probe.stdout.trim() : undefined;
  if (fromPgConfig && existsSync(join(fromPgConfig, "initdb"))) return fromPgConfig;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(binDir: string): Promise<PostgresServer> {
  const base = mkdtempSync(join(tmpdir(), "dti-pg-"));
  const dataDir = join(base, "data");
  const socketDir = join(base, "sock");
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const file = join(binDir, command);
    const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
    execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C.UTF-8" } });
  };
  execFileSync("mkdir", ["-p", socketDir]);
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(base, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  chmodSync(base, 0o700);
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const start = () =>
    run("pg_ctl", [
      "-D",
      dataDir,
      "-w",
      "-l",
      join(base, "server.log"),
      "start",
      "-o",
      `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    halt(mode = "fast") {
      run("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);
    },
    resume: start,
    stop() {
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already halted
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

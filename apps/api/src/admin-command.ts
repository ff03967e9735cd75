import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createAdmin, isApiError, passwordProblems } from "@dti/api-router";
import { configFromEnv, createDb, createRepositories } from "@dti/db";

/**
 * The API app's own command: `pnpm admin:create --email …` (root) or
 * `pnpm --filter @dti/api admin create --email …`. Creates a national admin in the platform's
 * database: there is no default password. Exit codes: 0 done, 1 refused (PASSWORD_WEAK,
 * ACCOUNT_INVALID, INTERNAL), 2 usage.
 */
export const ADMIN_USAGE = `usage: admin create --email <email> [--name "…"] [--data-dir <dir>]

Creates a national admin (there is no default password). The password comes from DTI_ADMIN_PASSWORD,
else from one line of standard input; never from the command line. The database is DATABASE_URL when
set, else the embedded one in .data/ at the repository root (stop the server first: the embedded
database serves one process at a time).
`;

/** The embedded database the API uses by default: `.data/` at the repository root. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data", import.meta.url));

export interface AdminCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The password when DTI_ADMIN_PASSWORD is not set (default: one line of standard input). */
  readPassword?: () => Promise<string>;
}

/** One line of standard input, typed without echo on a terminal. */
async function readPasswordFromStdin(): Promise<string> {
  const input = process.stdin;
  const rl = createInterface({ input, output: process.stderr, terminal: input.isTTY === true });
  if (input.isTTY) {
    process.stderr.write("Mật khẩu / password: ");
    // Typed characters are not echoed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  try {
    const line = await new Promise<string>((resolve) => {
      rl.once("line", resolve);
      rl.once("close", () => resolve(""));
    });
    if (input.isTTY) process.stderr.write("\n");
    return line;
  } finally {
    rl.close();
  }
}

const error = (io: AdminCommandIo, code: string, message: string) => io.stderr(`error ${code}: ${message}\n`);

/** Runs `admin create …`; returns the exit code. */
export async function adminCommand(argv: readonly string[], io: AdminCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string", default: "Quản trị viên" },
        "data-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    error(io, "USAGE", e instanceof Error ? e.message : String(e));
    io.stderr(ADMIN_USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(ADMIN_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== "create" || !values.email) {
    error(io, "USAGE", positionals[0] === "create" ? "--email is required" : `unknown command "${positionals.join(" ")}"`);
    io.stderr(ADMIN_USAGE);
    return 2;
  }
  const password = io.env.DTI_ADMIN_PASSWORD || (await (io.readPassword ?? readPasswordFromStdin)());
  const problems = passwordProblems(password);
  if (problems.length > 0) {
    error(io, "PASSWORD_WEAK", `the password is too weak: ${problems.join("; ")}`);
    return 1;
  }
  const database = await createDb(configFromEnv(io.env, values["data-dir"] ?? io.env.DTI_DATA_DIR ?? DEFAULT_DATA_DIR));
  try {
    await database.migrate();
    const user = await createAdmin(createRepositories(database.db), {
      email: values.email,
      password,
      name: values.name ?? "Quản trị viên",
    });
    io.stdout(`Đã tạo quản trị viên quốc gia ${user.email} (${database.kind}). / National admin ${user.email} created.\n`);
    return 0;
  } catch (e) {
    if (isApiError(e)) {
      error(io, "ACCOUNT_INVALID", `${e.code}: ${e.message}`);
      return 1;
    }
    error(io, "INTERNAL", e instanceof Error ? e.message : String(e));
    return 1;
  } finally {
    await database.close();
  }
}

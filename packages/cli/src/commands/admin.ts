import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { createAdmin, passwordProblems } from "@dti/api-router";
import { configFromEnv, createDb } from "@dti/db";
import type { CommandContext } from "../context";
import { CliError } from "../errors";

interface AdminCreateOptions {
  email: string;
  name?: string;
  dataDir?: string;
}

/** The embedded database the API uses by default: `.data/` at the repository root. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../../.data", import.meta.url));

/**
 * The password, never from the command line (it would stay in the shell history): the
 * DTI_ADMIN_PASSWORD variable, else one line of standard input (piped, or typed without echo).
 */
async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  const fromEnv = env.DTI_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
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

export function registerAdmin(program: Command, ctx: CommandContext, env: NodeJS.ProcessEnv = process.env): void {
  const admin = program.command("admin").description("accounts of the platform's database");
  admin
    .command("create")
    .description(
      "create a national admin (there is no default password): the password comes from DTI_ADMIN_PASSWORD or standard input; the database is DATABASE_URL, else the embedded one in .data/ (stop the server first: the embedded database has one user at a time)",
    )
    .requiredOption("--email <email>", "the admin's e-mail (their sign-in name)")
    .option("--name <name>", "display name", "Quản trị viên")
    .option("--data-dir <dir>", "the embedded database's directory (default: .data/ at the repository root)")
    .action(async (options: AdminCreateOptions) => {
      const password = await readPassword(env);
      const problems = passwordProblems(password);
      if (problems.length > 0) throw new CliError("PASSWORD_WEAK", `the password is too weak: ${problems.join("; ")}`);
      const database = await createDb(configFromEnv(env, options.dataDir ?? env.DTI_DATA_DIR ?? DEFAULT_DATA_DIR));
      try {
        await database.migrate();
        const user = await createAdmin(database.db, { email: options.email, password, name: options.name ?? "Quản trị viên" });
        ctx.io.stdout(`Đã tạo quản trị viên quốc gia ${user.email} (${database.kind}). / National admin ${user.email} created.\n`);
      } finally {
        await database.close();
      }
    });
}

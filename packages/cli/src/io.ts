import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the CLI writes and which directories it works from: injectable, so tests need no process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved from here. */
  cwd: string;
  /** The package whose dependencies are the installed packs (default: the CLI package itself). */
  hostDir?: string;
  /** Environment variables (default: the process's), injectable for tests. */
  env?: NodeJS.ProcessEnv;
}

/** The directory of the @dti/cli package (packs it depends on are the installed packs). */
export const CLI_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The process's streams and working directory. `pnpm dti …` runs the root script from the
 * repository root, so paths are resolved from where the person typed the command (INIT_CWD).
 */
export function processIo(env: NodeJS.ProcessEnv = process.env): CliIo {
  const typedFrom = env.npm_lifecycle_event === "dti" ? env.INIT_CWD : undefined;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: typedFrom || process.cwd(),
  };
}

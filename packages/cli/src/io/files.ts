import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "../errors";
import { both } from "../i18n/catalogue";

/** Reads a text file named on the command line (relative to `cwd`), with coded errors. */
export function readTextFile(cwd: string, file: string): string {
  const path = resolve(cwd, file);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new CliError("FILE_NOT_FOUND", both("file.notFound", { file, path }), { cause: error });
  }
  if (!isFile) throw new CliError("FILE_UNREADABLE", both("file.notAFile", { file }));
  try {
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new CliError("FILE_UNREADABLE", both("file.unreadable", { file, reason: (error as Error).message }), { cause: error });
  }
}

/** Writes a file named on the command line, creating its directory. */
export function writeTextFile(cwd: string, file: string, content: string): string {
  const path = resolve(cwd, file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content, "utf8");
  } catch (error) {
    throw new CliError("FILE_UNREADABLE", both("file.unwritable", { file, reason: (error as Error).message }), { cause: error });
  }
  return path;
}

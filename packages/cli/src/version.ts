import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CLI_PACKAGE_DIR } from "./io";

/** The CLI's version, from its package.json. */
export const CLI_VERSION: string = (JSON.parse(readFileSync(join(CLI_PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;

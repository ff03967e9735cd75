#!/usr/bin/env -S node --import tsx
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "./build";

/**
 * `dti-build <out>=<entry>… [--packs] [--shebang] [--split]`, run from an app's directory by its `build`
 * script (under tsx: the installed packs are TypeScript and are imported to be bundled).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { packs: { type: "boolean" }, shebang: { type: "boolean" }, split: { type: "boolean" }, dir: { type: "string" } },
});
const entries = Object.fromEntries(
  positionals.map((arg) => {
    const [out, entry] = arg.split("=");
    if (!out || !entry) throw new Error(`expected <out>=<entry>, got "${arg}"`);
    return [out, entry];
  }),
);
const packageDir = resolve(values.dir ?? process.cwd());
const started = performance.now();
const written = await buildApp({
  packageDir,
  entries,
  packs: values.packs ?? false,
  shebang: values.shebang ?? false,
  splitting: values.split ?? false,
});
process.stderr.write(`built ${written.join(", ")} in ${Math.round(performance.now() - started)} ms\n`);

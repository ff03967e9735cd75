import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { discoverPacks, importPackFromDirectory, readBundle } from "@dti/engine/node";

/**
 * The raw content of the API's packs, found as the CLI finds them (`discoverPacks`): its `@dti-packs/*`
 * dependencies, the packs in the nearest `indicator-packs/` above the app or the working directory, and
 * the directories of DTI_PACKS_PATH — no package.json to edit. A pack directory is code, loaded only
 * from these places the operator controls; the upload route accepts bundles (data) only. Under tsx
 * (`pnpm dev`, tests) each is imported from its package (TypeScript); the compiled server
 * (`dist/server.js`) reads the JSON bundles `pnpm build` wrote to `dist/packs/` (same ids, versions and
 * hashes) and runs no TypeScript; a dependency installed since the last build is an error that says to
 * build again, and a pack directory that is not a dependency is left out with a warning (under tsx it is
 * imported like the dependencies).
 */
function isExample(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dti?: { example?: unknown } }).dti?.example === true;
  } catch {
    return false;
  }
}

declare const __DTI_COMPILED__: boolean | undefined;
export const COMPILED = typeof __DTI_COMPILED__ !== "undefined" && __DTI_COMPILED__;

interface Manifest {
  packs: { id: string; packageName: string; version: string; file: string }[];
}

export async function installedPackContents(appDir: string, env: NodeJS.ProcessEnv = process.env): Promise<unknown[]> {
  // The example pack (`"dti": { "example": true }`) is what `dti pack new` copies, not a framework.
  const found = discoverPacks(appDir, { searchFrom: [appDir, process.cwd()], packsPath: env.DTI_PACKS_PATH }).filter(
    (p) => !isExample(p.dir),
  );
  const installed = found.filter((p) => p.origin === "dependency");
  const directories = found.filter((p) => p.origin !== "dependency");
  if (!COMPILED) return Promise.all(found.map((p) => importPackFromDirectory(p.dir)));
  const dir = join(appDir, "dist", "packs");
  const manifest = existsSync(join(dir, "index.json"))
    ? (JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Manifest)
    : { packs: [] };
  const bundles = await Promise.all(
    installed.map((p) => {
      const built = manifest.packs.find((b) => b.packageName === p.packageName && b.version === p.version);
      if (!built) throw new Error(`the installed pack ${p.packageName} ${p.version} has no prebuilt bundle in ${dir}: run \`pnpm build\``);
      return readBundle(join(dir, built.file));
    }),
  );
  // The compiled server runs no TypeScript (no tsx at run time): a pack directory that is not a
  // dependency (indicator-packs/, DTI_PACKS_PATH) is left out with a warning saying how to serve it.
  for (const p of directories)
    process.emitWarning(
      `pack ${p.id} in ${p.dir} (${p.origin}) is a pack directory (code): the compiled server loads prebuilt bundles only — add it to the API's dependencies and \`pnpm build\`, run \`pnpm dev\`, or upload its bundle (\`dti pack build\`)`,
    );
  return bundles;
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { discoverInstalledPacks, importPackFromDirectory, readBundle } from "@dti/engine/node";

/**
 * The raw content of the API's installed packs (its `@dti-packs/*` dependencies). Under tsx
 * (`pnpm dev`, tests) each is imported from its package (TypeScript); the compiled server
 * (`dist/server.js`) reads the JSON bundles `pnpm build` wrote to `dist/packs/` (same ids, versions and
 * hashes) and never imports TypeScript: a pack installed since the last build is an error that says
 * to build again.
 */
declare const __DTI_COMPILED__: boolean | undefined;
export const COMPILED = typeof __DTI_COMPILED__ !== "undefined" && __DTI_COMPILED__;

interface Manifest {
  packs: { id: string; packageName: string; version: string; file: string }[];
}

export async function installedPackContents(appDir: string): Promise<unknown[]> {
  const installed = discoverInstalledPacks(appDir);
  if (!COMPILED) return Promise.all(installed.map((p) => importPackFromDirectory(p.dir)));
  const dir = join(appDir, "dist", "packs");
  const manifest = existsSync(join(dir, "index.json"))
    ? (JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Manifest)
    : { packs: [] };
  return Promise.all(
    installed.map((p) => {
      const built = manifest.packs.find((b) => b.packageName === p.packageName && b.version === p.version);
      if (!built) throw new Error(`the installed pack ${p.packageName} ${p.version} has no prebuilt bundle in ${dir}: run \`pnpm build\``);
      return readBundle(join(dir, built.file));
    }),
  );
}

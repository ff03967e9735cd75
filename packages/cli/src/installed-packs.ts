import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { discoverInstalledPacks, importPackFromDirectory, readBundle, type InstalledPack } from "@dti/engine/node";

/**
 * How the command loads packs, compiled or not. Under tsx (`pnpm dti:dev`, tests) an installed pack is
 * imported from its package (TypeScript). The compiled command (`dist/bin.js`, `pnpm build`) cannot
 * import TypeScript: it reads the installed packs from the JSON bundles the build wrote
 * (`dist/packs/index.json`, same ids, versions and hashes), and a pack directory named on the command
 * line (`dti pack validate ./my-pack`), which is code, is imported through tsx's loader, registered
 * then and only then.
 */
declare const __DTI_COMPILED__: boolean | undefined;
export const COMPILED = typeof __DTI_COMPILED__ !== "undefined" && __DTI_COMPILED__;

export interface InstalledPackSource extends InstalledPack {
  /** The pack's raw content, to be loaded by the engine. */
  content(): Promise<unknown>;
}

interface Manifest {
  packs: { id: string; packageName: string; version: string; file: string }[];
}

function prebuilt(hostDir: string): Manifest | undefined {
  const file = join(hostDir, "dist", "packs", "index.json");
  return COMPILED && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : undefined;
}

/** The packs among the host's dependencies, each read from its prebuilt bundle when there is one. */
export function installedPacks(hostDir: string): InstalledPackSource[] {
  const manifest = prebuilt(hostDir);
  return discoverInstalledPacks(hostDir).map((installed) => {
    const built = manifest?.packs.find((p) => p.packageName === installed.packageName && p.version === installed.version);
    const bundle = built && join(hostDir, "dist", "packs", built.file);
    return { ...installed, content: () => (bundle ? readBundle(bundle) : importPackDirectory(installed.dir)) };
  });
}

let tsxRegistered: Promise<unknown> | undefined;

/** Imports a pack package from a directory; from compiled code, through tsx's loader (registered once, here only). */
export async function importPackDirectory(dir: string): Promise<unknown> {
  if (COMPILED) await (tsxRegistered ??= import("tsx/esm/api").then((tsx) => tsx.register()));
  return importPackFromDirectory(dir);
}

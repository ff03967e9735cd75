import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { discoverPacks, importPackFromDirectory, readBundle, type FoundPack } from "@dti/engine/node";

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

/** What choosing a pack for a year needs to know of it, read without loading (validating, compiling) it. */
export interface PackMeta {
  id: string;
  years: number[];
  /** The date of the pack's legal basis: the newest framework comes first when two apply. */
  legalBasisDate: string;
}

export interface InstalledPackSource extends FoundPack {
  /** The pack's raw content, to be loaded by the engine. */
  content(): Promise<unknown>;
  /**
   * The pack's id, years and legal-basis date: from the prebuilt manifest (compiled command, no file of
   * the pack read), else from its raw content (imported, not loaded). Undefined when the content does
   * not say them (a broken pack: loading it says why).
   */
  meta(): Promise<PackMeta | undefined>;
  /** Where the content is read from: the prebuilt bundle (compiled command) or the pack's directory. */
  from: "bundle" | "directory";
}

/** Where packs are looked for besides the host's dependencies: the working directory and DTI_PACKS_PATH. */
export interface PackSearch {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

interface Manifest {
  packs: { id: string; packageName: string; version: string; file: string; years?: number[]; legalBasisDate?: string }[];
}

/** The metadata of raw pack content (a definition or a bundle's pack), if it has the shape. */
export function metaOf(content: unknown): PackMeta | undefined {
  const meta = (content as { meta?: { id?: unknown; years?: unknown; legalBasis?: { date?: unknown } } } | null)?.meta;
  const years = meta?.years;
  if (typeof meta?.id !== "string" || !Array.isArray(years) || !years.every((y) => Number.isInteger(y))) return undefined;
  return { id: meta.id, years: years as number[], legalBasisDate: typeof meta.legalBasis?.date === "string" ? meta.legalBasis.date : "" };
}

function prebuilt(hostDir: string): Manifest | undefined {
  const file = join(hostDir, "dist", "packs", "index.json");
  return COMPILED && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Manifest) : undefined;
}

/**
 * The packs the command can use, without editing any package.json: the host's dependencies, the packs
 * in the nearest `indicator-packs/` above the command's own location or the working directory, and the
 * directories of DTI_PACKS_PATH (`discoverPacks`). A dependency is read from its prebuilt bundle when
 * there is one (compiled command); anything else is imported from its directory (code: through tsx).
 */
export function installedPacks(hostDir: string, search: PackSearch = {}): InstalledPackSource[] {
  const manifest = prebuilt(hostDir);
  const env = search.env ?? process.env;
  const found = discoverPacks(hostDir, {
    searchFrom: [hostDir, ...(search.cwd ? [search.cwd] : [])],
    packsPath: env.DTI_PACKS_PATH,
  });
  return found.map((installed) => {
    const built =
      installed.origin === "dependency"
        ? manifest?.packs.find((p) => p.packageName === installed.packageName && p.version === installed.version)
        : undefined;
    const bundle = built && join(hostDir, "dist", "packs", built.file);
    const content = () => (bundle ? readBundle(bundle) : importPackDirectory(installed.dir));
    const listed: PackMeta | undefined =
      built?.years && built.legalBasisDate !== undefined
        ? { id: built.id, years: built.years, legalBasisDate: built.legalBasisDate }
        : undefined;
    return {
      ...installed,
      from: bundle ? "bundle" : "directory",
      content,
      meta: async () => listed ?? metaOf(await content()),
    };
  });
}

let tsxRegistered: Promise<unknown> | undefined;

/** Imports a pack package from a directory; from compiled code, through tsx's loader (registered once, here only). */
export async function importPackDirectory(dir: string): Promise<unknown> {
  if (COMPILED) await (tsxRegistered ??= import("tsx/esm/api").then((tsx) => tsx.register()));
  return importPackFromDirectory(dir);
}

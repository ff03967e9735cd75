import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { delimiter, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { EngineError } from "../errors";

/**
 * Packs are plugins: a package whose package.json carries `"dti": { "kind": "indicator-pack", "id": … }`
 * and whose default export is the pack; or a built JSON bundle. A host (the CLI, the API) finds the
 * packs among its own dependencies, as ESLint finds its plugins.
 */
export interface InstalledPack {
  id: string;
  packageName: string;
  version: string;
  dir: string;
}

export interface PackSource {
  kind: "package" | "directory" | "bundle";
  location: string;
}

interface PackageJson {
  name?: string;
  version?: string;
  exports?: string | Record<string, string | Record<string, string>>;
  main?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  dti?: { kind?: string; id?: string };
}

function readPackageJson(dir: string): PackageJson | undefined {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
}

function isPackPackage(pkg: PackageJson | undefined): pkg is PackageJson & { dti: { id: string } } {
  return pkg?.dti?.kind === "indicator-pack" && typeof pkg.dti.id === "string";
}

/** The indicator packs among the dependencies of the package at `hostDir`. */
export function discoverInstalledPacks(hostDir: string): InstalledPack[] {
  const host = readPackageJson(hostDir);
  if (!host) return [];
  const names = Object.keys({ ...host.dependencies, ...host.devDependencies });
  return names.flatMap((name) => {
    const dir = join(hostDir, "node_modules", name);
    const pkg = readPackageJson(dir);
    return isPackPackage(pkg) ? [{ id: pkg.dti.id, packageName: name, version: pkg.version ?? "0.0.0", dir }] : [];
  });
}

/** Where a found pack came from: a dependency of the host, an `indicator-packs/` directory, or `DTI_PACKS_PATH`. */
export type PackOrigin = "dependency" | "indicator-packs" | "DTI_PACKS_PATH";

export interface FoundPack extends InstalledPack {
  origin: PackOrigin;
}

export interface DiscoverOptions {
  /** Directories from which `indicator-packs/` is looked for, each upward to the file-system root. */
  searchFrom?: string[];
  /** `DTI_PACKS_PATH`: directories (joined by `:`), each a pack directory or a directory of packs. */
  packsPath?: string;
}

function packDirIn(dir: string): (InstalledPack & { dir: string }) | undefined {
  let pkg: PackageJson | undefined;
  try {
    pkg = readPackageJson(dir);
  } catch {
    return undefined;
  }
  return isPackPackage(pkg) ? { id: pkg.dti.id, packageName: pkg.name ?? pkg.dti.id, version: pkg.version ?? "0.0.0", dir } : undefined;
}

/** The pack directories in `dir`: `dir` itself when it is one, else its sub-directories that are. */
function packsIn(dir: string): InstalledPack[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const self = packDirIn(dir);
  if (self) return [self];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const sub = join(dir, name);
      if (name.startsWith(".") || name === "node_modules" || !statSync(sub).isDirectory()) return [];
      const found = packDirIn(sub);
      return found ? [found] : [];
    });
}

/** The nearest `indicator-packs/` directory at or above `start`. */
function indicatorPacksAbove(start: string): string | undefined {
  for (let at = resolve(start); ; at = dirname(at)) {
    const candidate = join(at, "indicator-packs");
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/**
 * Every pack a host can use, without editing any package.json: its dependencies (as
 * `discoverInstalledPacks`), then the packs of the nearest `indicator-packs/` directory above each of
 * `searchFrom`, then those named by `packsPath` (DTI_PACKS_PATH). A directory reached twice (pnpm's
 * link to a workspace pack) counts once, and so does an id: the first found wins, in that order.
 * A pack directory is code: load only from trusted places (docs/authoring-packs.md).
 */
export function discoverPacks(hostDir: string, options: DiscoverOptions = {}): FoundPack[] {
  const found: FoundPack[] = [];
  const seenDirs = new Set<string>();
  const add = (pack: InstalledPack, origin: PackOrigin) => {
    let real = pack.dir;
    try {
      real = realpathSync(pack.dir);
    } catch {
      // a dangling link: keep its own path
    }
    if (seenDirs.has(real) || found.some((p) => p.id === pack.id)) return;
    seenDirs.add(real);
    found.push({ ...pack, origin });
  };
  for (const pack of discoverInstalledPacks(hostDir)) add(pack, "dependency");
  const roots = new Set((options.searchFrom ?? []).map(indicatorPacksAbove).filter((d): d is string => d !== undefined));
  for (const root of roots) for (const pack of packsIn(root)) add(pack, "indicator-packs");
  for (const entry of (options.packsPath ?? "").split(delimiter).filter((e) => e.trim() !== ""))
    for (const pack of packsIn(resolve(entry))) add(pack, "DTI_PACKS_PATH");
  return found;
}

function entryOf(pkg: PackageJson): string {
  const root = typeof pkg.exports === "string" ? pkg.exports : pkg.exports?.["."];
  const entry = typeof root === "string" ? root : (root?.import ?? root?.default ?? pkg.main);
  return entry ?? "index.js";
}

/** Imports a pack package from its directory and returns its default export (the pack data). */
export async function importPackFromDirectory(dir: string): Promise<unknown> {
  const pkg = readPackageJson(dir);
  if (!pkg)
    throw new EngineError(
      "PACK_NOT_FOUND",
      `${dir} has no package.json; a pack directory is a package with "dti": { "kind": "indicator-pack" }`,
    );
  try {
    const module = (await import(pathToFileURL(resolve(dir, entryOf(pkg))).href)) as { default?: unknown };
    if (module.default === undefined) throw new Error("the module has no default export");
    return module.default;
  } catch (error) {
    throw new EngineError("PACK_LOAD_FAILED", `could not import the pack in ${dir}: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads a JSON bundle written by `dti pack build` and returns the pack it holds. */
export async function readBundle(file: string): Promise<unknown> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new EngineError("PACK_LOAD_FAILED", `could not read bundle ${file}: ${(error as Error).message}`, { cause: error });
  }
  const format = (json as { format?: unknown })?.format;
  if (format !== "dti-pack-bundle@1")
    throw new EngineError(
      "PACK_LOAD_FAILED",
      `${file} is not a pack bundle: expected "format": "dti-pack-bundle@1", got ${JSON.stringify(format)}`,
    );
  // The pack inside is validated (with every issue) when it is loaded; only the envelope is checked here.
  return (json as { pack?: unknown }).pack;
}

/**
 * Finds a pack by installed id or package name, pack directory, or bundle file, and returns its
 * raw content (to be loaded by the engine) and where it came from.
 */
export async function resolvePackSource(reference: string, hostDir: string): Promise<{ content: unknown; source: PackSource }> {
  const installed = discoverInstalledPacks(hostDir);
  const match = installed.find((p) => p.id === reference || p.packageName === reference);
  if (match) return { content: await importPackFromDirectory(match.dir), source: { kind: "package", location: match.packageName } };
  const path = resolve(reference);
  if (existsSync(path)) {
    if (statSync(path).isDirectory())
      return { content: await importPackFromDirectory(path), source: { kind: "directory", location: path } };
    return { content: await readBundle(path), source: { kind: "bundle", location: path } };
  }
  throw new EngineError(
    "PACK_NOT_FOUND",
    `no pack "${reference}": not an installed pack (${installed.map((p) => p.id).join(", ") || "none installed"}), a pack directory or a bundle file`,
  );
}

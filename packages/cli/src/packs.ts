import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { applyVariant, packsForYear, parseVariant, type Engine, type LoadedPack, type Variant } from "@dti/engine";
import { readBundle, type PackSource } from "@dti/engine/node";
import type { Pack } from "@dti/pack-sdk";
import { CliError } from "./errors";
import { both } from "./i18n/catalogue";
import { installedPacks, importPackDirectory, type InstalledPackSource, type PackMeta } from "./installed-packs";
import { CLI_PACKAGE_DIR, type CliIo } from "./io";
import { readTextFile } from "./io/files";
import { parseJson } from "./io/json";

export function hostDirOf(io: CliIo): string {
  return io.hostDir ?? CLI_PACKAGE_DIR;
}

/** Every pack the command can use (dependencies, indicator-packs/, DTI_PACKS_PATH), with where each came from. */
export function packsOf(io: CliIo): InstalledPackSource[] {
  return installedPacks(hostDirOf(io), { cwd: io.cwd, env: io.env });
}

/**
 * Finds a pack by installed id or package name, pack directory or bundle file (paths relative to
 * the caller's working directory) and returns its raw content.
 */
export async function findPack(reference: string, io: CliIo): Promise<{ content: unknown; source: PackSource }> {
  const installed = packsOf(io);
  const match = installed.find((p) => p.id === reference || p.packageName === reference);
  if (match)
    return {
      content: await match.content(),
      source: match.origin === "dependency" ? { kind: "package", location: match.packageName } : { kind: "directory", location: match.dir },
    };
  const path = resolve(io.cwd, reference);
  if (existsSync(path))
    return statSync(path).isDirectory()
      ? { content: await importPackDirectory(path), source: { kind: "directory", location: path } }
      : { content: await readBundle(path), source: { kind: "bundle", location: path } };
  throw new CliError("PACK_NOT_FOUND", both("pack.notFound", { reference, installed: installed.map((p) => p.id).join(", ") }));
}

/** Finds and loads a pack (validated, frozen, fingerprinted); throws PACK_INVALID with every issue. */
export async function loadPackRef(reference: string, io: CliIo, engine: Engine): Promise<{ loaded: LoadedPack; source: PackSource }> {
  const { content, source } = await findPack(reference, io);
  return { loaded: engine.load(content), source };
}

/** A what-if variant and the pack it is based on. */
export interface VariantOf {
  variant: Variant;
  file: string;
  base: LoadedPack;
}

/** The overlay a file holds, if it is a dti-variant@1 file (else undefined: a bundle, a directory…). */
function variantFileContent(path: string): unknown {
  if (!/\.json$/i.test(path) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as { format?: unknown };
    return data?.format === "dti-variant@1" ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a variant overlay file (dti-variant@1), with coded errors for a missing or malformed file. */
export function readVariantFile(io: CliIo, file: string): Variant {
  return parseVariant(parseJson(readTextFile(io.cwd, file), file));
}

/**
 * Applies a variant to its base pack and loads the result: a new pack, validated like any other. `base`
 * names the pack to apply it to (default: the pack the overlay names).
 */
export async function loadVariant(
  io: CliIo,
  engine: Engine,
  file: string,
  base?: string,
): Promise<{ loaded: LoadedPack; variantOf: VariantOf }> {
  const variant = readVariantFile(io, file);
  const { loaded: baseLoaded } = await loadPackRef(base ?? variant.base, io, engine);
  return { loaded: engine.load(applyVariant(baseLoaded.pack, variant)), variantOf: { variant, file, base: baseLoaded } };
}

/**
 * A pack as `dti pack diff` and `dti compare` name it: an installed id or package name, a pack
 * directory, a bundle file, or a what-if variant file (dti-variant@1), applied to its base pack.
 */
export async function loadPackOrVariant(
  reference: string,
  io: CliIo,
  engine: Engine,
): Promise<{ loaded: LoadedPack; variantOf?: VariantOf }> {
  if (variantFileContent(resolve(io.cwd, reference)) !== undefined) return loadVariant(io, engine, reference);
  return { loaded: (await loadPackRef(reference, io, engine)).loaded };
}

/**
 * The installed pack for an assessment year, when the command line names none: the only pack whose
 * years include it, by the engine's rule (`packsForYear`: the newest framework first). The choice reads
 * each pack's metadata only (the prebuilt manifest of the compiled command, else the raw content) and
 * loads — validates and compiles — the chosen pack alone. Two packs for one year fail with
 * PACK_CHOICE_REQUIRED, none with PACK_NOT_FOUND (naming the packs whose metadata could not be read).
 */
export async function choosePackForYear(io: CliIo, engine: Engine, year: number): Promise<LoadedPack> {
  const known: { installed: InstalledPackSource; meta: PackMeta }[] = [];
  const broken: string[] = [];
  for (const installed of packsOf(io)) {
    const meta = await installed.meta().catch(() => undefined);
    if (meta) known.push({ installed, meta });
    else broken.push(installed.id);
  }
  // packsForYear reads meta.years and meta.legalBasis.date only: the metadata stands for the pack.
  const asPacks = known.map((k) => ({
    ...k,
    pack: { meta: { id: k.meta.id, years: k.meta.years, legalBasis: { date: k.meta.legalBasisDate } } } as unknown as Pack,
  }));
  const candidates = packsForYear(asPacks, year);
  if (candidates.length === 1) return engine.load(await candidates[0]!.installed.content());
  const unreadable = broken.length > 0 ? both("pack.unreadable", { ids: broken.join(", ") }) : { vi: "", en: "" };
  if (candidates.length === 0) {
    const cover = known.map((k) => `${k.meta.id} (${k.meta.years.join(", ")})`).join("; ");
    const none = both("pack.noneForYear", { year, cover });
    throw new CliError("PACK_NOT_FOUND", { vi: none.vi + unreadable.vi, en: none.en + unreadable.en });
  }
  throw new CliError(
    "PACK_CHOICE_REQUIRED",
    both("pack.severalForYear", { count: candidates.length, year, ids: candidates.map((c) => c.meta.id).join(", ") }),
  );
}

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { discoverInstalledPacks, EngineError, resolvePackSource, type Engine, type LoadedPack, type PackSource } from "@dti/engine";
import { CLI_PACKAGE_DIR, type CliIo } from "./io";

export function hostDirOf(io: CliIo): string {
  return io.hostDir ?? CLI_PACKAGE_DIR;
}

/**
 * Finds a pack by installed id or package name, pack directory or bundle file (paths relative to
 * the caller's working directory) and returns its raw content.
 */
export async function findPack(reference: string, io: CliIo): Promise<{ content: unknown; source: PackSource }> {
  const hostDir = hostDirOf(io);
  const installed = discoverInstalledPacks(hostDir);
  if (installed.some((p) => p.id === reference || p.packageName === reference)) return resolvePackSource(reference, hostDir);
  const path = resolve(io.cwd, reference);
  if (existsSync(path)) return resolvePackSource(path, hostDir);
  throw new EngineError(
    "PACK_NOT_FOUND",
    `no pack "${reference}": not an installed pack (installed: ${installed.map((p) => p.id).join(", ") || "none"}), a pack directory or a bundle file`,
  );
}

/** Finds and loads a pack (validated, frozen, fingerprinted); throws PACK_INVALID with every issue. */
export async function loadPackRef(reference: string, io: CliIo, engine: Engine): Promise<{ loaded: LoadedPack; source: PackSource }> {
  const { content, source } = await findPack(reference, io);
  return { loaded: engine.load(content), source };
}

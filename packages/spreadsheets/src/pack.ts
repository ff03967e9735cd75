import type { PackRef } from "@dti/contracts";
import { createEngine, fingerprint, type LoadedPack } from "@dti/engine";
import { packSchema, type Pack, type PackDefinition } from "@dti/pack-sdk";
import { SpreadsheetError } from "./errors";

/** A pack as authored (`definePack`), as parsed, or as the engine loaded it (`{ pack, ref }`). */
export type PackSource = PackDefinition | Pack | { pack: Pack; ref: PackRef };

export interface ResolvedPack {
  pack: Pack;
  ref: PackRef;
}

const cache = new WeakMap<object, ResolvedPack>();

/**
 * The parsed pack and its reference. The hash is the engine's (`sha256:` of the canonical JSON of
 * the parsed pack), so a template's hash equals the `pack.hash` of a score computed from it.
 */
export function resolvePack(source: PackSource): ResolvedPack {
  const hit = cache.get(source);
  if (hit) return hit;
  let resolved: ResolvedPack;
  if ("ref" in source && "pack" in source) resolved = { pack: source.pack, ref: source.ref };
  else {
    const parsed = packSchema.safeParse(source);
    if (!parsed.success)
      throw new SpreadsheetError("PACK_INVALID", {
        vi: `Bộ chỉ số không hợp lệ: ${parsed.error.issues[0]?.message ?? ""}`,
        en: `the pack does not parse: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message ?? ""}`,
      });
    const pack = parsed.data;
    resolved = { pack, ref: { id: pack.meta.id, version: pack.meta.version, hash: fingerprint(pack) } };
  }
  cache.set(source, resolved);
  return resolved;
}

const loadedCache = new WeakMap<object, LoadedPack>();

/**
 * The pack as the engine loaded it, to check values as the engine reads them: the one given when the
 * caller passed a loaded pack (the API does), else loaded once here and kept for the same object.
 */
export function loadedPackOf(source: PackSource): LoadedPack {
  if ("compiled" in source && "ref" in source) return source as LoadedPack;
  const hit = loadedCache.get(source);
  if (hit) return hit;
  const loaded = createEngine().load(resolvePack(source).pack);
  loadedCache.set(source, loaded);
  return loaded;
}

import { seedUnitsFromRegistry, SYSTEM_ACTOR, type Repositories, type StoredPack } from "@dti/db";
import type { Engine } from "@dti/engine";

/**
 * Registers packs shipped with the host (installed as its dependencies) as active. Idempotent by
 * content hash: a pack already stored is left as it is.
 */
export async function registerInstalledPacks(
  repos: Repositories,
  engine: Engine,
  contents: readonly unknown[],
): Promise<{ pack: StoredPack; created: boolean }[]> {
  const results: { pack: StoredPack; created: boolean }[] = [];
  for (const content of contents) {
    const loaded = engine.load(content);
    results.push(
      await repos.packs.register({ content: loaded.pack, hash: loaded.ref.hash, source: "installed", status: "active" }, SYSTEM_ACTOR),
    );
  }
  return results;
}

/** The 63 and the 34 with their lineage, from @dti/units; safe on every start. */
export async function seedUnits(repos: Repositories) {
  return seedUnitsFromRegistry(repos, SYSTEM_ACTOR);
}

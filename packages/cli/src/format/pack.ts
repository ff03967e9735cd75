import type { LoadedPack } from "@dti/engine";

/** "sha256:1a2b3c4d5e6f": enough to tell packs apart in a table; JSON keeps the full hash. */
export function shortHash(hash: string): string {
  const [algorithm, hex] = hash.split(":");
  return hex ? `${algorithm}:${hex.slice(0, 12)}` : hash.slice(0, 19);
}

/** The facts of a loaded pack that `dti packs` lists. */
export function packFacts(loaded: LoadedPack) {
  const { pack, ref } = loaded;
  return {
    id: ref.id,
    version: ref.version,
    hash: ref.hash,
    title: pack.meta.title.vi,
    years: [...pack.meta.years],
    indicators: pack.indicators.filter((x) => !x.parent).length,
    subIndicators: pack.indicators.filter((x) => x.parent).length,
    // null when the pack does not know its points (packs of published values only).
    totalPoints:
      pack.aggregation.totalPoints ??
      (pack.indices.some((x) => x.maxPoints === null) ? null : pack.indices.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0)),
    coverage: pack.meta.coverage,
    provisional: pack.indicators.filter((x) => x.provisional).length,
  };
}

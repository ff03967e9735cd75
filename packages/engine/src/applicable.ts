import { EngineError } from "./errors";
import type { LoadedPack } from "./load";

/** The packs that declare they apply to an assessment year, newest framework first. */
export function packsForYear<P extends Pick<LoadedPack, "pack">>(packs: readonly P[], year: number): P[] {
  return packs
    .filter((p) => p.pack.meta.years.includes(year))
    .sort((a, b) => b.pack.meta.legalBasis.date.localeCompare(a.pack.meta.legalBasis.date));
}

/**
 * The one pack for a year: the one named if any, else the only one that applies. When two apply
 * (a revision published mid-cycle), the choice must be explicit.
 */
export function choosePack<P extends Pick<LoadedPack, "pack">>(packs: readonly P[], year: number, named?: string): P {
  if (named !== undefined) {
    const pack = packs.find((p) => p.pack.meta.id === named);
    if (!pack) throw new EngineError("PACK_NOT_FOUND", `no pack "${named}" (installed: ${packs.map((p) => p.pack.meta.id).join(", ")})`);
    return pack;
  }
  const candidates = packsForYear(packs, year);
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0)
    throw new EngineError(
      "PACK_NOT_FOUND",
      `no installed pack applies to ${year}; packs cover ${packs.map((p) => `${p.pack.meta.id} (${p.pack.meta.years.join(", ")})`).join("; ")}`,
    );
  throw new EngineError(
    "PACK_CHOICE_REQUIRED",
    `${candidates.length} packs apply to ${year}: ${candidates.map((p) => p.pack.meta.id).join(", ")}; name one`,
  );
}

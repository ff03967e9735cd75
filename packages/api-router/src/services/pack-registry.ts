import type { PackSummary, PacksRepository, StoredPack } from "@dti/db";
import type { Engine, LoadedPack } from "@dti/engine";
import { ApiError } from "../errors";

export interface RegisteredPack {
  summary: PackSummary;
  loaded: LoadedPack;
}

/**
 * The packs stored in the database, loaded by the engine on first use and kept by content hash
 * (a stored pack never changes under its hash, so the cache never goes stale).
 */
export interface PackRegistry {
  /** The stored row and the loaded pack; NOT_FOUND when no row has this id. */
  get(rowId: string): Promise<RegisteredPack>;
  /** The loaded pack of a row already read (its content is read only when its hash is not loaded yet). */
  ofSummary(summary: PackSummary): Promise<RegisteredPack>;
  /** Active packs, loaded: the frameworks an assessment may use. */
  active(): Promise<RegisteredPack[]>;
  /**
   * The summary of a pack row as read at most SUMMARY_REUSE_MS ago by this process: for the
   * scorecard, read on every request, which needs the pack's content (immutable under its hash),
   * not the latest status. NOT_FOUND when no row has this id.
   */
  recentSummary(rowId: string): Promise<PackSummary>;
  /** The loaded pack of stored content (validated again: the database is not trusted blindly). */
  load(stored: Pick<StoredPack, "hash" | "content">): LoadedPack;
}

/** How long recentSummary reuses a pack row's summary (a status change is seen within this time). */
export const SUMMARY_REUSE_MS = 5000;

export function createPackRegistry(packs: PacksRepository, engine: Engine): PackRegistry {
  const loadedByHash = new Map<string, LoadedPack>();
  const summaries = new Map<string, { summary: PackSummary; readAt: number }>();

  function load(stored: Pick<StoredPack, "hash" | "content">): LoadedPack {
    const hit = loadedByHash.get(stored.hash);
    if (hit) return hit;
    const loaded = engine.load(stored.content);
    if (loaded.ref.hash !== stored.hash)
      throw new ApiError("INTERNAL", `stored pack ${loaded.ref.id} has hash ${stored.hash} but its content hashes to ${loaded.ref.hash}`);
    loadedByHash.set(stored.hash, loaded);
    return loaded;
  }

  // The summary is read on every call (its status and pin can change); the content, hundreds of kB
  // of JSON, only when its hash is not loaded yet.
  async function ofSummary(summary: PackSummary): Promise<RegisteredPack> {
    const cached = loadedByHash.get(summary.hash);
    if (cached) return { summary, loaded: cached };
    const stored = await packs.get(summary.id);
    const { content: _content, ...fresh } = stored;
    return { summary: fresh, loaded: load(stored) };
  }

  return {
    get: async (rowId) => ofSummary(await packs.summary(rowId)),
    async recentSummary(rowId) {
      const now = Date.now();
      const kept = summaries.get(rowId);
      if (kept && now - kept.readAt < SUMMARY_REUSE_MS) return kept.summary;
      const summary = await packs.summary(rowId);
      summaries.set(rowId, { summary, readAt: now });
      return summary;
    },
    ofSummary,
    load,
    async active() {
      const summaries = await packs.list({ status: "active" });
      return Promise.all(
        summaries.map(async (summary) => {
          const cached = loadedByHash.get(summary.hash);
          return cached ? { summary, loaded: cached } : ofSummary(summary);
        }),
      );
    },
  };
}

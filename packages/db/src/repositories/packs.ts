import type { Kysely, Selectable } from "kysely";
import { DbError } from "../errors";
import type { Database, PackSource, PackStatus, PacksTable } from "../schema";
import { appendAudit } from "./audit-entry";
import { isUuid, json } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export interface PackSummary {
  /** The row id (uuid): assessments and snapshots refer to it. */
  id: string;
  /** The pack's own id, e.g. "dti-province-2022". */
  packId: string;
  version: string;
  hash: string;
  titleVi: string;
  years: number[];
  coverage: string;
  source: PackSource;
  status: PackStatus;
  uploadedBy: string | null;
  createdAt: Date;
  /** Set once a score snapshot uses the pack; from then on it never changes. */
  pinnedAt: Date | null;
}

export interface StoredPack extends PackSummary {
  /** The parsed pack, as its bundle holds it. */
  content: unknown;
}

export interface RegisterPackInput {
  /** The parsed, already validated pack (the caller validates with the engine). */
  content: unknown;
  hash: string;
  source: PackSource;
  status: PackStatus;
}

export const SUMMARY = [
  "id",
  "pack_id",
  "version",
  "hash",
  "title_vi",
  "years",
  "coverage",
  "source",
  "status",
  "uploaded_by",
  "created_at",
  "pinned_at",
] as const;

type SummaryRow = Pick<Selectable<PacksTable>, (typeof SUMMARY)[number]>;

export function toSummary(row: SummaryRow): PackSummary {
  return {
    id: row.id,
    packId: row.pack_id,
    version: row.version,
    hash: row.hash,
    titleVi: row.title_vi,
    years: row.years,
    coverage: row.coverage,
    source: row.source,
    status: row.status,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    pinnedAt: row.pinned_at,
  };
}

function toStored(row: SummaryRow & { content: unknown }): StoredPack {
  return { ...toSummary(row), content: row.content };
}

/** What the table stores beside the content, read from the pack's meta. */
function metaOf(content: unknown): { packId: string; version: string; titleVi: string; years: number[]; coverage: string } {
  const meta = (content as { meta?: Record<string, unknown> } | null)?.meta;
  const title = meta?.title as { vi?: unknown } | undefined;
  const years = meta?.years;
  const ok =
    typeof meta?.id === "string" &&
    typeof meta.version === "string" &&
    typeof title?.vi === "string" &&
    Array.isArray(years) &&
    years.every((y) => Number.isInteger(y)) &&
    (meta.coverage === undefined || typeof meta.coverage === "string");
  if (!ok)
    throw new DbError("INVALID_INPUT", "pack content must have meta.id, meta.version, meta.title.vi and meta.years", {
      field: "content.meta",
    });
  return {
    packId: meta.id as string,
    version: meta.version as string,
    titleVi: title.vi as string,
    years: years as number[],
    coverage: (meta.coverage as string | undefined) ?? "full",
  };
}

export function createPacksRepository(db: Kysely<Database>) {
  const byId = (ex: Kysely<Database>, id: string) =>
    ex
      .selectFrom("packs")
      .select([...SUMMARY, "content"])
      .where("id", "=", id);

  async function get(id: string, trx?: Trx): Promise<StoredPack> {
    return reading(async () => {
      const row = isUuid(id) ? await byId(trx ?? db, id).executeTakeFirst() : undefined;
      if (!row) throw new DbError("NOT_FOUND", `pack ${id} not found`, { entity: "pack", id });
      return toStored(row);
    }, trx);
  }

  return {
    /**
     * Stores a pack. Idempotent by hash: the same hash again returns the stored row, writing
     * nothing. The same id and version with another hash is ALREADY_EXISTS.
     */
    async register(input: RegisterPackInput, actor: Actor, trx?: Trx): Promise<{ pack: StoredPack; created: boolean }> {
      const meta = metaOf(input.content);
      return inTransaction(db, trx, async (trx) => {
        const inserted = await trx
          .insertInto("packs")
          .values({
            pack_id: meta.packId,
            version: meta.version,
            hash: input.hash,
            title_vi: meta.titleVi,
            years: json(meta.years),
            coverage: meta.coverage,
            content: json(input.content),
            source: input.source,
            status: input.status,
            uploaded_by: input.source === "uploaded" ? actor.userId : null,
            pinned_at: null,
          })
          .onConflict((oc) => oc.doNothing())
          .returning([...SUMMARY, "content"])
          .executeTakeFirst();
        if (inserted) {
          const pack = toStored(inserted);
          await appendAudit(trx, actor, {
            action: "pack.register",
            entity: "pack",
            entityId: pack.id,
            after: { packId: pack.packId, version: pack.version, hash: pack.hash, source: pack.source, status: pack.status },
          });
          return { pack, created: true };
        }
        const same = await trx
          .selectFrom("packs")
          .select([...SUMMARY, "content"])
          .where("hash", "=", input.hash)
          .executeTakeFirst();
        if (same) return { pack: toStored(same), created: false };
        const other = await trx
          .selectFrom("packs")
          .select(["id", "hash"])
          .where("pack_id", "=", meta.packId)
          .where("version", "=", meta.version)
          .executeTakeFirst();
        throw new DbError(
          "ALREADY_EXISTS",
          `pack ${meta.packId} ${meta.version} is already registered with another hash (${other?.hash ?? "?"}); give the changed pack a new version`,
          {
            entity: "pack",
            packId: meta.packId,
            version: meta.version,
            existingId: other?.id,
            existingHash: other?.hash,
          },
        );
      });
    },

    /** Without content: newest first. */
    async list(filter: { status?: PackStatus; packId?: string } = {}): Promise<PackSummary[]> {
      return reading(async () => {
        let query = db.selectFrom("packs").select(SUMMARY);
        if (filter.status) query = query.where("status", "=", filter.status);
        if (filter.packId) query = query.where("pack_id", "=", filter.packId);
        const rows = await query.orderBy("pack_id").orderBy("created_at", "desc").execute();
        return rows.map(toSummary);
      });
    },

    get,

    /**
     * The row without its content (a pack's content is hundreds of kB of JSON: a caller that keeps
     * packs loaded by hash reads it only when the hash is new to it).
     */
    async summary(id: string, trx?: Trx): Promise<PackSummary> {
      return reading(async () => {
        const row = isUuid(id) ? await (trx ?? db).selectFrom("packs").select(SUMMARY).where("id", "=", id).executeTakeFirst() : undefined;
        if (!row) throw new DbError("NOT_FOUND", `pack ${id} not found`, { entity: "pack", id });
        return toSummary(row);
      });
    },

    /** undefined when no pack has this hash. */
    async getByHash(hash: string): Promise<StoredPack | undefined> {
      return reading(async () => {
        const row = await db
          .selectFrom("packs")
          .select([...SUMMARY, "content"])
          .where("hash", "=", hash)
          .executeTakeFirst();
        return row && toStored(row);
      });
    },

    /** undefined when that version of the pack is not stored. */
    async findByIdVersion(packId: string, version: string): Promise<StoredPack | undefined> {
      return reading(async () => {
        const row = await db
          .selectFrom("packs")
          .select([...SUMMARY, "content"])
          .where("pack_id", "=", packId)
          .where("version", "=", version)
          .executeTakeFirst();
        return row && toStored(row);
      });
    },

    /** Makes an uploaded draft usable. Already active: nothing is written. */
    async activate(id: string, actor: Actor, trx?: Trx): Promise<PackSummary> {
      return inTransaction(db, trx, async (trx) => {
        const current = await get(id, trx);
        if (current.status === "active") return current;
        const row = await trx
          .updateTable("packs")
          .set({ status: "active" })
          .where("id", "=", id)
          .returning(SUMMARY)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, actor, {
          action: "pack.activate",
          entity: "pack",
          entityId: id,
          before: { status: current.status },
          after: { status: "active" },
        });
        return toSummary(row);
      });
    },

    /**
     * Marks the pack as used by a score snapshot (once; later calls change nothing). From then on a
     * database trigger refuses any change of its content or hash, and its deletion.
     */
    async pin(id: string, actor: Actor, trx?: Trx): Promise<PackSummary> {
      return inTransaction(db, trx, async (trx) => {
        if (!isUuid(id)) throw new DbError("NOT_FOUND", `pack ${id} not found`, { entity: "pack", id });
        const row = await trx
          .updateTable("packs")
          .set({ pinned_at: new Date() })
          .where("id", "=", id)
          .where("pinned_at", "is", null)
          .returning(SUMMARY)
          .executeTakeFirst();
        if (row) {
          await appendAudit(trx, actor, {
            action: "pack.pin",
            entity: "pack",
            entityId: id,
            before: { pinnedAt: null },
            after: { pinnedAt: row.pinned_at },
          });
          return toSummary(row);
        }
        return get(id, trx);
      });
    },

    /**
     * Deletes a pack nothing uses (e.g. a draft upload an admin discards). A pinned pack is
     * PACK_PINNED (refused by the database trigger); one that assessments use is IN_USE.
     */
    async remove(id: string, actor: Actor, trx?: Trx): Promise<void> {
      return inTransaction(db, trx, async (trx) => {
        const current = await get(id, trx);
        await trx.deleteFrom("packs").where("id", "=", id).execute();
        await appendAudit(trx, actor, {
          action: "pack.remove",
          entity: "pack",
          entityId: id,
          before: { packId: current.packId, version: current.version, hash: current.hash, status: current.status },
        });
      });
    },
  };
}

export type PacksRepository = ReturnType<typeof createPacksRepository>;

import type { Kysely } from "kysely";
import { DbError } from "../errors";
import type { Database } from "../schema";
import { appendAudit } from "./audit-entry";
import type { PacksRepository } from "./packs";
import { isUuid, json } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export interface SnapshotSummary {
  id: string;
  /** null for a cohort-wide snapshot (e.g. a ranking of published values). */
  assessmentId: string | null;
  period: number;
  packRowId: string;
  packHash: string;
  createdBy: string | null;
  createdAt: Date;
}

export interface Snapshot extends SnapshotSummary {
  /** The units of the cohort and the min/max used by cohort-relative indicators. */
  reference: unknown;
  result: unknown;
}

export interface CreateSnapshotInput {
  assessmentId: string | null;
  period: number;
  packRowId: string;
  /** Must be the stored pack's hash: a snapshot names exactly the rules that produced it. */
  packHash: string;
  reference: unknown;
  result: unknown;
}

const SUMMARY = ["id", "assessment_id", "period", "pack_row_id", "pack_hash", "created_by", "created_at"] as const;

function toSummary(row: {
  id: string;
  assessment_id: string | null;
  period: number;
  pack_row_id: string;
  pack_hash: string;
  created_by: string | null;
  created_at: Date;
}): SnapshotSummary {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    period: row.period,
    packRowId: row.pack_row_id,
    packHash: row.pack_hash,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Score snapshots are immutable (a database trigger refuses UPDATE and DELETE): there is no update or remove. */
export function createSnapshotsRepository(db: Kysely<Database>, packs: PacksRepository) {
  const FULL = [...SUMMARY, "reference", "result"] as const;
  const notFound = (id: string) => new DbError("NOT_FOUND", `score snapshot ${id} not found`, { entity: "snapshot", id });

  return {
    /** Stores a snapshot and pins its pack, in one transaction. */
    async create(input: CreateSnapshotInput, actor: Actor, trx?: Trx): Promise<Snapshot> {
      if (!Number.isInteger(input.period))
        throw new DbError("INVALID_INPUT", `period must be a year, got ${input.period}`, { field: "period", value: input.period });
      return inTransaction(db, trx, async (trx) => {
        const pack = await packs.get(input.packRowId, trx);
        if (pack.hash !== input.packHash)
          throw new DbError(
            "INVALID_INPUT",
            `snapshot names pack hash ${input.packHash} but pack ${pack.packId} ${pack.version} has ${pack.hash}`,
            {
              field: "packHash",
              expected: pack.hash,
              value: input.packHash,
            },
          );
        if (input.assessmentId !== null) {
          const found = isUuid(input.assessmentId)
            ? await trx.selectFrom("assessments").select("id").where("id", "=", input.assessmentId).executeTakeFirst()
            : undefined;
          if (!found)
            throw new DbError("NOT_FOUND", `assessment ${input.assessmentId} not found`, { entity: "assessment", id: input.assessmentId });
        }
        await packs.pin(pack.id, actor, trx);
        const row = await trx
          .insertInto("score_snapshots")
          .values({
            assessment_id: input.assessmentId,
            period: input.period,
            pack_row_id: input.packRowId,
            pack_hash: input.packHash,
            reference: json(input.reference),
            result: json(input.result),
            created_by: actor.userId,
          })
          .returning(FULL)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, actor, {
          action: "snapshot.create",
          entity: "snapshot",
          entityId: row.id,
          after: { assessmentId: row.assessment_id, period: row.period, packRowId: row.pack_row_id, packHash: row.pack_hash },
        });
        return { ...toSummary(row), reference: row.reference, result: row.result };
      });
    },

    /** Without reference and result; newest first. */
    async list(filter: { assessmentId?: string; period?: number } = {}): Promise<SnapshotSummary[]> {
      if (filter.assessmentId !== undefined && !isUuid(filter.assessmentId)) return [];
      return reading(async () => {
        let query = db.selectFrom("score_snapshots").select(SUMMARY);
        if (filter.assessmentId !== undefined) query = query.where("assessment_id", "=", filter.assessmentId);
        if (filter.period !== undefined) query = query.where("period", "=", filter.period);
        const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
        return rows.map(toSummary);
      });
    },

    async get(id: string): Promise<Snapshot> {
      return reading(async () => {
        const row = isUuid(id) ? await db.selectFrom("score_snapshots").select(FULL).where("id", "=", id).executeTakeFirst() : undefined;
        if (!row) throw notFound(id);
        return { ...toSummary(row), reference: row.reference, result: row.result };
      });
    },

    /** The newest snapshot of an assessment; undefined when it has none. */
    async latest(assessmentId: string): Promise<Snapshot | undefined> {
      if (!isUuid(assessmentId)) return undefined;
      return reading(async () => {
        const row = await db
          .selectFrom("score_snapshots")
          .select(FULL)
          .where("assessment_id", "=", assessmentId)
          .orderBy("created_at", "desc")
          .orderBy("id")
          .limit(1)
          .executeTakeFirst();
        return row && { ...toSummary(row), reference: row.reference, result: row.result };
      });
    },
  };
}

export type SnapshotsRepository = ReturnType<typeof createSnapshotsRepository>;

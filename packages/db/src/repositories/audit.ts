import { sql, type Kysely, type Selectable } from "kysely";
import { DbError } from "../errors";
import type { AuditLogTable, Database } from "../schema";
import { reading } from "./transaction";

export interface AuditEntry {
  /** Increasing: the cursor for the next page. */
  id: number;
  at: Date;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Only entries at or after this time. */
  since?: Date;
  /** 1..500, default 100. */
  limit?: number;
  /** Only entries older than this id: pass the previous page's `nextBefore`. */
  before?: number;
}

export const AUDIT_PAGE_MAX = 500;

/** Which assessment's log to read: its id, its province and its pack row (assignments are per province and pack). */
export interface AssessmentAuditScope {
  assessmentId: string;
  unitId: string;
  packRowId: string;
}

function toEntry(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(r.id),
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  };
}

function checkPage(query: { limit?: number; before?: number }): number {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX)
    throw new DbError("INVALID_INPUT", `limit must be an integer from 1 to ${AUDIT_PAGE_MAX}, got ${limit}`, {
      field: "limit",
      value: limit,
    });
  if (query.before !== undefined && !Number.isInteger(query.before))
    throw new DbError("INVALID_INPUT", "before must be an audit entry id", { field: "before" });
  return limit;
}

function page(entries: AuditEntry[], limit: number): { entries: AuditEntry[]; nextBefore: number | null } {
  return { entries, nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null };
}

export function createAuditRepository(db: Kysely<Database>) {
  return {
    /** Newest first; `nextBefore` is set when there may be older entries. The audit log is written by the other repositories only. */
    async list(query: AuditQuery = {}): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const limit = checkPage(query);
      if (query.since !== undefined && Number.isNaN(query.since.getTime()))
        throw new DbError("INVALID_INPUT", "since must be a valid time", { field: "since" });
      return reading(async () => {
        let q = db.selectFrom("audit_log").selectAll();
        if (query.entity !== undefined) q = q.where("entity", "=", query.entity);
        if (query.entityId !== undefined) q = q.where("entity_id", "=", query.entityId);
        if (query.actorId !== undefined) q = q.where("actor_id", "=", query.actorId);
        if (query.since !== undefined) q = q.where("at", ">=", query.since);
        if (query.before !== undefined) q = q.where("id", "<", query.before);
        const rows = await q.orderBy("id", "desc").limit(limit).execute();
        return page(rows.map(toEntry), limit);
      });
    },

    /**
     * Everything the log holds about one assessment, newest first: its own entries, its values and
     * workflow (entity ids "<assessment>:<…>"), its evidence (which names the assessment), its plan
     * items, and its province's assignments under its pack ("<unit>:<pack row>[:<indicator>]").
     */
    async listForAssessment(
      scope: AssessmentAuditScope,
      query: { limit?: number; before?: number } = {},
    ): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const limit = checkPage(query);
      const { assessmentId, unitId, packRowId } = scope;
      return reading(async () => {
        let q = db
          .selectFrom("audit_log")
          .selectAll()
          .where((eb) =>
            eb.or([
              eb("entity_id", "=", assessmentId),
              eb.and([
                eb("entity", "in", ["assignments", "assignment"]),
                eb.or([eb("entity_id", "=", `${unitId}:${packRowId}`), eb("entity_id", "like", `${unitId}:${packRowId}:%`)]),
              ]),
              eb("entity_id", "like", `${assessmentId}:%`),
              sql<boolean>`"after"->>'assessmentId' = ${assessmentId}`,
              sql<boolean>`"before"->>'assessmentId' = ${assessmentId}`,
              eb.and([
                eb("entity", "=", "plan_item"),
                eb(
                  "entity_id",
                  "in",
                  eb
                    .selectFrom("plan_items")
                    .select(sql<string>`id::text`.as("id"))
                    .where("assessment_id", "=", assessmentId),
                ),
              ]),
            ]),
          );
        if (query.before !== undefined) q = q.where("id", "<", query.before);
        return page((await q.orderBy("id", "desc").limit(limit).execute()).map(toEntry), limit);
      });
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

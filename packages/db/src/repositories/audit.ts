import { sql, type Kysely, type Selectable, type SelectQueryBuilder } from "kysely";
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

/** Filters both lists share: who, which action, which values or indicator, when. */
export interface AuditFilter {
  actorId?: string;
  /** An action code ("input.set", "indicator.approve"). */
  action?: string;
  /**
   * Entity ids ending in ":<one of these>": an indicator's inputs and its code pick its values
   * ("<assessment>:households_with_fiber") and its workflow ("<assessment>:3.3") in any assessment.
   */
  entityIdEndsWith?: readonly string[];
  /** Only entries at or after this time. */
  since?: Date;
  /** Only entries before this time. */
  until?: Date;
}

export interface AuditQuery extends AuditFilter {
  entity?: string;
  entityId?: string;
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

function checkFilter(query: AuditFilter): void {
  for (const field of ["since", "until"] as const) {
    const at = query[field];
    if (at !== undefined && Number.isNaN(at.getTime())) throw new DbError("INVALID_INPUT", `${field} must be a valid time`, { field });
  }
}

/** The shared filters as a where clause. */
function filtered<Q extends SelectQueryBuilder<Database, "audit_log", Selectable<AuditLogTable>>>(q: Q, query: AuditFilter): Q {
  let out = q;
  if (query.actorId !== undefined) out = out.where("actor_id", "=", query.actorId) as Q;
  if (query.action !== undefined) out = out.where("action", "=", query.action) as Q;
  if (query.since !== undefined) out = out.where("at", ">=", query.since) as Q;
  if (query.until !== undefined) out = out.where("at", "<", query.until) as Q;
  const ends = query.entityIdEndsWith;
  if (ends !== undefined)
    out = out.where((eb) =>
      ends.length === 0 ? sql<boolean>`false` : eb.or(ends.map((end) => sql<boolean>`right(entity_id, ${end.length + 1}) = ${`:${end}`}`)),
    ) as Q;
  return out;
}

function page(entries: AuditEntry[], limit: number): { entries: AuditEntry[]; nextBefore: number | null } {
  return { entries, nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null };
}

export function createAuditRepository(db: Kysely<Database>) {
  return {
    /** Newest first; `nextBefore` is set when there may be older entries. The audit log is written by the other repositories only. */
    async list(query: AuditQuery = {}): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const limit = checkPage(query);
      checkFilter(query);
      return reading(async () => {
        let q = filtered(db.selectFrom("audit_log").selectAll(), query);
        if (query.entity !== undefined) q = q.where("entity", "=", query.entity);
        if (query.entityId !== undefined) q = q.where("entity_id", "=", query.entityId);
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
      query: AuditFilter & { limit?: number; before?: number } = {},
    ): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const limit = checkPage(query);
      checkFilter(query);
      const { assessmentId, unitId, packRowId } = scope;
      return reading(async () => {
        let q = filtered(db.selectFrom("audit_log").selectAll(), query).where((eb) =>
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

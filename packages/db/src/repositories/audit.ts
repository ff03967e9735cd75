import type { Kysely } from "kysely";
import { DbError } from "../errors";
import type { Database } from "../schema";
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

export function createAuditRepository(db: Kysely<Database>) {
  return {
    /** Newest first; `nextBefore` is set when there may be older entries. The audit log is written by the other repositories only. */
    async list(query: AuditQuery = {}): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
      const limit = query.limit ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX)
        throw new DbError("INVALID_INPUT", `limit must be an integer from 1 to ${AUDIT_PAGE_MAX}, got ${limit}`, {
          field: "limit",
          value: limit,
        });
      if (query.before !== undefined && !Number.isInteger(query.before))
        throw new DbError("INVALID_INPUT", "before must be an audit entry id", { field: "before" });
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
        const entries = rows.map((r) => ({
          id: Number(r.id),
          at: r.at,
          actorId: r.actor_id,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
        }));
        return { entries, nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null };
      });
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;

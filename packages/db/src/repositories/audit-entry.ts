import type { Actor, Trx } from "./transaction";
import { json } from "./sql-values";

export interface AuditEntryInput {
  /** e.g. "input.set", "assessment.lock". */
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one row to the audit log inside the write's own transaction: no change without its record. */
export async function appendAudit(trx: Trx, actor: Actor, entry: AuditEntryInput): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      actor_id: actor.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined || entry.before === null ? null : json(entry.before),
      after: entry.after === undefined || entry.after === null ? null : json(entry.after),
    })
    .execute();
}

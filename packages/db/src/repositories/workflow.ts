import { sql, type Kysely, type Selectable } from "kysely";
import { DbError } from "../errors";
import type { Database, IndicatorStatus, IndicatorWorkflowTable } from "../schema";
import { requireOpenAssessment } from "./assessments";
import { appendAudit } from "./audit-entry";
import { compareCodes, isUuid } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

/**
 * An indicator's review state in an assessment. An indicator never moved is a draft at version 0
 * (no row is stored for it until its first transition).
 */
export interface IndicatorState {
  assessmentId: string;
  indicatorCode: string;
  status: IndicatorStatus;
  /** Why a reviewer returned it (only while returned). */
  reason: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: Date | null;
}

/**
 * draft → submitted (the agency hands it in); submitted → approved | returned (the reviewer);
 * returned → submitted (fixed and handed in again); approved → returned (a reviewer finds a problem
 * after approving, while the assessment is still open). Returning always needs a reason.
 */
export const INDICATOR_TRANSITIONS: Readonly<Record<IndicatorStatus, readonly IndicatorStatus[]>> = {
  draft: ["submitted"],
  submitted: ["approved", "returned"],
  returned: ["submitted"],
  approved: ["returned"],
};

const ACTIONS: Record<IndicatorStatus, string> = {
  submitted: "indicator.submit",
  approved: "indicator.approve",
  returned: "indicator.return",
  draft: "indicator.draft",
};

export interface TransitionInput {
  assessmentId: string;
  indicatorCode: string;
  to: IndicatorStatus;
  reason?: string | null;
  /** The version the reviewer saw (0 for an indicator never moved). */
  expectedVersion: number;
}

function toState(row: Selectable<IndicatorWorkflowTable>): IndicatorState {
  return {
    assessmentId: row.assessment_id,
    indicatorCode: row.indicator_code,
    status: row.status,
    reason: row.reason,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function draft(assessmentId: string, indicatorCode: string): IndicatorState {
  return { assessmentId, indicatorCode, status: "draft", reason: null, version: 0, updatedBy: null, updatedAt: null };
}

export function createWorkflowRepository(db: Kysely<Database>) {
  async function read(ex: Kysely<Database>, assessmentId: string, indicatorCode: string, lock: boolean) {
    let query = ex
      .selectFrom("indicator_workflow")
      .selectAll()
      .where("assessment_id", "=", assessmentId)
      .where("indicator_code", "=", indicatorCode);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? toState(row) : draft(assessmentId, indicatorCode);
  }

  return {
    /** The state of one indicator (a draft at version 0 if it never moved). */
    async get(assessmentId: string, indicatorCode: string): Promise<IndicatorState> {
      if (!isUuid(assessmentId)) return draft(assessmentId, indicatorCode);
      return reading(() => read(db, assessmentId, indicatorCode, false));
    },

    /** The indicators of an assessment that have moved at least once, in indicator order. */
    async list(assessmentId: string): Promise<IndicatorState[]> {
      if (!isUuid(assessmentId)) return [];
      return reading(async () => {
        const rows = await db.selectFrom("indicator_workflow").selectAll().where("assessment_id", "=", assessmentId).execute();
        return rows.map(toState).sort((a, b) => compareCodes(a.indicatorCode, b.indicatorCode));
      });
    },

    /**
     * Moves an indicator along INDICATOR_TRANSITIONS if it is still at `expectedVersion`; only
     * while the assessment is open. Who may do which (agency or reviewer) is checked by the API.
     */
    async transition(input: TransitionInput, actor: Actor, trx?: Trx): Promise<IndicatorState> {
      const reason = input.reason?.trim() || null;
      if (input.to === "returned" && !reason)
        throw new DbError("REASON_REQUIRED", `returning indicator ${input.indicatorCode} needs a reason`, {
          field: "reason",
          indicatorCode: input.indicatorCode,
        });
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessment(trx, input.assessmentId);
        const current = await read(trx, input.assessmentId, input.indicatorCode, true);
        const conflict = (now: IndicatorState) =>
          new DbError(
            "VERSION_CONFLICT",
            `indicator ${input.indicatorCode} is at version ${now.version} (${now.status}), not ${input.expectedVersion}`,
            {
              entity: "indicator_workflow",
              expectedVersion: input.expectedVersion,
              current: now,
            },
          );
        if (current.version !== input.expectedVersion) throw conflict(current);
        if (!INDICATOR_TRANSITIONS[current.status].includes(input.to))
          throw new DbError("INVALID_TRANSITION", `indicator ${input.indicatorCode} cannot go from ${current.status} to ${input.to}`, {
            entity: "indicator_workflow",
            indicatorCode: input.indicatorCode,
            from: current.status,
            to: input.to,
            allowed: INDICATOR_TRANSITIONS[current.status],
          });
        const stored = input.to === "returned" ? reason : null;
        const row =
          current.version === 0
            ? await trx
                .insertInto("indicator_workflow")
                .values({
                  assessment_id: input.assessmentId,
                  indicator_code: input.indicatorCode,
                  status: input.to,
                  reason: stored,
                  updated_by: actor.userId,
                })
                .onConflict((oc) => oc.columns(["assessment_id", "indicator_code"]).doNothing())
                .returningAll()
                .executeTakeFirst()
            : await trx
                .updateTable("indicator_workflow")
                .set({
                  status: input.to,
                  reason: stored,
                  version: sql<number>`version + 1`,
                  updated_by: actor.userId,
                  updated_at: sql<Date>`now()`,
                })
                .where("assessment_id", "=", input.assessmentId)
                .where("indicator_code", "=", input.indicatorCode)
                .where("version", "=", input.expectedVersion)
                .returningAll()
                .executeTakeFirst();
        if (!row) throw conflict(await read(trx, input.assessmentId, input.indicatorCode, false));
        const next = toState(row);
        await appendAudit(trx, actor, {
          action: ACTIONS[input.to],
          entity: "indicator_workflow",
          entityId: `${input.assessmentId}:${input.indicatorCode}`,
          before: { status: current.status, reason: current.reason, version: current.version },
          after: { status: next.status, reason: next.reason, version: next.version },
        });
        return next;
      });
    },
  };
}

export type WorkflowRepository = ReturnType<typeof createWorkflowRepository>;

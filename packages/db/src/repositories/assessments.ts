import { sql, type Kysely, type Selectable } from "kysely";
import { DbError } from "../errors";
import type { AssessmentStatus, AssessmentsTable, Database } from "../schema";
import { appendAudit } from "./audit-entry";
import type { InputValueData } from "./inputs";
import { isUuid } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export interface Assessment {
  id: string;
  unitId: string;
  period: number;
  packRowId: string;
  status: AssessmentStatus;
  version: number;
  isDemo: boolean;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssessmentForScoring {
  assessment: Assessment;
  /**
   * The assessment's values_stamp: every statement that writes its stored values raises it (a
   * trigger, migration 2026-12-06-0008), so it only grows and two reads with the same stamp read
   * the same values: it keys a cache of scores without reading the values (valuesForScoring reads
   * them, with their stamp, in one statement, on a miss).
   */
  valuesStamp: string;
}

/** The stored values of one assessment as scoring reads them, and their stamp (see AssessmentForScoring). */
export interface ValuesForScoring {
  /** By input id; cleared values are left out (not provided). */
  values: Record<string, Exclude<InputValueData, null>>;
  valuesStamp: string;
}

/** A values document without its cleared values (null: not provided). */
function withoutCleared(doc: Record<string, InputValueData>): ValuesForScoring["values"] {
  const values: ValuesForScoring["values"] = {};
  for (const [key, value] of Object.entries(doc)) if (value !== null) values[key] = value;
  return values;
}

/** One assessment of a cohort as a computed ranking reads it first (cohortStamps): no values yet. */
export interface CohortMember {
  id: string;
  unitId: string;
  status: AssessmentStatus;
  /** See AssessmentForScoring.valuesStamp. */
  valuesStamp: string;
}

export interface CreateAssessmentInput {
  unitId: string;
  period: number;
  packRowId: string;
  isDemo?: boolean;
}

/**
 * open → submitted (the province submits), submitted → locked (final), submitted or locked → open
 * (a national admin reopens it, always with a reason, kept in the audit log). Who may do which is
 * checked by the API; a locked assessment's values never change until it is reopened.
 */
export const ASSESSMENT_TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  open: ["submitted"],
  submitted: ["locked", "open"],
  locked: ["open"],
};

const ACTIONS: Record<string, string> = {
  "open>submitted": "assessment.submit",
  "submitted>locked": "assessment.lock",
  "submitted>open": "assessment.reopen",
  "locked>open": "assessment.reopen",
};

export function toAssessment(row: Selectable<AssessmentsTable>): Assessment {
  return {
    id: row.id,
    unitId: row.unit_id,
    period: row.period,
    packRowId: row.pack_row_id,
    status: row.status,
    version: row.version,
    isDemo: row.is_demo,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function notFound(id: string): DbError {
  return new DbError("NOT_FOUND", `assessment ${id} not found`, { entity: "assessment", id });
}

/**
 * Locks the assessment row against status changes for the rest of the transaction and checks it
 * is open: a write to its inputs, evidence or workflow cannot race with a submit or lock. The lock
 * is FOR NO KEY UPDATE, not FOR SHARE: a write of values raises the row's values_stamp (a trigger),
 * and two writers that both held a shared lock and then both wanted to update the row would
 * deadlock; with this lock, writers to one assessment simply take turns.
 */
export async function requireOpenAssessment(trx: Trx, assessmentId: string): Promise<Assessment> {
  const row = isUuid(assessmentId)
    ? await trx.selectFrom("assessments").selectAll().where("id", "=", assessmentId).forNoKeyUpdate().executeTakeFirst()
    : undefined;
  return openOrThrow(assessmentId, row);
}

/**
 * requireOpenAssessment for many assessments in one statement (bulk imports), locked in id order;
 * the first missing or not open one, in the order given, is the error.
 */
export async function requireOpenAssessments(trx: Trx, assessmentIds: readonly string[]): Promise<Assessment[]> {
  const valid = [...new Set(assessmentIds.filter(isUuid))].sort();
  const rows =
    valid.length === 0
      ? []
      : await trx.selectFrom("assessments").selectAll().where("id", "in", valid).orderBy("id").forNoKeyUpdate().execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return assessmentIds.map((id) => openOrThrow(id, byId.get(id)));
}

function openOrThrow(assessmentId: string, row: Selectable<AssessmentsTable> | undefined): Assessment {
  if (!row) throw notFound(assessmentId);
  if (row.status !== "open")
    throw new DbError(
      "ASSESSMENT_LOCKED",
      `assessment ${assessmentId} (${row.unit_id}, ${row.period}) is ${row.status}: it cannot change until it is reopened`,
      {
        assessmentId,
        status: row.status,
      },
    );
  return toAssessment(row);
}

/**
 * The statements that read a cohort (computed rankings, min-max references: 3,321 communes after the
 * 2025 reform), named so the plan test (query-plans.test.ts) explains the very statements the
 * repository runs: the cohort by (period, pack_row_id) through assessments_period_pack, the values of
 * many assessments as their documents (assessment_values_docs, kept by triggers) through its primary
 * key. Results travel as one JSON text, not row by row (the embedded database spends about 50 µs a
 * row: seconds for a cohort of communes), and a document per assessment, not its 157 rows aggregated
 * again (about 2.5 times faster for 3,321 communes).
 */
export function cohortStampsQuery(period: number, packRowId: string) {
  return sql<{ cohort: string }>`
    select coalesce(json_agg(json_build_array(a.id, a.unit_id, a.status, a.values_stamp::text) order by a.unit_id, a.created_at), '[]')::text as cohort
    from assessments a
    where a.period = ${period} and a.pack_row_id = ${packRowId}`;
}

export function manyValuesQuery(ids: readonly string[]) {
  return sql<{ found: string }>`
    select coalesce(json_agg(json_build_array(a.id, a.values_stamp::text, coalesce(d.doc, '{}'::jsonb))), '[]')::text as found
    from assessments a
    left join assessment_values_docs d on d.assessment_id = a.id
    where a.id = any(${ids as string[]}::uuid[])`;
}

export function createAssessmentsRepository(db: Kysely<Database>) {
  async function get(id: string, trx?: Trx): Promise<Assessment> {
    return reading(async () => {
      const row = isUuid(id) ? await (trx ?? db).selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst() : undefined;
      if (!row) throw notFound(id);
      return toAssessment(row);
    }, trx);
  }

  async function manyValuesForScoring(ids: readonly string[]): Promise<Map<string, ValuesForScoring>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    return reading(async () => {
      const { rows } = await manyValuesQuery(valid).execute(db);
      const found = JSON.parse(rows[0]!.found) as [string, string, Record<string, InputValueData>][];
      return new Map(found.map(([id, valuesStamp, doc]) => [id, { values: withoutCleared(doc), valuesStamp }]));
    });
  }

  return {
    /** One assessment per unit × period × pack: a second is ALREADY_EXISTS (details: its id). */
    async create(input: CreateAssessmentInput, actor: Actor, trx?: Trx): Promise<Assessment> {
      if (!Number.isInteger(input.period))
        throw new DbError("INVALID_INPUT", `period must be a year, got ${input.period}`, { field: "period", value: input.period });
      return inTransaction(db, trx, async (trx) => {
        const unit = await trx.selectFrom("units").select("id").where("id", "=", input.unitId).executeTakeFirst();
        if (!unit) throw new DbError("NOT_FOUND", `unit ${input.unitId} not found`, { entity: "unit", id: input.unitId });
        const pack = isUuid(input.packRowId)
          ? await trx.selectFrom("packs").select("id").where("id", "=", input.packRowId).executeTakeFirst()
          : undefined;
        if (!pack) throw new DbError("NOT_FOUND", `pack ${input.packRowId} not found`, { entity: "pack", id: input.packRowId });
        const row = await trx
          .insertInto("assessments")
          .values({
            unit_id: input.unitId,
            period: input.period,
            pack_row_id: input.packRowId,
            is_demo: input.isDemo ?? false,
            created_by: actor.userId,
          })
          .onConflict((oc) => oc.columns(["unit_id", "period", "pack_row_id"]).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          const existing = await trx
            .selectFrom("assessments")
            .select("id")
            .where("unit_id", "=", input.unitId)
            .where("period", "=", input.period)
            .where("pack_row_id", "=", input.packRowId)
            .executeTakeFirstOrThrow();
          throw new DbError("ALREADY_EXISTS", `unit ${input.unitId} already has an assessment for ${input.period} with this pack`, {
            entity: "assessment",
            existingId: existing.id,
          });
        }
        const assessment = toAssessment(row);
        await appendAudit(trx, actor, {
          action: "assessment.create",
          entity: "assessment",
          entityId: assessment.id,
          after: { unitId: assessment.unitId, period: assessment.period, packRowId: assessment.packRowId, isDemo: assessment.isDemo },
        });
        return assessment;
      });
    },

    get,

    /**
     * What the scorecard reads on every request, in one single-table query (each round trip and
     * each join on the embedded database costs more than the whole cached answer): the assessment
     * and its values stamp. The values are read by valuesForScoring only when no score is kept for
     * the stamp; the pack's summary and the unit's name come from the API's short-lived caches.
     */
    async getForScoring(id: string): Promise<AssessmentForScoring> {
      return reading(async () => {
        const row = isUuid(id) ? await db.selectFrom("assessments").selectAll().where("id", "=", id).executeTakeFirst() : undefined;
        if (!row) throw notFound(id);
        return { assessment: toAssessment(row), valuesStamp: String(row.values_stamp) };
      });
    },

    /** The stored values of an assessment and their stamp, read together (one statement, one snapshot). */
    async valuesForScoring(id: string): Promise<ValuesForScoring> {
      const found = (await manyValuesForScoring([id])).get(id);
      if (!found) throw notFound(id);
      return found;
    },

    /**
     * Every assessment of a period under one pack row, by unit, with its values stamp and no values:
     * a computed ranking reads the values (manyValuesForScoring) only of the assessments whose stamp
     * it has not scored before.
     */
    async cohortStamps(period: number, packRowId: string): Promise<CohortMember[]> {
      if (!isUuid(packRowId)) return [];
      return reading(async () => {
        const { rows } = await cohortStampsQuery(period, packRowId).execute(db);
        return (JSON.parse(rows[0]!.cohort) as [string, string, AssessmentStatus, string][]).map(([id, unitId, status, valuesStamp]) => ({
          id,
          unitId,
          status,
          valuesStamp,
        }));
      });
    },

    /** valuesForScoring of many assessments in one statement, by id (unknown ids are left out). */
    manyValuesForScoring,

    /** By unit, then newest period first. */
    async list(filter: { unitId?: string; period?: number } = {}): Promise<Assessment[]> {
      return reading(async () => {
        let query = db.selectFrom("assessments").selectAll();
        if (filter.unitId !== undefined) query = query.where("unit_id", "=", filter.unitId);
        if (filter.period !== undefined) query = query.where("period", "=", filter.period);
        const rows = await query.orderBy("unit_id").orderBy("period", "desc").orderBy("created_at").execute();
        return rows.map(toAssessment);
      });
    },

    /**
     * Moves the assessment along ASSESSMENT_TRANSITIONS if it is still at `expectedVersion`.
     * Reopening (→ open) needs a reason (REASON_REQUIRED), which the audit entry keeps.
     */
    async setStatus(
      id: string,
      expectedVersion: number,
      to: AssessmentStatus,
      actor: Actor,
      trx?: Trx,
      options: { reason?: string | null } = {},
    ): Promise<Assessment> {
      const reason = options.reason?.trim() || null;
      if (to === "open" && !reason)
        throw new DbError("REASON_REQUIRED", `reopening assessment ${id} needs a reason`, { field: "reason", entity: "assessment", id });
      return inTransaction(db, trx, async (trx) => {
        const current = await get(id, trx);
        const conflict = (now: Assessment) =>
          new DbError("VERSION_CONFLICT", `assessment ${id} is at version ${now.version} (${now.status}), not ${expectedVersion}`, {
            entity: "assessment",
            id,
            expectedVersion,
            current: { status: now.status, version: now.version, updatedAt: now.updatedAt },
          });
        if (current.version !== expectedVersion) throw conflict(current);
        if (!ASSESSMENT_TRANSITIONS[current.status].includes(to))
          throw new DbError("INVALID_TRANSITION", `assessment ${id} cannot go from ${current.status} to ${to}`, {
            entity: "assessment",
            id,
            from: current.status,
            to,
            allowed: ASSESSMENT_TRANSITIONS[current.status],
          });
        const row = await trx
          .updateTable("assessments")
          .set({ status: to, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
          .where("id", "=", id)
          .where("version", "=", expectedVersion)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw conflict(await get(id, trx));
        const updated = toAssessment(row);
        await appendAudit(trx, actor, {
          action: ACTIONS[`${current.status}>${to}`] ?? "assessment.status",
          entity: "assessment",
          entityId: id,
          before: { status: current.status, version: current.version },
          after: { status: updated.status, version: updated.version, ...(reason ? { reason } : {}) },
        });
        return updated;
      });
    },
  };
}

export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;

import { sql, type Kysely, type Selectable } from "kysely";
import { PLAN_STATUSES } from "@dti/contracts/enums";
import { DbError } from "../errors";
import type { Database, PlanGoalsTable, PlanItemsTable, PlanStatus } from "../schema";
import { appendAudit } from "./audit-entry";
import { assertIsoDate, compareCodes, isUuid, json, nullableDateText } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export interface ProgressNote {
  at: string;
  by: string | null;
  note: string;
}

/** A task of the improvement plan: raise an indicator from its current value to a target by a deadline. */
export interface PlanItem {
  id: string;
  assessmentId: string;
  indicatorCode: string;
  currentValue: string | null;
  /** The target as values of the indicator's inputs, keyed by input id; null when none is set. */
  targetInputs: Record<string, TargetValue> | null;
  /** The old free-text target (and typed points) kept readable, or a note beside the target. */
  targetNote: string | null;
  leadAgency: string | null;
  cooperatingAgencies: string[];
  /** ISO date. */
  deadline: string | null;
  status: PlanStatus;
  progressNotes: ProgressNote[];
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A province's goal for an assessment's plan: a DTI value on 0..1, or a rank in the published cohort. */
export interface PlanGoal {
  assessmentId: string;
  kind: "value" | "rank";
  target: number;
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
}

/** The fields an editor sets; every one optional on update (omitted: unchanged). */
export type TargetValue = number | boolean | string;

export interface PlanFields {
  currentValue?: string | null;
  /** Checked by the caller against the pack (which inputs, which values); here only their shape. */
  targetInputs?: Readonly<Record<string, TargetValue>> | null;
  targetNote?: string | null;
  leadAgency?: string | null;
  cooperatingAgencies?: readonly string[];
  deadline?: string | null;
  status?: PlanStatus;
}

const COLUMNS = [
  "id",
  "assessment_id",
  "indicator_code",
  "current_value",
  "target_inputs",
  "target_note",
  "lead_agency",
  "cooperating_agencies",
  nullableDateText("deadline").as("deadline"),
  "status",
  "progress_notes",
  "version",
  "created_by",
  "created_at",
  "updated_at",
] as const;

type Row = Omit<Selectable<PlanItemsTable>, "deadline"> & { deadline: string | null };

function toPlanItem(row: Row): PlanItem {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    indicatorCode: row.indicator_code,
    currentValue: row.current_value,
    targetInputs: row.target_inputs,
    targetNote: row.target_note,
    leadAgency: row.lead_agency,
    cooperatingAgencies: row.cooperating_agencies,
    deadline: row.deadline,
    status: row.status,
    progressNotes: row.progress_notes,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Checks the fields given and turns them into column values. */
function columns(fields: PlanFields): Partial<{
  current_value: string | null;
  target_inputs: string | null;
  target_note: string | null;
  lead_agency: string | null;
  cooperating_agencies: string;
  deadline: string | null;
  status: PlanStatus;
}> {
  if (fields.deadline) assertIsoDate(fields.deadline, "deadline");
  if (fields.status !== undefined && !PLAN_STATUSES.includes(fields.status))
    throw new DbError("INVALID_INPUT", `plan status must be one of ${PLAN_STATUSES.join(", ")}, got "${fields.status}"`, {
      field: "status",
      value: fields.status,
    });
  if (fields.targetInputs !== undefined && fields.targetInputs !== null) {
    const t = fields.targetInputs;
    const scalar = (v: unknown) => typeof v === "boolean" || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
    if (typeof t !== "object" || Array.isArray(t) || Object.keys(t).length === 0 || !Object.values(t).every(scalar))
      throw new DbError("INVALID_INPUT", "targetInputs must map input ids to numbers, yes/no or choices", { field: "targetInputs" });
  }
  if (
    fields.cooperatingAgencies !== undefined &&
    (!Array.isArray(fields.cooperatingAgencies) || fields.cooperatingAgencies.some((a) => typeof a !== "string" || a.trim() === ""))
  )
    throw new DbError("INVALID_INPUT", "cooperatingAgencies must be agency names", { field: "cooperatingAgencies" });
  const out: ReturnType<typeof columns> = {};
  if (fields.currentValue !== undefined) out.current_value = fields.currentValue;
  if (fields.targetInputs !== undefined) out.target_inputs = fields.targetInputs === null ? null : json(fields.targetInputs);
  if (fields.targetNote !== undefined) out.target_note = fields.targetNote;
  if (fields.leadAgency !== undefined) out.lead_agency = fields.leadAgency;
  if (fields.cooperatingAgencies !== undefined) out.cooperating_agencies = json([...new Set(fields.cooperatingAgencies)]);
  if (fields.deadline !== undefined) out.deadline = fields.deadline;
  if (fields.status !== undefined) out.status = fields.status;
  return out;
}

/** The plan fields of an item, for the audit log. */
function auditView(p: PlanItem) {
  const { currentValue, targetInputs, targetNote, leadAgency, cooperatingAgencies, deadline, status, version } = p;
  return {
    indicatorCode: p.indicatorCode,
    currentValue,
    targetInputs,
    targetNote,
    leadAgency,
    cooperatingAgencies,
    deadline,
    status,
    version,
  };
}

function toGoal(row: Selectable<PlanGoalsTable>): PlanGoal {
  return {
    assessmentId: row.assessment_id,
    kind: row.kind,
    target: row.target,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function createPlansRepository(db: Kysely<Database>) {
  const notFound = (id: string) => new DbError("NOT_FOUND", `plan item ${id} not found`, { entity: "plan_item", id });

  async function find(ex: Kysely<Database>, id: string, lock = false): Promise<PlanItem> {
    if (!isUuid(id)) throw notFound(id);
    let query = ex.selectFrom("plan_items").select(COLUMNS).where("id", "=", id);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw notFound(id);
    return toPlanItem(row);
  }

  function conflict(current: PlanItem, expectedVersion: number) {
    return new DbError("VERSION_CONFLICT", `plan item ${current.id} is at version ${current.version}, not ${expectedVersion}`, {
      entity: "plan_item",
      expectedVersion,
      current,
    });
  }

  return {
    /** Plan items are allowed whatever the assessment's status: planning follows submission. */
    async create(input: { assessmentId: string; indicatorCode: string } & PlanFields, actor: Actor, trx?: Trx): Promise<PlanItem> {
      const values = columns(input);
      return inTransaction(db, trx, async (trx) => {
        const assessment = isUuid(input.assessmentId)
          ? await trx.selectFrom("assessments").select("id").where("id", "=", input.assessmentId).executeTakeFirst()
          : undefined;
        if (!assessment)
          throw new DbError("NOT_FOUND", `assessment ${input.assessmentId} not found`, { entity: "assessment", id: input.assessmentId });
        const row = await trx
          .insertInto("plan_items")
          .values({
            cooperating_agencies: json([]),
            progress_notes: json([]),
            ...values,
            assessment_id: input.assessmentId,
            indicator_code: input.indicatorCode,
            created_by: actor.userId,
          })
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        const item = toPlanItem(row);
        await appendAudit(trx, actor, { action: "plan.create", entity: "plan_item", entityId: item.id, after: auditView(item) });
        return item;
      });
    },

    async get(id: string): Promise<PlanItem> {
      return reading(() => find(db, id));
    },

    /** By indicator, then deadline (none last). */
    async list(assessmentId: string): Promise<PlanItem[]> {
      if (!isUuid(assessmentId)) return [];
      return reading(async () => {
        const rows = await db
          .selectFrom("plan_items")
          .select(COLUMNS)
          .where("assessment_id", "=", assessmentId)
          .orderBy(sql`deadline asc nulls last`)
          .orderBy("created_at")
          .execute();
        return rows.map(toPlanItem).sort((a, b) => compareCodes(a.indicatorCode, b.indicatorCode));
      });
    },

    /** Changes the fields given if the item is still at `expectedVersion`. */
    async update(input: { id: string; expectedVersion: number } & PlanFields, actor: Actor, trx?: Trx): Promise<PlanItem> {
      const { id, expectedVersion, ...fields } = input;
      const values = columns(fields);
      return inTransaction(db, trx, async (trx) => {
        const current = await find(trx, id, true);
        if (current.version !== expectedVersion) throw conflict(current, expectedVersion);
        const row = await trx
          .updateTable("plan_items")
          .set({ ...values, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
          .where("id", "=", id)
          .where("version", "=", expectedVersion)
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        const item = toPlanItem(row);
        await appendAudit(trx, actor, {
          action: "plan.update",
          entity: "plan_item",
          entityId: id,
          before: auditView(current),
          after: auditView(item),
        });
        return item;
      });
    },

    /** Appends a progress note (notes only accumulate, so no version is needed); bumps the version. */
    async addProgressNote(input: { id: string; note: string }, actor: Actor, trx?: Trx): Promise<PlanItem> {
      const note = input.note.trim();
      if (note === "") throw new DbError("INVALID_INPUT", "a progress note needs text", { field: "note" });
      return inTransaction(db, trx, async (trx) => {
        await find(trx, input.id);
        const entry: ProgressNote = { at: new Date().toISOString(), by: actor.userId, note };
        const row = await trx
          .updateTable("plan_items")
          .set({
            progress_notes: sql<string>`progress_notes || ${json([entry])}::jsonb`,
            version: sql<number>`version + 1`,
            updated_at: sql<Date>`now()`,
          })
          .where("id", "=", input.id)
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
        await appendAudit(trx, actor, { action: "plan.note", entity: "plan_item", entityId: input.id, after: entry });
        return toPlanItem(row);
      });
    },

    /** The assessment's goal, or null when none is set. */
    async getGoal(assessmentId: string): Promise<PlanGoal | null> {
      if (!isUuid(assessmentId)) return null;
      return reading(async () => {
        const row = await db.selectFrom("plan_goals").selectAll().where("assessment_id", "=", assessmentId).executeTakeFirst();
        return row ? toGoal(row) : null;
      });
    },

    /**
     * Sets (or, with goal null, clears) the assessment's goal if it is still at `expectedVersion`
     * (null: none set yet). A value is on 0..1; a rank a positive integer.
     */
    async setGoal(
      input: { assessmentId: string; goal: { kind: "value" | "rank"; target: number } | null; expectedVersion: number | null },
      actor: Actor,
      trx?: Trx,
    ): Promise<PlanGoal | null> {
      const { goal } = input;
      if (goal !== null) {
        if (goal.kind !== "value" && goal.kind !== "rank")
          throw new DbError("INVALID_INPUT", `goal kind must be value or rank, got "${String(goal.kind)}"`, { field: "goal.kind" });
        const ok =
          goal.kind === "value"
            ? Number.isFinite(goal.target) && goal.target > 0 && goal.target <= 1
            : Number.isInteger(goal.target) && goal.target >= 1;
        if (!ok)
          throw new DbError(
            "INVALID_INPUT",
            goal.kind === "value" ? "a goal value is above 0 and at most 1" : "a goal rank is a positive whole number",
            { field: `goal.${goal.kind}`, value: goal.target },
          );
      }
      return inTransaction(db, trx, async (trx) => {
        const assessment = isUuid(input.assessmentId)
          ? await trx.selectFrom("assessments").select("id").where("id", "=", input.assessmentId).forUpdate().executeTakeFirst()
          : undefined;
        if (!assessment)
          throw new DbError("NOT_FOUND", `assessment ${input.assessmentId} not found`, { entity: "assessment", id: input.assessmentId });
        const row = await trx.selectFrom("plan_goals").selectAll().where("assessment_id", "=", input.assessmentId).executeTakeFirst();
        const current = row ? toGoal(row) : null;
        if ((current?.version ?? null) !== input.expectedVersion)
          throw new DbError(
            "VERSION_CONFLICT",
            `the plan goal is at version ${current?.version ?? "none"}, not ${input.expectedVersion ?? "none"}`,
            { entity: "plan_goal", expectedVersion: input.expectedVersion, current },
          );
        let next: PlanGoal | null = null;
        if (goal === null) {
          if (current) await trx.deleteFrom("plan_goals").where("assessment_id", "=", input.assessmentId).execute();
        } else if (current) {
          next = toGoal(
            await trx
              .updateTable("plan_goals")
              .set({
                kind: goal.kind,
                target: goal.target,
                version: sql<number>`version + 1`,
                updated_by: actor.userId,
                updated_at: sql<Date>`now()`,
              })
              .where("assessment_id", "=", input.assessmentId)
              .returningAll()
              .executeTakeFirstOrThrow(),
          );
        } else {
          next = toGoal(
            await trx
              .insertInto("plan_goals")
              .values({ assessment_id: input.assessmentId, kind: goal.kind, target: goal.target, updated_by: actor.userId })
              .returningAll()
              .executeTakeFirstOrThrow(),
          );
        }
        const view = (g: PlanGoal | null) => (g ? { kind: g.kind, target: g.target, version: g.version } : null);
        await appendAudit(trx, actor, {
          action: "plan.goal",
          entity: "assessment",
          entityId: input.assessmentId,
          before: view(current),
          after: view(next),
        });
        return next;
      });
    },

    async remove(input: { id: string; expectedVersion: number }, actor: Actor, trx?: Trx): Promise<void> {
      return inTransaction(db, trx, async (trx) => {
        const current = await find(trx, input.id, true);
        if (current.version !== input.expectedVersion) throw conflict(current, input.expectedVersion);
        await trx.deleteFrom("plan_items").where("id", "=", input.id).where("version", "=", input.expectedVersion).execute();
        await appendAudit(trx, actor, {
          action: "plan.remove",
          entity: "plan_item",
          entityId: input.id,
          before: { ...auditView(current), progressNotes: current.progressNotes },
        });
      });
    },
  };
}

export type PlansRepository = ReturnType<typeof createPlansRepository>;

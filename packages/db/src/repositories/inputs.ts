import { sql, type Kysely, type Selectable } from "kysely";
import { DbError } from "../errors";
import type { Database, InputValuesTable } from "../schema";
import { requireOpenAssessment, requireOpenAssessments } from "./assessments";
import { appendAudit } from "./audit-entry";
import { compareCodes, isUuid, json } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

export type InputValueData = number | boolean | string | null;

/** A value with its provenance: who set it, when, from what source. A cleared value is null. */
export interface InputValue {
  assessmentId: string;
  inputId: string;
  value: InputValueData;
  version: number;
  source: string | null;
  comment: string | null;
  updatedBy: string | null;
  updatedAt: Date;
  /** The period the value was carried forward from (null: entered for this assessment). */
  carriedFromPeriod: number | null;
  /** A carried value not yet confirmed: shown "from 2022, to confirm". */
  carriedPending: boolean;
}

export interface SetInputValue {
  assessmentId: string;
  inputId: string;
  value: InputValueData;
  /** The version the edit was based on; null when the value must not exist yet. */
  expectedVersion: number | null;
  source?: string | null;
  comment?: string | null;
  /**
   * Carry-forward: the value comes from this earlier period and waits for confirmation. Any other
   * write (omitted or null) makes the value the writer's own and clears the mark.
   */
  carriedFromPeriod?: number | null;
}

export interface InputConflict {
  assessmentId: string;
  inputId: string;
  expectedVersion: number | null;
  /** What is stored now (null: nothing). */
  current: { value: InputValueData; version: number; updatedBy: string | null; updatedAt: Date } | null;
}

function toInputValue(row: Selectable<InputValuesTable>): InputValue {
  return {
    assessmentId: row.assessment_id,
    inputId: row.input_id,
    value: row.value,
    version: row.version,
    source: row.source,
    comment: row.comment,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    carriedFromPeriod: row.carried_from_period,
    carriedPending: row.carried_pending,
  };
}

function checkValue(item: SetInputValue): void {
  if (typeof item.inputId !== "string" || item.inputId.length === 0)
    throw new DbError("INVALID_INPUT", "inputId must be a non-empty string", { field: "inputId" });
  const v = item.value;
  const ok = v === null || typeof v === "boolean" || typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  if (!ok)
    throw new DbError("INVALID_INPUT", `value of input ${item.inputId} must be a finite number, a boolean, a string or null`, {
      field: "value",
      inputId: item.inputId,
    });
  if (typeof v === "string" && v.includes("\u0000"))
    throw new DbError("INVALID_INPUT", `value of input ${item.inputId} must not contain a NUL character`, {
      field: "value",
      inputId: item.inputId,
    });
  if (item.carriedFromPeriod != null && !Number.isInteger(item.carriedFromPeriod))
    throw new DbError("INVALID_INPUT", `carriedFromPeriod of input ${item.inputId} must be a year (an integer) or null`, {
      field: "carriedFromPeriod",
      inputId: item.inputId,
    });
  if (item.expectedVersion !== null && !Number.isInteger(item.expectedVersion))
    throw new DbError("INVALID_INPUT", `expectedVersion of input ${item.inputId} must be an integer or null`, {
      field: "expectedVersion",
      inputId: item.inputId,
    });
}

/**
 * One optimistic write. The stored row is locked before it is compared, so what the audit records
 * as "before" is exactly what was overwritten; the UPDATE … WHERE version = expected stays the guard.
 * Returns the new value, or the conflict (nothing written).
 */
async function writeOne(trx: Trx, item: SetInputValue, actor: Actor, action: string): Promise<InputValue | InputConflict> {
  const current = await trx
    .selectFrom("input_values")
    .selectAll()
    .where("assessment_id", "=", item.assessmentId)
    .where("input_id", "=", item.inputId)
    .forUpdate()
    .executeTakeFirst();
  const conflict = (row: Selectable<InputValuesTable> | undefined): InputConflict => ({
    assessmentId: item.assessmentId,
    inputId: item.inputId,
    expectedVersion: item.expectedVersion,
    current: row ? { value: row.value, version: row.version, updatedBy: row.updated_by, updatedAt: row.updated_at } : null,
  });
  let written: Selectable<InputValuesTable> | undefined;
  const carried = { carried_from_period: item.carriedFromPeriod ?? null, carried_pending: item.carriedFromPeriod != null };
  if (item.expectedVersion === null) {
    if (current) return conflict(current);
    written = await trx
      .insertInto("input_values")
      .values({
        assessment_id: item.assessmentId,
        input_id: item.inputId,
        value: json(item.value),
        source: item.source ?? null,
        comment: item.comment ?? null,
        updated_by: actor.userId,
        ...carried,
      })
      .onConflict((oc) => oc.columns(["assessment_id", "input_id"]).doNothing())
      .returningAll()
      .executeTakeFirst();
  } else {
    if (!current || current.version !== item.expectedVersion) return conflict(current);
    written = await trx
      .updateTable("input_values")
      .set({
        value: json(item.value),
        version: sql<number>`version + 1`,
        // Provenance describes the value now stored: omitted means "keep", null means "none".
        source: item.source === undefined ? sql<string | null>`source` : item.source,
        comment: item.comment === undefined ? sql<string | null>`comment` : item.comment,
        ...carried,
        updated_by: actor.userId,
        updated_at: sql<Date>`now()`,
      })
      .where("assessment_id", "=", item.assessmentId)
      .where("input_id", "=", item.inputId)
      .where("version", "=", item.expectedVersion)
      .returningAll()
      .executeTakeFirst();
  }
  if (!written) {
    const now = await trx
      .selectFrom("input_values")
      .selectAll()
      .where("assessment_id", "=", item.assessmentId)
      .where("input_id", "=", item.inputId)
      .executeTakeFirst();
    return conflict(now);
  }
  await appendAudit(trx, actor, {
    action,
    entity: "input_value",
    entityId: `${item.assessmentId}:${item.inputId}`,
    before: current ? { value: current.value, version: current.version, source: current.source, comment: current.comment } : null,
    after: {
      value: written.value,
      version: written.version,
      source: written.source,
      comment: written.comment,
      ...(written.carried_pending ? { carriedFromPeriod: written.carried_from_period } : {}),
    },
  });
  return toInputValue(written);
}

/** Rows written per statement by setMany: a fixed number of array parameters whatever the size. */
const WRITE_BATCH = 5000;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (assessmentId: string, inputId: string) => `${assessmentId}\u0000${inputId}`;

/** A stored row as the batch reads it: [assessment_id, input_id, value, version, source, comment, updated_by, updated_at]. */
type Locked = [string, string, InputValueData, number, string | null, string | null, string | null, string];

/**
 * writeOne for a batch of values in a few statements, with the same rules and the same audit: the
 * stored rows are locked (in the batch's order) and compared; new values are inserted in one
 * statement and changed ones updated in one, each guarded as in writeOne (ON CONFLICT DO NOTHING,
 * WHERE version = expected); one audit entry per value written, appended in one statement. Rows
 * travel as one JSON text per statement, not row by row: the embedded database's row-by-row
 * results cost about 50 µs a row, more than the writes. With `write` false (a conflict was already
 * found: the transaction will be rolled back) it only finds the conflicts.
 */
async function writeBatch(
  trx: Trx,
  batch: readonly SetInputValue[],
  actor: Actor,
  action: string,
  write: boolean,
): Promise<{ written: InputValue[]; conflicts: InputConflict[] }> {
  const ids = (items: readonly SetInputValue[]) => ({
    assessments: items.map((i) => i.assessmentId),
    inputs: items.map((i) => i.inputId),
  });
  const keys = ids(batch);
  const locked = await sql<{ rows: string; now: Date }>`
    with locked as (
      select v.* from input_values v
      join unnest(${keys.assessments}::uuid[], ${keys.inputs}::text[]) as k(assessment_id, input_id)
        on v.assessment_id = k.assessment_id and v.input_id = k.input_id
      order by v.assessment_id, v.input_id collate "C"
      for update of v
    )
    select now() as now, coalesce(json_agg(json_build_array(assessment_id, input_id, value, version, source, comment, updated_by, updated_at)), '[]')::text as rows
    from locked`.execute(trx);
  const { now } = locked.rows[0]!;
  const current = new Map((JSON.parse(locked.rows[0]!.rows) as Locked[]).map((r) => [keyOf(r[0], r[1]), r]));
  const conflict = (item: SetInputValue, row: Locked | undefined): InputConflict => ({
    assessmentId: item.assessmentId,
    inputId: item.inputId,
    expectedVersion: item.expectedVersion,
    current: row ? { value: row[2], version: row[3], updatedBy: row[6], updatedAt: new Date(row[7]) } : null,
  });
  const conflicts: InputConflict[] = [];
  const inserts: SetInputValue[] = [];
  const updates: SetInputValue[] = [];
  for (const item of batch) {
    const row = current.get(keyOf(item.assessmentId, item.inputId));
    if (item.expectedVersion === null) {
      if (row) conflicts.push(conflict(item, row));
      else inserts.push(item);
    } else if (!row || row[3] !== item.expectedVersion) conflicts.push(conflict(item, row));
    else updates.push(item);
  }
  if (!write || conflicts.length > 0) return { written: [], conflicts };

  const done = new Set<string>();
  const record = (text: string) => {
    for (const [a, i] of JSON.parse(text) as [string, string][]) done.add(keyOf(a, i));
  };
  if (inserts.length > 0) {
    const k = ids(inserts);
    const inserted = await sql<{ keys: string }>`
      with written as (
        insert into input_values (assessment_id, input_id, value, source, comment, updated_by, carried_from_period, carried_pending)
        select k.assessment_id, k.input_id, k.value::jsonb, k.source, k.comment, ${actor.userId}::uuid, k.carried, k.carried is not null
        from unnest(
          ${k.assessments}::uuid[], ${k.inputs}::text[], ${inserts.map((i) => json(i.value))}::text[],
          ${inserts.map((i) => i.source ?? null)}::text[], ${inserts.map((i) => i.comment ?? null)}::text[],
          ${inserts.map((i) => i.carriedFromPeriod ?? null)}::int[]
        ) as k(assessment_id, input_id, value, source, comment, carried)
        on conflict (assessment_id, input_id) do nothing
        returning assessment_id, input_id
      )
      select coalesce(json_agg(json_build_array(assessment_id, input_id)), '[]')::text as keys from written`.execute(trx);
    record(inserted.rows[0]!.keys);
  }
  if (updates.length > 0) {
    const k = ids(updates);
    // Provenance describes the value now stored: omitted means "keep", null means "none".
    const updated = await sql<{ keys: string }>`
      with written as (
        update input_values v set
          value = k.value::jsonb,
          version = v.version + 1,
          source = case when k.keep_source then v.source else k.source end,
          comment = case when k.keep_comment then v.comment else k.comment end,
          carried_from_period = k.carried,
          carried_pending = k.carried is not null,
          updated_by = ${actor.userId}::uuid,
          updated_at = now()
        from unnest(
          ${k.assessments}::uuid[], ${k.inputs}::text[], ${updates.map((i) => json(i.value))}::text[],
          ${updates.map((i) => i.expectedVersion)}::int[],
          ${updates.map((i) => i.source ?? null)}::text[], ${updates.map((i) => i.source === undefined)}::boolean[],
          ${updates.map((i) => i.comment ?? null)}::text[], ${updates.map((i) => i.comment === undefined)}::boolean[],
          ${updates.map((i) => i.carriedFromPeriod ?? null)}::int[]
        ) as k(assessment_id, input_id, value, expected, source, keep_source, comment, keep_comment, carried)
        where v.assessment_id = k.assessment_id and v.input_id = k.input_id and v.version = k.expected
        returning v.assessment_id, v.input_id
      )
      select coalesce(json_agg(json_build_array(assessment_id, input_id)), '[]')::text as keys from written`.execute(trx);
    record(updated.rows[0]!.keys);
  }
  // Inserted by someone else since the lock (there was no row to lock): a conflict, as in writeOne.
  const lost = [...inserts, ...updates].filter((i) => !done.has(keyOf(i.assessmentId, i.inputId)));
  if (lost.length > 0) {
    const k = ids(lost);
    const stored = await trx
      .selectFrom("input_values")
      .selectAll()
      .where(sql<boolean>`(assessment_id, input_id) in (select * from unnest(${k.assessments}::uuid[], ${k.inputs}::text[]))`)
      .execute();
    const byKey = new Map(
      stored.map((r): [string, Locked] => [
        keyOf(r.assessment_id, r.input_id),
        [r.assessment_id, r.input_id, r.value, r.version, r.source, r.comment, r.updated_by, r.updated_at.toISOString()],
      ]),
    );
    return { written: [], conflicts: lost.map((i) => conflict(i, byKey.get(keyOf(i.assessmentId, i.inputId)))) };
  }
  // What was written, as writeOne reads it back: the value as stored (JSON), provenance kept or set.
  const written: InputValue[] = batch.map((item) => {
    const before = current.get(keyOf(item.assessmentId, item.inputId));
    return {
      assessmentId: item.assessmentId,
      inputId: item.inputId,
      value: JSON.parse(json(item.value)) as InputValueData,
      version: before ? before[3] + 1 : 1,
      source: item.source === undefined ? (before?.[4] ?? null) : item.source,
      comment: item.comment === undefined ? (before?.[5] ?? null) : item.comment,
      updatedBy: actor.userId,
      updatedAt: now,
      carriedFromPeriod: item.carriedFromPeriod ?? null,
      carriedPending: item.carriedFromPeriod != null,
    };
  });
  // One audit entry per value, in the batch's order, as writeOne appends them.
  await sql`
    insert into audit_log (actor_id, action, entity, entity_id, before, after)
    select ${actor.userId}::uuid, ${action}::text, 'input_value', k.entity_id, k.before::jsonb, k.after::jsonb
    from unnest(
      ${written.map((w) => `${w.assessmentId}:${w.inputId}`)}::text[],
      ${written.map((w) => {
        const before = current.get(keyOf(w.assessmentId, w.inputId));
        return before ? json({ value: before[2], version: before[3], source: before[4], comment: before[5] }) : null;
      })}::text[],
      ${written.map((w) =>
        json({
          value: w.value,
          version: w.version,
          source: w.source,
          comment: w.comment,
          ...(w.carriedPending ? { carriedFromPeriod: w.carriedFromPeriod } : {}),
        }),
      )}::text[]
    ) with ordinality as k(entity_id, before, after, n)
    order by k.n`.execute(trx);
  return { written, conflicts: [] };
}

function isConflict(result: InputValue | InputConflict): result is InputConflict {
  return "current" in result;
}

function conflictError(c: InputConflict): DbError {
  const now = c.current ? `version ${c.current.version}` : "no value";
  const based = c.expectedVersion === null ? "no value" : `version ${c.expectedVersion}`;
  return new DbError("VERSION_CONFLICT", `input ${c.inputId} of assessment ${c.assessmentId} has ${now}, the edit was based on ${based}`, {
    ...c,
  });
}

export function createInputsRepository(db: Kysely<Database>) {
  return {
    /**
     * Sets one value if it is still at `expectedVersion` (null: must not exist yet). A stale edit is
     * VERSION_CONFLICT with the current value, version, updater and time; nothing is overwritten.
     * Refused (ASSESSMENT_LOCKED) while the assessment is submitted or locked.
     */
    async set(item: SetInputValue, actor: Actor, trx?: Trx): Promise<InputValue> {
      checkValue(item);
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessment(trx, item.assessmentId);
        const result = await writeOne(trx, item, actor, "input.set");
        if (isConflict(result)) throw conflictError(result);
        return result;
      });
    },

    /**
     * Sets many values all-or-nothing in one transaction (imports). Every conflict is reported at
     * once (details.conflicts); then nothing is written.
     */
    async setMany(items: readonly SetInputValue[], actor: Actor, trx?: Trx): Promise<InputValue[]> {
      items.forEach(checkValue);
      const keys = new Set<string>();
      for (const item of items) {
        const key = `${item.assessmentId}:${item.inputId}`;
        if (keys.has(key))
          throw new DbError("INVALID_INPUT", `input ${item.inputId} of assessment ${item.assessmentId} is given twice`, {
            field: "inputId",
            inputId: item.inputId,
          });
        keys.add(key);
      }
      // One lock order for every writer, so two concurrent imports cannot deadlock: assessment, then
      // input id, compared by code unit in JavaScript and `collate "C"` in SQL (the same order), the
      // values written batch by batch in that order.
      const ordered = [...items].sort((a, b) => byCodeUnit(a.assessmentId, b.assessmentId) || byCodeUnit(a.inputId, b.inputId));
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessments(trx, [...new Set(ordered.map((i) => i.assessmentId))]);
        const written: InputValue[] = [];
        const conflicts: InputConflict[] = [];
        for (let from = 0; from < ordered.length; from += WRITE_BATCH) {
          const batch = ordered.slice(from, from + WRITE_BATCH);
          const result = await writeBatch(trx, batch, actor, "input.set", conflicts.length === 0);
          written.push(...result.written);
          conflicts.push(...result.conflicts);
        }
        if (conflicts.length === 1) throw conflictError(conflicts[0]!);
        if (conflicts.length > 1)
          throw new DbError(
            "VERSION_CONFLICT",
            `${conflicts.length} inputs changed since the edit was based on them (${conflicts.map((c) => c.inputId).join(", ")}); nothing was written`,
            { conflicts },
          );
        // As before batching: by assessment, then inputs as the methodology numbers them.
        return written.sort((a, b) => a.assessmentId.localeCompare(b.assessmentId) || compareCodes(a.inputId, b.inputId));
      });
    },

    /**
     * Clears a value: it becomes null with a new version (the row and its history stay, so an old
     * version can never match again). Same rules as set.
     */
    async clear(
      item: { assessmentId: string; inputId: string; expectedVersion: number; comment?: string | null },
      actor: Actor,
      trx?: Trx,
    ): Promise<InputValue> {
      const full: SetInputValue = { ...item, value: null };
      checkValue(full);
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessment(trx, item.assessmentId);
        const result = await writeOne(trx, full, actor, "input.clear");
        if (isConflict(result)) throw conflictError(result);
        return result;
      });
    },

    /**
     * Confirms carried values: each named value still waiting for confirmation loses its "to
     * confirm" mark (its value and version stay; it keeps the period it came from). Values already
     * confirmed or changed since are left alone. Refused (ASSESSMENT_LOCKED) unless the assessment
     * is open. Returns the values confirmed now.
     */
    async confirmCarried(input: { assessmentId: string; inputIds: readonly string[] }, actor: Actor, trx?: Trx): Promise<InputValue[]> {
      if (input.inputIds.length === 0) return [];
      return inTransaction(db, trx, async (trx) => {
        await requireOpenAssessment(trx, input.assessmentId);
        const rows = await trx
          .updateTable("input_values")
          .set({ carried_pending: false })
          .where("assessment_id", "=", input.assessmentId)
          .where("input_id", "in", [...input.inputIds])
          .where("carried_pending", "=", true)
          .returningAll()
          .execute();
        const confirmed = rows.map(toInputValue).sort((a, b) => compareCodes(a.inputId, b.inputId));
        for (const v of confirmed)
          await appendAudit(trx, actor, {
            action: "input.confirm",
            entity: "input_value",
            entityId: `${v.assessmentId}:${v.inputId}`,
            before: { value: v.value, version: v.version, carriedFromPeriod: v.carriedFromPeriod, pending: true },
            after: { value: v.value, version: v.version, carriedFromPeriod: v.carriedFromPeriod, pending: false },
          });
        return confirmed;
      });
    },

    /** Every stored value of an assessment with its provenance, in input order ("1.1.a" before "1.10.a"). */
    async list(assessmentId: string, trx?: Trx): Promise<InputValue[]> {
      if (!isUuid(assessmentId)) return [];
      return reading(async () => {
        const rows = await (trx ?? db).selectFrom("input_values").selectAll().where("assessment_id", "=", assessmentId).execute();
        return rows.map(toInputValue).sort((a, b) => compareCodes(a.inputId, b.inputId));
      }, trx);
    },

    /**
     * Every stored value of an assessment, locked (SELECT … FOR UPDATE) until the caller's
     * transaction ends: a bulk import compares against values no one else can change meanwhile.
     */
    async listForUpdate(assessmentId: string, trx: Trx): Promise<InputValue[]> {
      if (!isUuid(assessmentId)) return [];
      return reading(async () => {
        const rows = await trx.selectFrom("input_values").selectAll().where("assessment_id", "=", assessmentId).forUpdate().execute();
        return rows.map(toInputValue).sort((a, b) => compareCodes(a.inputId, b.inputId));
      });
    },
  };
}

export type InputsRepository = ReturnType<typeof createInputsRepository>;

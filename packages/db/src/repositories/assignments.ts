import { sql, type Kysely, type Selectable } from "kysely";
import { DbError } from "../errors";
import type { AssignmentsTable, Database } from "../schema";
import { appendAudit } from "./audit-entry";
import { compareCodes, isUuid, json } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

/** Which agency leads an indicator in a province, and which cooperate. */
export interface Assignment {
  unitId: string;
  packRowId: string;
  indicatorCode: string;
  leadAgency: string | null;
  cooperatingAgencies: string[];
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
}

export interface PackIndicatorAgencies {
  code: string;
  leadAgency: string | null;
  cooperatingAgencies: readonly string[];
}

export interface UpdateAssignmentInput {
  unitId: string;
  packRowId: string;
  indicatorCode: string;
  leadAgency: string | null;
  cooperatingAgencies: readonly string[];
  expectedVersion: number;
}

function toAssignment(row: Selectable<AssignmentsTable>): Assignment {
  return {
    unitId: row.unit_id,
    packRowId: row.pack_row_id,
    indicatorCode: row.indicator_code,
    leadAgency: row.lead_agency,
    cooperatingAgencies: row.cooperating_agencies,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function checkAgencies(lead: string | null, cooperating: readonly string[], code: string): string[] {
  if (lead !== null && (typeof lead !== "string" || lead.trim() === ""))
    throw new DbError("INVALID_INPUT", `lead agency of indicator ${code} must be a name or null`, {
      field: "leadAgency",
      indicatorCode: code,
    });
  if (!Array.isArray(cooperating) || cooperating.some((a) => typeof a !== "string" || a.trim() === ""))
    throw new DbError("INVALID_INPUT", `cooperating agencies of indicator ${code} must be names`, {
      field: "cooperatingAgencies",
      indicatorCode: code,
    });
  return [...new Set(cooperating)];
}

export function createAssignmentsRepository(db: Kysely<Database>) {
  const entityId = (unitId: string, packRowId: string, code?: string) =>
    code === undefined ? `${unitId}:${packRowId}` : `${unitId}:${packRowId}:${code}`;

  return {
    /**
     * Gives a province the pack's lead and cooperating agencies for every indicator it does not
     * have yet. Idempotent: existing assignments (possibly edited) are kept; returns how many were added.
     */
    async initialiseFromPack(
      input: { unitId: string; packRowId: string; indicators: readonly PackIndicatorAgencies[] },
      actor: Actor,
      trx?: Trx,
    ): Promise<{ created: number }> {
      const rows = input.indicators.map((i) => ({
        unit_id: input.unitId,
        pack_row_id: input.packRowId,
        indicator_code: i.code,
        lead_agency: i.leadAgency,
        cooperating_agencies: json(checkAgencies(i.leadAgency, i.cooperatingAgencies, i.code)),
        updated_by: actor.userId,
      }));
      if (rows.length === 0) return { created: 0 };
      return inTransaction(db, trx, async (trx) => {
        const inserted = await trx
          .insertInto("assignments")
          .values(rows)
          .onConflict((oc) => oc.columns(["unit_id", "pack_row_id", "indicator_code"]).doNothing())
          .returning("indicator_code")
          .execute();
        if (inserted.length > 0)
          await appendAudit(trx, actor, {
            action: "assignments.initialise",
            entity: "assignments",
            entityId: entityId(input.unitId, input.packRowId),
            after: { indicators: inserted.map((r) => r.indicator_code).sort(compareCodes) },
          });
        return { created: inserted.length };
      });
    },

    /** In indicator order ("1.2" before "1.10"). */
    async list(unitId: string, packRowId: string): Promise<Assignment[]> {
      if (!isUuid(packRowId)) return [];
      return reading(async () => {
        const rows = await db
          .selectFrom("assignments")
          .selectAll()
          .where("unit_id", "=", unitId)
          .where("pack_row_id", "=", packRowId)
          .execute();
        return rows.map(toAssignment).sort((a, b) => compareCodes(a.indicatorCode, b.indicatorCode));
      });
    },

    /** Edits one province's assignment if it is still at `expectedVersion`. */
    async update(input: UpdateAssignmentInput, actor: Actor, trx?: Trx): Promise<Assignment> {
      const cooperating = checkAgencies(input.leadAgency, input.cooperatingAgencies, input.indicatorCode);
      return inTransaction(db, trx, async (trx) => {
        const current = isUuid(input.packRowId)
          ? await trx
              .selectFrom("assignments")
              .selectAll()
              .where("unit_id", "=", input.unitId)
              .where("pack_row_id", "=", input.packRowId)
              .where("indicator_code", "=", input.indicatorCode)
              .forUpdate()
              .executeTakeFirst()
          : undefined;
        if (!current)
          throw new DbError(
            "NOT_FOUND",
            `indicator ${input.indicatorCode} has no assignment in unit ${input.unitId} for pack ${input.packRowId}`,
            {
              entity: "assignment",
              id: entityId(input.unitId, input.packRowId, input.indicatorCode),
            },
          );
        if (current.version !== input.expectedVersion)
          throw new DbError(
            "VERSION_CONFLICT",
            `assignment of indicator ${input.indicatorCode} is at version ${current.version}, not ${input.expectedVersion}`,
            {
              entity: "assignment",
              expectedVersion: input.expectedVersion,
              current: toAssignment(current),
            },
          );
        const row = await trx
          .updateTable("assignments")
          .set({
            lead_agency: input.leadAgency,
            cooperating_agencies: json(cooperating),
            version: sql<number>`version + 1`,
            updated_by: actor.userId,
            updated_at: sql<Date>`now()`,
          })
          .where("unit_id", "=", input.unitId)
          .where("pack_row_id", "=", input.packRowId)
          .where("indicator_code", "=", input.indicatorCode)
          .where("version", "=", input.expectedVersion)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, actor, {
          action: "assignment.update",
          entity: "assignment",
          entityId: entityId(input.unitId, input.packRowId, input.indicatorCode),
          before: { leadAgency: current.lead_agency, cooperatingAgencies: current.cooperating_agencies, version: current.version },
          after: { leadAgency: row.lead_agency, cooperatingAgencies: row.cooperating_agencies, version: row.version },
        });
        return toAssignment(row);
      });
    },

    /** The indicators an agency leads or cooperates on in a province: what its contributors may edit. */
    async indicatorsOfAgency(
      unitId: string,
      packRowId: string,
      agency: string,
    ): Promise<{ indicatorCode: string; role: "lead" | "cooperating" }[]> {
      if (!isUuid(packRowId)) return [];
      return reading(async () => {
        const rows = await db
          .selectFrom("assignments")
          .select(["indicator_code", "lead_agency"])
          .where("unit_id", "=", unitId)
          .where("pack_row_id", "=", packRowId)
          .where((eb) => eb.or([eb("lead_agency", "=", agency), sql<boolean>`cooperating_agencies @> ${json([agency])}::jsonb`]))
          .execute();
        return rows
          .map((r) => ({ indicatorCode: r.indicator_code, role: r.lead_agency === agency ? ("lead" as const) : ("cooperating" as const) }))
          .sort((a, b) => compareCodes(a.indicatorCode, b.indicatorCode));
      });
    },
  };
}

export type AssignmentsRepository = ReturnType<typeof createAssignmentsRepository>;

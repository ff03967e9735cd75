import { sql, type Kysely } from "kysely";
import { DbError } from "../errors";
import type { Database } from "../schema";
import { appendAudit } from "./audit-entry";
import { assertIsoDate, dateText, nullableDateText } from "./sql-values";
import { inTransaction, reading, type Actor, type Trx } from "./transaction";

/** A unit as stored: the fields of `@dti/units`' Unit that the platform needs. */
export interface StoredUnit {
  id: string;
  code: string;
  name: string;
  shortName: string;
  region: string;
  /** First valid day, ISO date. */
  validFrom: string;
  /** Last valid day, ISO date; null while current. */
  validTo: string | null;
}

export interface UnitInput {
  id: string;
  code: string;
  name: string;
  shortName: string;
  region: string;
  validFrom: string;
  validTo?: string | null;
}

export interface LineageLink {
  fromUnitId: string;
  toUnitId: string;
  /** The day the change took effect. */
  effective: string;
  /** "unchanged" or "merged" (as `@dti/units` names them). */
  relation: string;
}

const UNIT_COLUMNS = [
  "id",
  "code",
  "name",
  "short_name",
  "region",
  dateText("valid_from").as("valid_from"),
  nullableDateText("valid_to").as("valid_to"),
] as const;

function toUnit(row: {
  id: string;
  code: string;
  name: string;
  short_name: string;
  region: string;
  valid_from: string;
  valid_to: string | null;
}): StoredUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    region: row.region,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export function createUnitsRepository(db: Kysely<Database>) {
  /**
   * Names by unit id, kept by this process: units are seeded when a process starts and a unit
   * keeps its name under its id (an administrative change makes new units), so a name read once
   * stays right; seeding through this repository forgets them all. Unknown ids are not kept.
   */
  const names = new Map<string, string>();
  async function namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const missing = [...new Set(ids)].filter((id) => !names.has(id));
    if (missing.length > 0) {
      // One array parameter, not one parameter per id: a cohort of communes has 3,321.
      const rows = await reading(() =>
        db
          .selectFrom("units")
          .select(["id", "name"])
          .where(sql<boolean>`id = any(${missing}::text[])`)
          .execute(),
      );
      for (const row of rows) names.set(row.id, row.name);
    }
    const found = new Map<string, string>();
    for (const id of ids) {
      const name = names.get(id);
      if (name !== undefined) found.set(id, name);
    }
    return found;
  }

  return {
    /** Names of many units (kept by this process once read); unknown ids are left out. */
    namesOf,

    /** The unit's name (kept by this process once read), or null when no unit has this id. */
    async nameOf(id: string): Promise<string | null> {
      return (await namesOf([id])).get(id) ?? null;
    },

    /**
     * Upserts units and lineage links. Idempotent: rows already as given are not touched, and
     * one audit row ("units.seed", with counts) is written only when something changed.
     */
    async seed(
      units: readonly UnitInput[],
      lineage: readonly LineageLink[],
      actor: Actor,
      trx?: Trx,
    ): Promise<{ unitsChanged: number; lineageChanged: number }> {
      names.clear();
      for (const u of units) {
        assertIsoDate(u.validFrom, `validFrom of unit ${u.id}`);
        if (u.validTo) assertIsoDate(u.validTo, `validTo of unit ${u.id}`);
      }
      for (const l of lineage) assertIsoDate(l.effective, `effective of lineage ${l.fromUnitId} → ${l.toUnitId}`);
      return inTransaction(db, trx, async (trx) => {
        let unitsChanged = 0;
        let lineageChanged = 0;
        if (units.length > 0) {
          const rows = await trx
            .insertInto("units")
            .values(
              units.map((u) => ({
                id: u.id,
                code: u.code,
                name: u.name,
                short_name: u.shortName,
                region: u.region,
                valid_from: u.validFrom,
                valid_to: u.validTo ?? null,
              })),
            )
            .onConflict((oc) =>
              oc
                .column("id")
                .doUpdateSet((eb) => ({
                  code: eb.ref("excluded.code"),
                  name: eb.ref("excluded.name"),
                  short_name: eb.ref("excluded.short_name"),
                  region: eb.ref("excluded.region"),
                  valid_from: eb.ref("excluded.valid_from"),
                  valid_to: eb.ref("excluded.valid_to"),
                }))
                .where(
                  sql<boolean>`(units.code, units.name, units.short_name, units.region, units.valid_from, units.valid_to) is distinct from (excluded.code, excluded.name, excluded.short_name, excluded.region, excluded.valid_from, excluded.valid_to)`,
                ),
            )
            .returning("id")
            .execute();
          unitsChanged = rows.length;
        }
        if (lineage.length > 0) {
          const rows = await trx
            .insertInto("unit_lineage")
            .values(
              lineage.map((l) => ({ from_unit_id: l.fromUnitId, to_unit_id: l.toUnitId, effective: l.effective, relation: l.relation })),
            )
            .onConflict((oc) =>
              oc
                .columns(["from_unit_id", "to_unit_id"])
                .doUpdateSet((eb) => ({ effective: eb.ref("excluded.effective"), relation: eb.ref("excluded.relation") }))
                .where(
                  sql<boolean>`(unit_lineage.effective, unit_lineage.relation) is distinct from (excluded.effective, excluded.relation)`,
                ),
            )
            .returning("from_unit_id")
            .execute();
          lineageChanged = rows.length;
        }
        if (unitsChanged + lineageChanged > 0)
          await appendAudit(trx, actor, {
            action: "units.seed",
            entity: "units",
            entityId: "registry",
            after: { unitsChanged, lineageChanged },
          });
        return { unitsChanged, lineageChanged };
      });
    },

    /** Units in code order; with `at`, only those valid on that day. */
    async list(filter: { at?: string } = {}): Promise<StoredUnit[]> {
      if (filter.at !== undefined) assertIsoDate(filter.at, "at");
      return reading(async () => {
        let query = db.selectFrom("units").select(UNIT_COLUMNS);
        if (filter.at !== undefined) {
          const at = filter.at;
          query = query
            .where(sql<boolean>`valid_from <= ${at}::date`)
            .where((eb) => eb.or([eb("valid_to", "is", null), sql<boolean>`valid_to >= ${at}::date`]));
        }
        const rows = await query.orderBy("code").orderBy("valid_from").execute();
        return rows.map(toUnit);
      });
    },

    async get(id: string): Promise<StoredUnit> {
      return reading(async () => {
        const row = await db.selectFrom("units").select(UNIT_COLUMNS).where("id", "=", id).executeTakeFirst();
        if (!row) throw new DbError("NOT_FOUND", `unit ${id} not found`, { entity: "unit", id });
        return toUnit(row);
      });
    },

    /** The units with these ids, in code order (unknown ids are left out): names for lists and rankings. */
    async byIds(ids: readonly string[]): Promise<StoredUnit[]> {
      const wanted = [...new Set(ids)];
      if (wanted.length === 0) return [];
      return reading(async () => {
        const rows = await db.selectFrom("units").select(UNIT_COLUMNS).where("id", "in", wanted).orderBy("code").execute();
        return rows.map(toUnit);
      });
    },

    /** Lineage links, optionally only those into or out of one unit. */
    async lineage(filter: { unitId?: string } = {}): Promise<LineageLink[]> {
      return reading(async () => {
        let query = db.selectFrom("unit_lineage").select(["from_unit_id", "to_unit_id", dateText("effective").as("effective"), "relation"]);
        if (filter.unitId) {
          const id = filter.unitId;
          query = query.where((eb) => eb.or([eb("from_unit_id", "=", id), eb("to_unit_id", "=", id)]));
        }
        const rows = await query.orderBy("to_unit_id").orderBy("from_unit_id").execute();
        return rows.map((r) => ({ fromUnitId: r.from_unit_id, toUnitId: r.to_unit_id, effective: r.effective, relation: r.relation }));
      });
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;

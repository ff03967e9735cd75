import { ALL_UNITS, LINEAGE } from "@dti/units";
import type { LineageLink, UnitInput, UnitsRepository } from "./units";
import { SYSTEM_ACTOR, type Actor, type Trx } from "./transaction";

/** The registry of `@dti/units` as rows: every unit, and one lineage link per predecessor. */
export function registryUnits(): { units: UnitInput[]; lineage: LineageLink[] } {
  const units = ALL_UNITS.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    region: u.region,
    validFrom: u.validFrom,
    validTo: u.validTo ?? null,
  }));
  const lineage = LINEAGE.flatMap((record) =>
    record.predecessorIds.map((from) => ({ fromUnitId: from, toUnitId: record.unitId, effective: record.date, relation: record.kind })),
  );
  return { units, lineage };
}

/** Seeds (or refreshes) the units and their lineage from `@dti/units`; safe on every start. */
export async function seedUnitsFromRegistry(repos: { units: UnitsRepository }, actor: Actor = SYSTEM_ACTOR, trx?: Trx) {
  const { units, lineage } = registryUnits();
  return repos.units.seed(units, lineage, actor, trx);
}

import { LINEAGE_2025 } from "./data/lineage-2025";
import { REGIONS } from "./data/regions";
import { COHORT_63_FROM, UNITS_63 } from "./data/units-63";
import { UNITS_34 } from "./data/units-34";
import { assertDate, within } from "./dates";
import { UnitsError } from "./errors";
import type { LineageRecord, Region, RegionId, Unit } from "./types";

/** Every unit the registry knows, oldest cohort first, each cohort in code order. */
export const ALL_UNITS: readonly Unit[] = Object.freeze([...UNITS_63, ...UNITS_34]);
export const LINEAGE: readonly LineageRecord[] = LINEAGE_2025;

const BY_ID = new Map(ALL_UNITS.map((u) => [u.id, u]));
const LINEAGE_BY_UNIT = new Map(LINEAGE.map((l) => [l.unitId, l]));
const SUCCESSOR_RECORD = new Map(LINEAGE.flatMap((l) => l.predecessorIds.map((p) => [p, l] as const)));

/** The first day the registry describes; asking about earlier days is an error, not an empty answer. */
export const REGISTRY_FROM = COHORT_63_FROM;

function checkedDate(date: string, what = "date"): string {
  assertDate(date, what);
  if (date < REGISTRY_FROM) {
    throw UnitsError.from({
      code: "DATE_OUT_OF_RANGE",
      input: date,
      message: `${what} ${date} is before ${REGISTRY_FROM}: the registry starts with the 63 units formed when Hà Tây merged into Hà Nội.`,
    });
  }
  return date;
}

export function isValidOn(unit: Unit, date: string): boolean {
  return within(date, unit.validFrom, unit.validTo);
}

/** Units valid on `date` (63 up to 2025-06-30, 34 from 2025-07-01), in code order; optionally one region's. */
export function unitsAt(date: string, options: { region?: RegionId } = {}): Unit[] {
  checkedDate(date);
  return ALL_UNITS.filter((u) => isValidOn(u, date) && (options.region === undefined || u.region === options.region));
}

/** The unit with this id, or a UNIT_UNKNOWN error. */
export function unitById(id: string): Unit {
  const unit = BY_ID.get(id);
  if (!unit) throw UnitsError.from({ code: "UNIT_UNKNOWN", input: id, message: `No unit has id "${id}".` });
  return unit;
}

export function hasUnitId(id: string): boolean {
  return BY_ID.has(id);
}

/** The lineage record that formed (or continued) this unit, if it was formed by a recorded change. */
export function lineageOf(unitId: string): LineageRecord | undefined {
  unitById(unitId);
  return LINEAGE_BY_UNIT.get(unitId);
}

/** The units this one was formed from (empty for the 63, whose own origins are not modelled). */
export function predecessorsOf(unitId: string): Unit[] {
  const record = lineageOf(unitId);
  return record ? record.predecessorIds.map(unitById) : [];
}

/**
 * The unit valid on `date` that holds this unit's territory: the unit itself while it is valid, the
 * unit it merged into after it ended. Undefined for a date before the unit began (or after the
 * registry's knowledge, which cannot happen while the newest cohort is open-ended).
 */
export function successorOf(unitId: string, date: string): Unit | undefined {
  checkedDate(date);
  let unit: Unit | undefined = unitById(unitId);
  while (unit) {
    if (date < unit.validFrom) return undefined;
    if (isValidOn(unit, date)) return unit;
    const record = SUCCESSOR_RECORD.get(unit.id);
    unit = record ? BY_ID.get(record.unitId) : undefined;
  }
  return undefined;
}

/** The six socio-economic regions, in the order of Nghị quyết 81/2023/QH15. */
export function regions(): readonly Region[] {
  return REGIONS;
}

/** The days on which the set of units changed (2025-07-01 today), ascending. */
export function changeDates(): string[] {
  return [...new Set(LINEAGE.map((l) => l.date))].sort();
}

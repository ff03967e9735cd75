/**
 * @dti/units — Vietnam's provincial administrative units over time, their lineage through the 2025
 * merger, their socio-economic regions, and the back-cast of results from old units to new ones.
 * Pure data and pure functions: nothing here reads files or the network.
 */
export type { LineageKind, LineageRecord, Region, RegionId, Rename, Source, Unit, UnitKind, Unverified } from "./types";
export { UNITS_ERROR_CODES, UnitsError, isUnitsError, type UnitsErrorCode, type UnitsProblem } from "./errors";
export { SOURCES, type SourceId } from "./data/sources";
export { COHORT_63_FROM, COHORT_63_TO } from "./data/units-63";
export { COHORT_34_FROM } from "./data/units-34";
export { DTI_2024_PUBLISHED, type PublishedDti, type PublishedValue } from "./data/published-dti-2024";
export {
  ALL_UNITS,
  LINEAGE,
  REGISTRY_FROM,
  changeDates,
  isValidOn,
  lineageOf,
  predecessorsOf,
  regions,
  successorOf,
  unitById,
  unitsAt,
} from "./registry";
export { findUnit, suggestNames, type FindOptions } from "./find-unit";
export { nameKey } from "./normalize";
export { PUBLISHED_DIGITS, competitionRanks, roundTo } from "./rank";
export type { BackcastRule } from "./combine";
export { backcastRowSchema, type BackcastRow } from "./rows";
export {
  DEFAULT_TARGET_DATE,
  backcast,
  checkBackcast,
  defaultFrom,
  type BackcastOptions,
  type BackcastOutcome,
  type BackcastResult,
  type BackcastSource,
  type BackcastUnit,
  type BackcastValues,
} from "./backcast";

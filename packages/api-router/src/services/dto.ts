import type { Assessment, Assignment, IndicatorState, InputValue, PackSummary, StoredUnit } from "@dti/db";

/**
 * Rows as the API answers them: dates as ISO strings (what JSON carries anyway, so the types say
 * the truth on the client), pack ids and names resolved.
 */
export const iso = (date: Date | string): string => (typeof date === "string" ? date : date.toISOString());

export function packDto(p: PackSummary) {
  return {
    id: p.id,
    packId: p.packId,
    version: p.version,
    hash: p.hash,
    title: p.titleVi,
    years: p.years,
    coverage: p.coverage,
    source: p.source,
    status: p.status,
    pinned: p.pinnedAt !== null,
    createdAt: iso(p.createdAt),
  };
}

/** Units of the demo mode are fictional provinces, never real ones. */
export const DEMO_REGION = "demo";

export function unitDto(u: StoredUnit) {
  return { ...u, isDemo: u.region === DEMO_REGION };
}

export function assessmentDto(a: Assessment, unitName: string, pack: Pick<PackSummary, "id" | "packId" | "version" | "hash">) {
  return {
    id: a.id,
    unitId: a.unitId,
    unitName,
    period: a.period,
    pack: { rowId: pack.id, id: pack.packId, version: pack.version, hash: pack.hash },
    status: a.status,
    version: a.version,
    isDemo: a.isDemo,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
  };
}

export function inputValueDto(v: InputValue) {
  return {
    inputId: v.inputId,
    value: v.value,
    version: v.version,
    source: v.source,
    comment: v.comment,
    updatedBy: v.updatedBy,
    updatedAt: iso(v.updatedAt),
    carriedFromPeriod: v.carriedFromPeriod,
    carriedPending: v.carriedPending,
  };
}

export function indicatorStateDto(s: IndicatorState) {
  return {
    indicatorCode: s.indicatorCode,
    status: s.status,
    reason: s.reason,
    version: s.version,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt ? iso(s.updatedAt) : null,
  };
}

export function assignmentDto(a: Assignment) {
  return {
    unitId: a.unitId,
    packRowId: a.packRowId,
    indicatorCode: a.indicatorCode,
    leadAgency: a.leadAgency,
    cooperatingAgencies: a.cooperatingAgencies,
    version: a.version,
  };
}

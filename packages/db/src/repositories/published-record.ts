import { json } from "./sql-values";

/**
 * What a published row says beyond its unit, value and rank, kept as the sources give it: whether it
 * is a province or a provincial average, the cohort it was ranked in, pillar ranks, the framework as
 * written, the name as written, a note and the source URLs. Optional on input (an admin's CSV has
 * none of them); always present on output.
 */
export interface PublishedRecordFields {
  /** province: one unit's result; average: the provincial average of a cohort (no unit, no rank). */
  kind: "province" | "average";
  /** The cohort as written: "63", "34", or "63?" when the source does not say. */
  cohort: string | null;
  /** The number of units ranked, when known ("63?" has none). */
  cohortSize: number | null;
  /** Each pillar's published rank, by pillar id (`cqs`, `kts`, `xhs`). */
  pillarRanks: Record<string, number>;
  /** The framework decision as the source writes it, e.g. "922/QĐ-BTTTT". */
  framework: string | null;
  /** The name as the source writes it, e.g. "TP. Hải Phòng (mới = Hải Phòng + Hải Dương)". */
  nameAsPublished: string | null;
  /** What the sources say about the row: disagreements, uncertainty, derivations. */
  note: string | null;
  /** Every source URL, in the order given. */
  sources: string[];
}

/** One unit's (or an average's) officially published result for a period under a pack. Values as published (0..1). */
export interface PublishedRowInput extends Partial<PublishedRecordFields> {
  /** Null only for a provincial average. */
  unitId: string | null;
  period: number;
  packId: string;
  /** Null when only the rank was published (or neither: a row kept for its note). */
  overall: number | null;
  rank: number | null;
  indices: Record<string, number>;
  pillars: Record<string, number>;
  source: string | null;
}

export interface PublishedResult extends Omit<PublishedRowInput, keyof PublishedRecordFields>, PublishedRecordFields {
  id: string;
  importId: string;
}

/** A row as a change names it. */
export interface PublishedRowSummary {
  key: string;
  unitId: string | null;
  kind: "province" | "average";
  cohort: string | null;
  nameAsPublished: string | null;
  overall: number | null;
  rank: number | null;
}

export interface PublishedFieldChange {
  /** `overall`, `rank`, `index:I`, `pillar:cqs`, `pillarRank:cqs`, `note`, `sources`, `cohort`, `framework`, `name`. */
  field: string;
  before: number | string | null;
  after: number | string | null;
}

/** What an import changed in a period's rows: rows added, removed, and changed with old → new values. */
export interface PublishedChanges {
  added: PublishedRowSummary[];
  removed: PublishedRowSummary[];
  changed: (PublishedRowSummary & { fields: PublishedFieldChange[] })[];
}

/** A row's identity within a period and pack: its unit, or the average of its cohort. */
export function publishedRowKey(row: Pick<PublishedRowInput, "unitId" | "kind" | "cohort">): string {
  return (row.kind ?? "province") === "average" ? `average:${row.cohort ?? ""}` : `unit:${row.unitId}`;
}

function summary(row: PublishedRowInput): PublishedRowSummary {
  return {
    key: publishedRowKey(row),
    unitId: row.unitId,
    kind: row.kind ?? "province",
    cohort: row.cohort ?? null,
    nameAsPublished: row.nameAsPublished ?? null,
    overall: row.overall,
    rank: row.rank,
  };
}

/** Every field of a row that a change can name, flattened. */
function flatten(row: PublishedRowInput): Map<string, number | string | null> {
  const out = new Map<string, number | string | null>([
    ["overall", row.overall],
    ["rank", row.rank],
    ["cohort", row.cohort ?? null],
    ["framework", row.framework ?? null],
    ["name", row.nameAsPublished ?? null],
    ["note", row.note ?? null],
    ["sources", row.sources && row.sources.length > 0 ? row.sources.join(" | ") : (row.source ?? null)],
  ]);
  for (const [code, v] of Object.entries(row.indices)) out.set(`index:${code}`, v);
  for (const [id, v] of Object.entries(row.pillars)) out.set(`pillar:${id}`, v);
  for (const [id, v] of Object.entries(row.pillarRanks ?? {})) out.set(`pillarRank:${id}`, v);
  return out;
}

/** What replacing `before` with `after` changes, row by row (rows matched by unit, averages by cohort). */
export function diffPublished(before: readonly PublishedRowInput[], after: readonly PublishedRowInput[]): PublishedChanges {
  const old = new Map(before.map((r) => [publishedRowKey(r), r]));
  const next = new Map(after.map((r) => [publishedRowKey(r), r]));
  const changes: PublishedChanges = { added: [], removed: [], changed: [] };
  for (const [key, row] of next) {
    const was = old.get(key);
    if (!was) {
      changes.added.push(summary(row));
      continue;
    }
    const a = flatten(was);
    const b = flatten(row);
    const fields: PublishedFieldChange[] = [];
    for (const field of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(field) ?? null;
      const y = b.get(field) ?? null;
      if (x !== y) fields.push({ field, before: x, after: y });
    }
    if (fields.length > 0) changes.changed.push({ ...summary(row), fields });
  }
  for (const [key, row] of old) if (!next.has(key)) changes.removed.push(summary(row));
  return changes;
}

type Problem = { row: number; field: string; message: string };

/** Checks the fields of the record (kind, cohort, pillar ranks, sources) and that an average has no unit. */
export function checkRecordFields(r: PublishedRowInput, row: number, problems: Problem[]): void {
  const kind = r.kind ?? "province";
  if (kind !== "province" && kind !== "average") problems.push({ row, field: "kind", message: 'kind must be "province" or "average"' });
  if (kind === "province" && (typeof r.unitId !== "string" || r.unitId === ""))
    problems.push({ row, field: "unitId", message: "unit id missing" });
  if (kind === "average" && r.unitId !== null) problems.push({ row, field: "unitId", message: "an average has no unit" });
  if (kind === "average" && r.rank !== null) problems.push({ row, field: "rank", message: "an average has no rank" });
  if (r.cohortSize !== undefined && r.cohortSize !== null && !(Number.isInteger(r.cohortSize) && r.cohortSize > 0))
    problems.push({ row, field: "cohortSize", message: "cohort size must be a positive integer or null" });
  if (r.pillarRanks !== undefined && !Object.values(r.pillarRanks).every((v) => Number.isInteger(v) && v > 0))
    problems.push({ row, field: "pillarRanks", message: "pillar ranks must be positive integers" });
  if (r.sources !== undefined && !(Array.isArray(r.sources) && r.sources.every((s) => typeof s === "string" && s !== "")))
    problems.push({ row, field: "sources", message: "sources must be a list of URLs" });
}

/** The columns written for a row. */
export function publishedInsertValues(importId: string, r: PublishedRowInput) {
  return {
    import_id: importId,
    period: r.period,
    pack_id: r.packId,
    unit_id: r.unitId,
    overall: r.overall,
    rank: r.rank,
    indices: json(r.indices),
    pillars: json(r.pillars),
    source: r.source,
    kind: r.kind ?? "province",
    cohort: r.cohort ?? null,
    cohort_size: r.cohortSize ?? null,
    pillar_ranks: json(r.pillarRanks ?? {}),
    framework: r.framework ?? null,
    name_as_published: r.nameAsPublished ?? null,
    note: r.note ?? null,
    sources: json(r.sources ?? (r.source ? [r.source] : [])),
  };
}

/** A stored row as the repository returns it. */
export function publishedFromRow(r: {
  id: string;
  import_id: string;
  unit_id: string | null;
  period: number;
  pack_id: string;
  overall: number | null;
  rank: number | null;
  indices: Record<string, number>;
  pillars: Record<string, number>;
  source: string | null;
  kind: "province" | "average";
  cohort: string | null;
  cohort_size: number | null;
  pillar_ranks: Record<string, number>;
  framework: string | null;
  name_as_published: string | null;
  note: string | null;
  sources: string[];
}): PublishedResult {
  return {
    id: r.id,
    importId: r.import_id,
    unitId: r.unit_id,
    period: r.period,
    packId: r.pack_id,
    overall: r.overall,
    rank: r.rank,
    indices: r.indices,
    pillars: r.pillars,
    source: r.source,
    kind: r.kind,
    cohort: r.cohort,
    cohortSize: r.cohort_size,
    pillarRanks: r.pillar_ranks,
    framework: r.framework,
    nameAsPublished: r.name_as_published,
    note: r.note,
    sources: r.sources,
  };
}

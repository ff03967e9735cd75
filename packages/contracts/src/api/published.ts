import { z } from "zod";
import { isoDateSchema, periodSchema } from "./common";

/**
 * A published result table as CSV, one row per unit: `unit` (id, code or name), `rank`, `overall`,
 * one column per main index (`I`…`VIII`), optional pillar columns (`pillar:cqs`…) and `source`.
 * Values on 0..1 as published.
 */
export const publishedImportInputSchema = z.object({
  packId: z.string().min(1).max(100),
  period: periodSchema,
  csv: z.string().min(1, "the CSV is empty").max(1_000_000, "at most 1 MB of CSV"),
  /** Allowed gap between a published value and the pack's aggregation of the published indices (default 0.00051: rounding to 4 decimals). */
  tolerance: z.number().min(0).max(0.1).default(0.00051),
  /** The day the table's unit names and codes are read at (default: the last day of the period's year). */
  at: isoDateSchema.optional(),
});

export const publishedCheckSchema = z.object({
  unitId: z.string(),
  measure: z.string(),
  published: z.number(),
  computed: z.number(),
  difference: z.number(),
});

const publishedValueSchema = z.union([z.number(), z.string()]).nullable();

/** A row as a change names it: its unit (null for an average), cohort, name as published, value and rank. */
export const publishedRowSummarySchema = z.object({
  key: z.string(),
  unitId: z.string().nullable(),
  kind: z.enum(["province", "average"]),
  cohort: z.string().nullable(),
  nameAsPublished: z.string().nullable(),
  overall: z.number().nullable(),
  rank: z.number().int().nullable(),
});

/** What a table replacing a period's rows changed: rows added, removed, and changed field by field (old → new). */
export const publishedChangesSchema = z.object({
  added: z.array(publishedRowSummarySchema),
  removed: z.array(publishedRowSummarySchema),
  changed: z.array(
    publishedRowSummarySchema.extend({
      /** `overall`, `rank`, `index:I`, `pillar:cqs`, `pillarRank:cqs`, `note`, `sources`, `cohort`, `framework`, `name`. */
      fields: z.array(z.object({ field: z.string(), before: publishedValueSchema, after: publishedValueSchema })),
    }),
  ),
});
export type PublishedChangesDto = z.infer<typeof publishedChangesSchema>;

export const publishedImportOutputSchema = z.object({
  status: z.enum(["imported", "replaced", "unchanged"]),
  importId: z.string(),
  rows: z.number().int(),
  /** Every value compared with the pack's aggregation (all within the tolerance, or the import was refused). */
  checks: z.array(publishedCheckSchema),
  /** replaced: what the table changed in the rows the period had; otherwise null. */
  changes: publishedChangesSchema.nullable(),
});

/**
 * One row of a published table, as the sources give it. A province's row has its unit; a provincial
 * average (`kind` average) has none. A rank without a value has `overall` null; a row may have
 * neither (kept for its note).
 */
export const publishedRowSchema = z.object({
  kind: z.enum(["province", "average"]),
  /** Null for a provincial average. */
  unitId: z.string().nullable(),
  /** The unit's name (for an average, the name as published). */
  unitName: z.string(),
  /** The name as the source writes it, e.g. "TP. Hải Phòng (mới = Hải Phòng + Hải Dương)". */
  nameAsPublished: z.string().nullable(),
  period: z.number().int(),
  packId: z.string(),
  /** The framework decision as the source writes it, e.g. "922/QĐ-BTTTT". */
  framework: z.string().nullable(),
  /** Null when only the rank was published. */
  overall: z.number().nullable(),
  rank: z.number().int().nullable(),
  /** The cohort ranked in as written: "63", "34", or "63?" when the source does not say. */
  cohort: z.string().nullable(),
  /** The number of units ranked, when known. */
  cohortSize: z.number().int().nullable(),
  indices: z.record(z.string(), z.number()),
  pillars: z.record(z.string(), z.number()),
  pillarRanks: z.record(z.string(), z.number().int()),
  /** What the sources say about the row: disagreements, uncertainty, derivations. */
  note: z.string().nullable(),
  /** Every source URL. */
  sources: z.array(z.string()),
  /** The sources joined by " | " (kept for earlier clients). */
  source: z.string().nullable(),
});
export type PublishedRowDto = z.infer<typeof publishedRowSchema>;

export const publishedListInputSchema = z.object({ period: periodSchema, packId: z.string().min(1).max(100).optional() });

export const rankingRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  isDemo: z.boolean(),
  published: z
    .object({
      overall: z.number().nullable(),
      rank: z.number().int().nullable(),
      cohort: z.string().nullable(),
      cohortSize: z.number().int().nullable(),
      pillars: z.record(z.string(), z.number()),
      pillarRanks: z.record(z.string(), z.number().int()),
      note: z.string().nullable(),
      nameAsPublished: z.string().nullable(),
      sources: z.array(z.string()),
    })
    .nullable(),
  computed: z
    .object({ overall: z.number(), rank: z.number().int(), points: z.number(), assessmentId: z.string(), status: z.string() })
    .nullable(),
});
export const rankingsInputSchema = z.object({ period: periodSchema, packId: z.string().min(1).max(100).optional() });
export const rankingsOutputSchema = z.object({
  period: z.number().int(),
  packId: z.string(),
  /** Computed: every assessment of the period under the pack, scored together as one cohort (lenient mode). */
  rows: z.array(rankingRowSchema),
  /** The provincial averages published for the period (one per cohort). */
  averages: z.array(publishedRowSchema),
});

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

export const publishedImportOutputSchema = z.object({
  status: z.enum(["imported", "replaced", "unchanged"]),
  importId: z.string(),
  rows: z.number().int(),
  /** Every value compared with the pack's aggregation (all within the tolerance, or the import was refused). */
  checks: z.array(publishedCheckSchema),
});

export const publishedRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  period: z.number().int(),
  packId: z.string(),
  overall: z.number(),
  rank: z.number().int().nullable(),
  indices: z.record(z.string(), z.number()),
  pillars: z.record(z.string(), z.number()),
  source: z.string().nullable(),
});
export type PublishedRowDto = z.infer<typeof publishedRowSchema>;

export const publishedListInputSchema = z.object({ period: periodSchema, packId: z.string().min(1).max(100).optional() });

export const rankingRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  isDemo: z.boolean(),
  published: z.object({ overall: z.number(), rank: z.number().int().nullable() }).nullable(),
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
});

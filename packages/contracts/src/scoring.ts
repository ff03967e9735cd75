import { z } from "zod";

/**
 * The shapes of `dti score` / `dti aggregate` input and output, shared by the engine, the CLI,
 * the API and the web app. Numbers are plain JS numbers; values on 0..1 are not rounded.
 */

/** A raw value as entered: a number, a yes/no, a choice value, or null for "not provided". */
export const inputValueSchema = z.union([z.number(), z.boolean(), z.string(), z.null()]);
export type InputValue = z.infer<typeof inputValueSchema>;

export const unitCodeSchema = z
  .string()
  .min(1, "unit code is required")
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, "expected a unit code of letters, digits, '.', '_' or '-' such as DNG");

export const unitInputSchema = z.object({
  code: unitCodeSchema,
  name: z.string().min(1).optional(),
  /** Keyed by input id (households_total), official address (3.3.a) or general-information code (A6). */
  inputs: z.record(z.string().min(1), inputValueSchema),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const scoreRequestSchema = z.object({
  pack: z.string().min(1).optional(),
  period: z.number().int().min(2000).max(2100),
  units: z.array(unitInputSchema).min(1, "at least one unit is required"),
});
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;

export const packRefSchema = z.object({ id: z.string(), version: z.string(), hash: z.string() });
export type PackRef = z.infer<typeof packRefSchema>;

export const localizedSchema = z.object({ vi: z.string(), en: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

export const inputUsedSchema = z.object({
  input: z.string(),
  /** Official address, e.g. "3.3.a", or the indicator code for a single yes/no or choice. */
  address: z.string(),
  value: inputValueSchema,
});

/** A value of one input that would earn the indicator its full points, all else unchanged. */
export const fullPointsHintSchema = z.object({
  input: z.string(),
  address: z.string(),
  value: inputValueSchema,
  note: localizedSchema.optional(),
});

export const indicatorExplanationSchema = z.object({
  rule: localizedSchema,
  inputs: z.array(inputUsedSchema),
  /** What it takes to win the lost points back; empty when already full or not attainable alone. */
  toFullPoints: z.array(fullPointsHintSchema),
  /** Free-text note (cohort reference, zero denominator, provisional reason). */
  notes: z.array(localizedSchema),
});
export type IndicatorExplanation = z.infer<typeof indicatorExplanationSchema>;

export const indicatorStatusSchema = z.enum(["scored", "missing", "not_scored"]);

export const indicatorResultSchema = z.object({
  points: z.number(),
  max: z.number(),
  lost: z.number(),
  /** points / max (0 when max is 0). */
  value: z.number(),
  status: indicatorStatusSchema,
  provisional: z.boolean().optional(),
  explanation: indicatorExplanationSchema.optional(),
});
export type IndicatorResult = z.infer<typeof indicatorResultSchema>;

export const aggregateValueSchema = z.object({
  points: z.number(),
  max: z.number(),
  /** points / max on 0..1. */
  value: z.number(),
  rank: z.number().int().positive().optional(),
});
export type AggregateValue = z.infer<typeof aggregateValueSchema>;

export const unitResultSchema = z.object({
  code: z.string(),
  name: z.string().optional(),
  overall: z.number(),
  rank: z.number().int().positive(),
  points: z.number(),
  max: z.number(),
  pillars: z.record(z.string(), aggregateValueSchema),
  indices: z.record(z.string(), aggregateValueSchema),
  /** Absent when the result was aggregated from main-index values alone. */
  indicators: z.record(z.string(), indicatorResultSchema).optional(),
});
export type UnitResult = z.infer<typeof unitResultSchema>;

/** Which units and which extremes a cohort-relative indicator was scored against. */
export const cohortReferenceSchema = z.object({
  indicator: z.string(),
  kind: z.string(),
  form: z.enum(["x_over_max", "min_max"]),
  units: z.array(z.string()),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type CohortReference = z.infer<typeof cohortReferenceSchema>;

export const warningSchema = z.object({
  code: z.string(),
  message: z.string(),
  unit: z.string().optional(),
  indicator: z.string().optional(),
  input: z.string().optional(),
});
export type ScoreWarning = z.infer<typeof warningSchema>;

export const scoreResultSchema = z.object({
  pack: packRefSchema,
  period: z.number().int(),
  /** raw: scored from inputs; indices: aggregated from main-index values. */
  basis: z.enum(["raw", "indices"]),
  mode: z.enum(["strict", "lenient"]),
  units: z.array(unitResultSchema),
  reference: z.array(cohortReferenceSchema),
  warnings: z.array(warningSchema),
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;

/** `dti aggregate` input row: main-index values on 0..1, keyed by index code. */
export const indexValuesRowSchema = z.object({
  code: unitCodeSchema,
  name: z.string().optional(),
  /** Checked by the engine (0..1, every scored index present) so that every problem is reported at once. */
  indices: z.record(z.string(), z.number()),
});
export type IndexValuesRow = z.infer<typeof indexValuesRowSchema>;

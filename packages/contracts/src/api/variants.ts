import { z } from "zod";
import { idSchema, periodSchema } from "./common";

/**
 * A what-if variant scored beside the official pack: the stored assessments of the pack and period,
 * scored (lenient) as one cohort under the pack and under the overlay (`dti-variant@1`).
 */
export const variantScoreInputSchema = z.object({
  /** The stored row of an active pack (the official framework the overlay changes). */
  packId: idSchema,
  period: periodSchema,
  /** The overlay as JSON: `{ "format": "dti-variant@1", "id", "base", "title", "changes": [ … ] }` (checked by the engine). */
  variant: z.unknown(),
});

/** A draft (or active) pack scored with stored data, beside the active pack it revises. */
export const packScoreDatasetInputSchema = z.object({
  packRowId: idSchema,
  period: periodSchema,
  /** The assessments whose stored inputs are scored (default: every one of the period the caller may read). */
  assessmentIds: z.array(idSchema).min(1).max(200).optional(),
});

/**
 * Rank sensitivity: the stored assessments of a pack and period, ranked again under random draws of
 * the alternatives the pack declares (`sensitivity`), seeded so that the same seed gives the same bands.
 */
export const variantSensitivityInputSchema = z.object({
  packId: idSchema,
  period: periodSchema,
  runs: z.number().int().min(1).max(5000).default(1000),
  seed: z.number().int().min(0).max(0xffffffff).default(1),
});

/** Two stored packs (either order): how their indicators and inputs correspond for a decomposition. */
export const packComparabilityInputSchema = z.object({ a: idSchema, b: idSchema });

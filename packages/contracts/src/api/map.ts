import { z } from "zod";
import { periodSchema } from "./common";

/** The provincial units a map is drawn in: the 63 (until 30/6/2025) or the 34 (from 1/7/2025). */
export const mapUnitsSchema = z.union([z.literal(63), z.literal(34)]);

export const mapInputSchema = z.object({
  period: periodSchema,
  /** The units to draw; default: the units the year's data describe (the 34 from 2025). */
  units: mapUnitsSchema.optional(),
  /** Published results (everyone) or results computed from the assessments (national admins). */
  source: z.enum(["published", "computed"]).default("published"),
  /** For a back-cast: the year whose figures of the 63 are carried onto the 34 (default: chosen by the API). */
  from: periodSchema.optional(),
});

/** An old unit a back-cast value comes from, with its own figures that year. */
export const mapOriginSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  overall: z.number().nullable(),
  rank: z.number().int().nullable(),
});

export const mapRowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  overall: z.number().nullable(),
  /** The rank as published or computed; null in a back-cast (the mean of old values is not a rank anyone gave). */
  rank: z.number().int().nullable(),
  /** The cohort as published ("63", "34", "63?"); null for computed or back-cast rows. */
  cohort: z.string().nullable(),
  /** Back-cast: the old units this one was formed from, with their figures (empty otherwise). */
  from: z.array(mapOriginSchema),
});

export const mapYearSchema = z.object({
  period: z.number().int(),
  /** Published rows on the map's units (63 or 34). */
  published: z.boolean(),
  /** Assessments of real provinces (national admins only; false for others). */
  computed: z.boolean(),
});

export const mapOutputSchema = z.object({
  period: z.number().int(),
  units: mapUnitsSchema,
  /** The units the year's figures describe (what `units` is when not given): the 34 from 2025. */
  defaultUnits: mapUnitsSchema,
  source: z.enum(["published", "computed"]),
  /**
   * `own`: the year's figures on the units asked for; `backcast`: figures of the 63 carried onto
   * the 34 (each new unit the mean of its old units' values, the rule the ministry used for DTI 2024
   * — an estimate, not a result anyone published); `none`: nothing to draw (see `reason`).
   */
  mode: z.enum(["own", "backcast", "none"]),
  /** `no_data`: no figures that year (nor any of the 63 to back-cast); `cannot_split`: the 34's figures cannot be split into the 63. */
  reason: z.enum(["no_data", "cannot_split"]).nullable(),
  backcast: z
    .object({
      /** The year whose figures of the 63 are carried onto the 34. */
      from: z.number().int(),
      /** Every year with figures of the 63 that could be carried (newest first). */
      fromYears: z.array(z.number().int()),
      rule: z.literal("mean"),
      /** New units with a value: every one of their old units had one. */
      withValue: z.number().int(),
    })
    .nullable(),
  /** Every year the map can show (newest first): years with data, and the years of the 34 from 2025. */
  years: z.array(mapYearSchema),
  rows: z.array(mapRowSchema),
});
export type MapOutput = z.infer<typeof mapOutputSchema>;
export type MapRowDto = z.infer<typeof mapRowSchema>;

import { z } from "zod";
import { isoDateSchema, unitIdSchema } from "./common";

export const unitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  region: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** A fictional province of the demo mode ("dữ liệu minh họa"), never a real one. */
  isDemo: z.boolean(),
});
export type UnitDto = z.infer<typeof unitSchema>;

export const unitsListInputSchema = z
  .object({
    /** Units valid on this day (default: all, across time). */
    at: isoDateSchema.optional(),
    /** Include the demo mode's fictional provinces (default true when the demo is seeded). */
    includeDemo: z.boolean().default(true),
  })
  .default({ includeDemo: true });

export const lineageInputSchema = z.object({ unitId: unitIdSchema });
export const lineageLinkSchema = z.object({ fromUnitId: z.string(), toUnitId: z.string(), effective: z.string(), relation: z.string() });

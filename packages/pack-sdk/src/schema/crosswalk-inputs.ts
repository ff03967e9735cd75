import { z } from "zod";
import { inputIdSchema } from "./text";

/**
 * How one input of this (later) pack is filled from an earlier pack's data when that data is
 * re-scored under this pack (`dti compare --decompose`):
 *
 * - `same`: the earlier pack has an input with the same id and meaning;
 * - `renamed`: the earlier pack's input `from` is this one under another id;
 * - `derived`: computed from earlier inputs by `expression` (the engine's safe expression language:
 *   numbers, input ids, + − × ÷, comparisons, `?:`, min/max/abs/floor/ceil/round/clamp; data, never
 *   evaluated as JavaScript);
 * - `none`: the earlier framework did not collect it, so indicators reading it cannot be re-scored.
 *
 * Inputs a crosswalk does not list map to the earlier input with the same id when there is one, and
 * to "no earlier data" otherwise.
 */
export const crosswalkInputSchema = z
  .object({
    input: inputIdSchema,
    relation: z.enum(["same", "renamed", "derived", "none"]),
    /** renamed: the earlier pack's input id. */
    from: inputIdSchema.optional(),
    /** derived: a formula over the earlier pack's input ids, e.g. "households_fiber + households_fiber_rural". */
    expression: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .refine((m) => (m.relation === "renamed" ? m.from !== undefined : m.from === undefined), {
    message: 'renamed needs "from" (the earlier input id); other relations take none',
    path: ["from"],
  })
  .refine((m) => (m.relation === "derived" ? m.expression !== undefined : m.expression === undefined), {
    message: 'derived needs "expression" (a formula over earlier input ids); other relations take none',
    path: ["expression"],
  });
export type CrosswalkInput = z.infer<typeof crosswalkInputSchema>;

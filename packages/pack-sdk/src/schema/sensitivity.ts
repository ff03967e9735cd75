import { z } from "zod";
import { ruleSchema } from "./rules";
import { indexCodeSchema, indicatorCodeSchema, localizedTextSchema } from "./text";

/**
 * One option of an alternative: a number (a weight in points, or a threshold/target as a share such
 * as 0.15) or, for a normalisation, another rule of the catalogue for the indicator.
 */
export const sensitivityOptionSchema = z.union([
  z.number().positive(),
  z.object({ rule: ruleSchema, label: localizedTextSchema.optional() }),
]);
export type SensitivityOption = z.infer<typeof sensitivityOptionSchema>;

/**
 * A plausible alternative the methodology debates, for `dti sensitivity`: an indicator's weight
 * (max points), an index's weight (max points, its indicators scaled), an indicator's threshold or
 * target, or an indicator's normalisation (another rule). Each run of the analysis draws, for every
 * alternative, the official method or one of the options, with equal chances.
 */
export const sensitivityAlternativeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "expected an id such as w-vii or t-7-1"),
    indicator: indicatorCodeSchema.optional(),
    index: indexCodeSchema.optional(),
    kind: z.enum(["weight", "normalisation", "threshold"]),
    options: z.array(sensitivityOptionSchema).min(1),
    note: localizedTextSchema,
    /** Where the alternative comes from (a debate, a draft, another framework), when known. */
    source: z.string().optional(),
  })
  .refine((a) => (a.indicator === undefined) !== (a.index === undefined), {
    message: "name either an indicator or an index",
    path: ["indicator"],
  })
  .refine((a) => a.index === undefined || a.kind === "weight", {
    message: "an index alternative can only be a weight",
    path: ["kind"],
  })
  .refine((a) => a.options.every((o) => (a.kind === "normalisation" ? typeof o !== "number" : typeof o === "number")), {
    message: "weight and threshold options are numbers; normalisation options are { rule }",
    path: ["options"],
  });
export type SensitivityAlternative = z.infer<typeof sensitivityAlternativeSchema>;

export const sensitivitySchema = z.object({
  /** What the alternatives are (e.g. "illustrative what-ifs, not official"). */
  note: localizedTextSchema,
  alternatives: z.array(sensitivityAlternativeSchema).min(1),
});
export type Sensitivity = z.infer<typeof sensitivitySchema>;

import { z } from "zod";
import type { UnitsProblem } from "./errors";

/**
 * One result row of the back-cast: a unit (id, code or name) and its values on 0..1. Strict, so a
 * misspelt key ("overal") is reported instead of silently dropped.
 */
const share = z.number().min(0, "values are on 0..1").max(1, "values are on 0..1 (divide points by the maximum)");

export const backcastRowSchema = z.strictObject({
  unit: z.string().trim().min(1, "name the unit (id, code or name)"),
  overall: share.optional(),
  indices: z.record(z.string().min(1), share).optional(),
  /** Only for the `weighted` rule, e.g. population. */
  weight: z.number().positive("weights are positive numbers").optional(),
});

export type BackcastRow = z.input<typeof backcastRowSchema>;

/** The measures a row carries: "overall" and each main-index key. */
export function measuresOf(row: BackcastRow): string[] {
  return [...(row.overall === undefined ? [] : ["overall"]), ...Object.keys(row.indices ?? {})];
}

/** Every shape problem of every row, each as ROW_INVALID with the row and the field at fault. */
export function rowShapeProblems(rows: readonly unknown[]): UnitsProblem[] {
  const problems: UnitsProblem[] = [];
  rows.forEach((row, index) => {
    const parsed = backcastRowSchema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join(".");
        problems.push({
          code: "ROW_INVALID",
          row: index,
          ...(typeof (row as { unit?: unknown })?.unit === "string" ? { input: (row as { unit: string }).unit } : {}),
          ...(path ? { field: path } : {}),
          message: `Row ${index}${path ? `, ${path}` : ""}: ${issue.message}.`,
        });
      }
    } else if (measuresOf(parsed.data).length === 0) {
      problems.push({
        code: "ROW_INVALID",
        row: index,
        input: parsed.data.unit,
        message: `Row ${index} (${parsed.data.unit}) has no values: give overall and/or indices.`,
      });
    }
  });
  return problems;
}

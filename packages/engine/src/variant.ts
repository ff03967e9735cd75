import {
  indexCodeSchema,
  indicatorCodeSchema,
  inputUses,
  localizedTextSchema,
  packIdSchema,
  ruleSchema,
  type Pack,
  type PackDefinition,
} from "@dti/pack-sdk";
import { z } from "zod";
import { EngineError } from "./errors";

/**
 * A what-if change to a pack, as a small overlay file an admin writes: a weight, a threshold, a
 * removed indicator. Applying it gives a new pack (validated like any other), so every unit can
 * be scored under the variant beside the official pack.
 */
const change = z.discriminatedUnion("op", [
  /** Give an indicator other max points; its index's max moves by the same amount. */
  z.object({ op: z.literal("set_max_points"), indicator: indicatorCodeSchema, maxPoints: z.number().min(0) }),
  /** Re-weight a main index: its indicators are scaled so that they add up to the new max. */
  z.object({ op: z.literal("set_index_max"), index: indexCodeSchema, maxPoints: z.number().positive() }),
  /** Change the target or threshold of a ratio rule (7.1's 20 %, 4.12's 80 %). */
  z.object({ op: z.literal("set_threshold"), indicator: indicatorCodeSchema, value: z.number().positive() }),
  /** Drop an indicator (and its sub-indicators); its index's max falls by its points. */
  z.object({ op: z.literal("remove_indicator"), indicator: indicatorCodeSchema }),
  /** Score an indicator by another rule of the catalogue. */
  z.object({ op: z.literal("replace_rule"), indicator: indicatorCodeSchema, rule: ruleSchema }),
]);

export const variantSchema = z.object({
  format: z.literal("dti-variant@1"),
  id: packIdSchema,
  base: packIdSchema,
  title: localizedTextSchema,
  description: z.string().optional(),
  changes: z.array(change).min(1),
});
export type Variant = z.infer<typeof variantSchema>;
export type VariantChange = z.infer<typeof change>;

function fail(message: string, key?: string): never {
  throw new EngineError("VARIANT_INVALID", message, { issues: [{ code: "VARIANT_INVALID", message, ...(key ? { key } : {}) }] });
}

export function parseVariant(candidate: unknown): Variant {
  const parsed = variantSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    code: "VARIANT_INVALID" as const,
    key: i.path.join("."),
    message: `${i.path.join(".") || "variant"}: ${i.message}`,
  }));
  throw new EngineError("VARIANT_INVALID", `the variant is not valid: ${issues.map((i) => i.message).join("; ")}`, { issues });
}

/** The pack as the variant describes it; load it with engine.load to validate and score it. */
export function applyVariant(pack: Pack, variant: Variant): PackDefinition {
  if (variant.base !== pack.meta.id) fail(`the variant is based on ${variant.base}, not ${pack.meta.id}`, "base");
  const draft = structuredClone(pack) as Pack;
  const indicator = (code: string, key: string) =>
    draft.indicators.find((x) => x.code === code) ?? fail(`indicator ${code} is not in ${pack.meta.id}`, key);
  const index = (code: string, key: string) =>
    draft.indices.find((x) => x.code === code) ?? fail(`index ${code} is not in ${pack.meta.id}`, key);
  const topOf = (x: Pack["indicators"][number]) => (x.parent ? draft.indicators.find((p) => p.code === x.parent)! : x);

  variant.changes.forEach((c, i) => {
    const key = `changes.${i}`;
    switch (c.op) {
      case "set_max_points": {
        const x = indicator(c.indicator, key);
        const delta = c.maxPoints - (x.maxPoints ?? 0);
        x.maxPoints = c.maxPoints;
        if (x.parent) topOf(x).maxPoints = (topOf(x).maxPoints ?? 0) + delta;
        const ix = index(x.index, key);
        ix.maxPoints = (ix.maxPoints ?? 0) + delta;
        break;
      }
      case "set_index_max": {
        const ix = index(c.index, key);
        const factor = ix.maxPoints ? c.maxPoints / ix.maxPoints : fail(`index ${c.index} has no points to scale`, key);
        for (const x of draft.indicators) if (x.index === c.index && x.maxPoints !== null) x.maxPoints *= factor;
        ix.maxPoints = c.maxPoints;
        break;
      }
      case "set_threshold": {
        const rule = indicator(c.indicator, key).rule;
        if (rule.kind === "ratio_to_target") rule.target = c.value;
        else if (rule.kind === "ratio_full_above" || rule.kind === "all_or_nothing") rule.threshold = c.value;
        else fail(`indicator ${c.indicator} is scored by ${rule.kind}, which has no single threshold; use replace_rule`, key);
        break;
      }
      case "remove_indicator": {
        const x = indicator(c.indicator, key);
        const points = x.maxPoints ?? 0;
        const removed = new Set([x.code, ...draft.indicators.filter((y) => y.parent === x.code).map((y) => y.code)]);
        draft.indicators = draft.indicators.filter((y) => !removed.has(y.code));
        if (x.parent) {
          const parent = topOf(x);
          parent.maxPoints = (parent.maxPoints ?? 0) - points;
          if (parent.rule.kind === "sum_children") parent.rule.children = parent.rule.children.filter((code) => code !== x.code);
        }
        const ix = index(x.index, key);
        ix.maxPoints = (ix.maxPoints ?? 0) - points;
        break;
      }
      case "replace_rule":
        indicator(c.indicator, key).rule = structuredClone(c.rule);
        break;
    }
  });

  // Inputs no indicator reads any more are dropped, so that the variant still validates.
  const used = new Set(draft.indicators.flatMap((x) => inputUses(x.rule).map((u) => u.input)));
  draft.inputs = draft.inputs.filter((x) => x.unit === "text" || used.has(x.id));
  for (const x of draft.indicators) x.inputs = x.inputs.filter((ref) => used.has(ref.input));
  const total = draft.indices.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0);
  return {
    ...draft,
    meta: {
      ...draft.meta,
      id: `${pack.meta.id}-variant-${variant.id}`,
      title: {
        vi: `${pack.meta.title.vi} — phương án giả định: ${variant.title.vi}`,
        en: `${pack.meta.title.en ?? pack.meta.title.vi} — what-if variant: ${variant.title.en ?? variant.title.vi}`,
      },
    },
    aggregation: { ...draft.aggregation, ...(draft.aggregation.totalPoints !== undefined ? { totalPoints: total } : {}) },
    crosswalks: [],
  };
}

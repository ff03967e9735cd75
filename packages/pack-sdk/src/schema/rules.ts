import { z } from "zod";
import { inputIdSchema, indicatorCodeSchema, localizedTextSchema } from "./text";

/**
 * The rule catalogue. Every rule is plain JSON data: it can be stored, diffed, rendered as text and
 * loaded at run time. A rule yields a *fraction* of its indicator's max points (0..1); the engine
 * multiplies by max. Kinds and their wording follow the 922/QĐ-BTTTT method texts.
 */

/** One input id, or several whose values are summed (the "(a+b)/(c+d)" of the method texts). */
export const operandSchema = z.union([inputIdSchema, z.array(inputIdSchema).min(1)]);
export type Operand = z.infer<typeof operandSchema>;

const fraction = z.number().min(0).max(1);

/** What a ratio does when its denominator is 0. The method texts are silent, so packs must choose. */
const zeroDenominator = z.enum(["zero", "full"]).optional(); // engine default: "zero"

const ratioOperands = {
  a: operandSchema,
  b: operandSchema,
  /** a > b is an input error unless the pack says the ratio can exceed 1 (e.g. transactions per parcel). */
  allowAboveOne: z.boolean().optional(), // engine default: false
  ifZeroDenominator: zeroDenominator,
};

/** Điểm = Tỷ lệ × Điểm tối đa, capped at max. */
export const ratioRuleSchema = z.object({ kind: z.literal("ratio"), ...ratioOperands });

/** Điểm = min(1, Tỷ lệ / X) × Điểm tối đa. */
export const ratioToTargetRuleSchema = z.object({
  kind: z.literal("ratio_to_target"),
  ...ratioOperands,
  target: z.number().positive(),
  /** The word-for-word reading of the method text where it differs (kept visible for reviewers). */
  literalKind: z.enum(["ratio_full_above"]).optional(),
});

/** Tỷ lệ ≥ X: Điểm tối đa; Tỷ lệ < X: Điểm = Tỷ lệ × Điểm tối đa. */
export const ratioFullAboveRuleSchema = z.object({
  kind: z.literal("ratio_full_above"),
  ...ratioOperands,
  threshold: z.number().positive(),
});

/** Tỷ lệ ≥ X: Điểm tối đa; otherwise 0. */
export const allOrNothingRuleSchema = z.object({
  kind: z.literal("all_or_nothing"),
  ...ratioOperands,
  threshold: z.number().positive(),
});

/** Có: Điểm tối đa; Chưa có: 0 điểm. */
export const booleanRuleSchema = z.object({ kind: z.literal("boolean"), input: inputIdSchema });

/** One of the choice input's options, each worth a share of max. */
export const choiceRuleSchema = z.object({
  kind: z.literal("choice"),
  input: inputIdSchema,
  fractions: z.record(z.string().min(1), fraction),
});

export const bandSchema = z.object({
  min: z.number(),
  minInclusive: z.boolean().optional(), // engine default: true
  fraction,
});
export type Band = z.infer<typeof bandSchema>;

const bandsField = z.array(bandSchema).min(1);
/** A yes/no input that must be true before the bands apply ("Chưa có chuyên mục: 0 điểm"). */
const gateField = inputIdSchema.optional();

export const countBandsRuleSchema = z.object({
  kind: z.literal("count_bands"),
  input: inputIdSchema,
  gate: gateField,
  bands: bandsField,
});
export const amountBandsRuleSchema = z.object({
  kind: z.literal("amount_bands"),
  input: inputIdSchema,
  gate: gateField,
  bands: bandsField,
});
export const ratioBandsRuleSchema = z.object({
  kind: z.literal("ratio_bands"),
  ...ratioOperands,
  gate: gateField,
  bands: bandsField,
});

/**
 * Relative to the cohort (all provinces of the period). Either a single value or a ratio a/b.
 * form x_over_max: x / max; form min_max: (x − min) / (max − min). The sources do not state which the
 * ministry uses, so each rule names its form.
 */
export const minMaxRuleSchema = z
  .object({
    kind: z.literal("min_max"),
    value: operandSchema.optional(),
    a: operandSchema.optional(),
    b: operandSchema.optional(),
    form: z.enum(["x_over_max", "min_max"]),
    allowAboveOne: z.boolean().optional(),
    ifZeroDenominator: zeroDenominator,
  })
  .refine((r) => (r.value !== undefined) !== (r.a !== undefined && r.b !== undefined), {
    message: "min_max takes either value, or both a and b",
  });

/** (unit's a/b) / (best a/b in the cohort). */
export const relativeToBestRuleSchema = z.object({
  kind: z.literal("relative_to_best"),
  ...ratioOperands,
  allowAboveOne: z.boolean().optional(),
});

/** Mỗi … : N điểm; tổng điểm không quá Điểm tối đa. */
export const countCappedRuleSchema = z.object({
  kind: z.literal("count_capped"),
  input: inputIdSchema,
  pointsPerItem: z.number().positive(),
});

/** Points are the sum of the sub-indicators' points (5.12 = 5.12.1 + … + 5.12.6). */
export const sumChildrenRuleSchema = z.object({
  kind: z.literal("sum_children"),
  children: z.array(indicatorCodeSchema).min(1),
});

/** Listed by the framework but worth no points (Đô thị thông minh). */
export const notScoredRuleSchema = z.object({ kind: z.literal("not_scored") });

/**
 * The framework names the indicator but the sources do not give its rule: it stays marked unknown
 * instead of being invented. Only packs that do not score raw inputs may contain it.
 */
export const unknownRuleSchema = z.object({ kind: z.literal("unknown"), note: z.string().min(1) });

/**
 * For what the catalogue lacks: an arithmetic expression over named inputs that yields the fraction.
 * Parsed by a safe parser and compiled to closures, never evaluated as JavaScript.
 */
export const expressionRuleSchema = z.object({
  kind: z.literal("expression"),
  expression: z.string().min(1),
  /** Variable name in the expression → input id. */
  variables: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), inputIdSchema),
  /**
   * What the indicator scores when the expression divides by zero (`/` or `%` with a right side of 0),
   * as a ratio's ifZeroDenominator: "zero" (the engine default) or "full", whatever the numerator.
   */
  ifZeroDenominator: zeroDenominator,
});

export type RatioRule = z.infer<typeof ratioRuleSchema>;
export type RatioToTargetRule = z.infer<typeof ratioToTargetRuleSchema>;
export type RatioFullAboveRule = z.infer<typeof ratioFullAboveRuleSchema>;
export type AllOrNothingRule = z.infer<typeof allOrNothingRuleSchema>;
export type BooleanRule = z.infer<typeof booleanRuleSchema>;
export type ChoiceRule = z.infer<typeof choiceRuleSchema>;
export type CountBandsRule = z.infer<typeof countBandsRuleSchema>;
export type AmountBandsRule = z.infer<typeof amountBandsRuleSchema>;
export type RatioBandsRule = z.infer<typeof ratioBandsRuleSchema>;
export type MinMaxRule = z.infer<typeof minMaxRuleSchema>;
export type RelativeToBestRule = z.infer<typeof relativeToBestRuleSchema>;
export type CountCappedRule = z.infer<typeof countCappedRuleSchema>;
export type SumChildrenRule = z.infer<typeof sumChildrenRuleSchema>;
export type NotScoredRule = z.infer<typeof notScoredRuleSchema>;
export type ExpressionRule = z.infer<typeof expressionRuleSchema>;
export type UnknownRule = z.infer<typeof unknownRuleSchema>;

export interface Part {
  id: string;
  label: z.infer<typeof localizedTextSchema>;
  /** Share of the indicator's max this part is worth. */
  fraction: number;
  /** A yes/no input worth the whole part … */
  input?: string;
  /** … or a nested rule whose fraction is a share of the part. */
  rule?: Rule;
}
export interface PartsRule {
  kind: "parts";
  parts: Part[];
}

export type Rule =
  | RatioRule
  | RatioToTargetRule
  | RatioFullAboveRule
  | AllOrNothingRule
  | BooleanRule
  | ChoiceRule
  | CountBandsRule
  | AmountBandsRule
  | RatioBandsRule
  | MinMaxRule
  | RelativeToBestRule
  | CountCappedRule
  | SumChildrenRule
  | NotScoredRule
  | ExpressionRule
  | UnknownRule
  | PartsRule;

export type RuleKind = Rule["kind"];

export const partSchema: z.ZodType<Part> = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/),
      label: localizedTextSchema,
      fraction: fraction.refine((f) => f > 0, "a part must be worth more than 0"),
      input: inputIdSchema.optional(),
      rule: ruleSchema.optional(),
    })
    .refine((p) => (p.input === undefined) !== (p.rule === undefined), {
      message: "a part takes either input (yes/no) or rule",
    }),
) as z.ZodType<Part>;

export const partsRuleSchema = z.object({
  kind: z.literal("parts"),
  parts: z.array(partSchema).min(1),
});

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    ratioRuleSchema,
    ratioToTargetRuleSchema,
    ratioFullAboveRuleSchema,
    allOrNothingRuleSchema,
    booleanRuleSchema,
    choiceRuleSchema,
    countBandsRuleSchema,
    amountBandsRuleSchema,
    ratioBandsRuleSchema,
    minMaxRuleSchema,
    relativeToBestRuleSchema,
    countCappedRuleSchema,
    sumChildrenRuleSchema,
    notScoredRuleSchema,
    expressionRuleSchema,
    unknownRuleSchema,
    partsRuleSchema,
  ]),
) as unknown as z.ZodType<Rule>;

export const RULE_KINDS = [
  "ratio",
  "ratio_to_target",
  "ratio_full_above",
  "all_or_nothing",
  "boolean",
  "choice",
  "parts",
  "count_bands",
  "ratio_bands",
  "amount_bands",
  "min_max",
  "relative_to_best",
  "count_capped",
  "sum_children",
  "not_scored",
  "expression",
  "unknown",
] as const satisfies readonly RuleKind[];

/** Rules whose points depend on the other units of the cohort. */
export const COHORT_RULE_KINDS: readonly RuleKind[] = ["min_max", "relative_to_best"];

import { z } from "zod";
import { agencySchema, idSchema, indicatorCodeSchema, inputIdSchema, isoDateSchema } from "./common";
import { planStatusSchema } from "./enums";

/** A value an input can take in a target: a number, yes/no, or a choice's value. */
export const targetValueSchema = z.union([z.number(), z.boolean(), z.string().max(200)]);

/**
 * The target of a plan item: values of the indicator's inputs, keyed by input id or official
 * address (3.3.a); stored by input id. What they earn is computed by the pack's rule.
 */
export const targetInputsSchema = z
  .record(inputIdSchema, targetValueSchema)
  .refine((r) => Object.keys(r).length > 0, "a target gives at least one input's value")
  .refine((r) => Object.keys(r).length <= 20, "a target gives at most 20 inputs");

/** One input of a target: its official address, the target value and the value stored now. */
export const targetInputSchema = z.object({
  input: z.string(),
  address: z.string(),
  value: targetValueSchema,
  current: z.union([targetValueSchema, z.null()]),
});

/** What a target earns, computed by the engine from the stored inputs overlaid with the target's. */
export const planTargetSchema = z.object({
  inputs: z.array(targetInputSchema),
  /** The indicator's points with the target's inputs (never above maxPoints: the pack's rule caps them). */
  points: z.number(),
  currentPoints: z.number(),
  maxPoints: z.number(),
  /** points − currentPoints. */
  gain: z.number(),
});

/** A task of the improvement plan (Phụ lục 1): raise an indicator to a target by a deadline. */
export const planItemSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  indicatorCode: z.string(),
  currentValue: z.string().nullable(),
  /** The target as stored: values keyed by input id; null when none is set. */
  targetInputs: z.record(z.string(), targetValueSchema).nullable(),
  /** The target's points and inputs, computed; null without a target. */
  target: planTargetSchema.nullable(),
  /** The old free-text target (and typed points) kept readable, or a note beside the target. */
  targetNote: z.string().nullable(),
  /** The target in words for exports ("3.3.a = 450000"), else the note. */
  targetValue: z.string().nullable(),
  /** = target.points (computed, never typed); null without a target. */
  targetPoints: z.number().nullable(),
  /** Why a stored target cannot be evaluated now (the stored values changed since), else null. */
  targetProblem: z.string().nullable(),
  leadAgency: z.string().nullable(),
  cooperatingAgencies: z.array(z.string()),
  deadline: z.string().nullable(),
  status: planStatusSchema,
  progressNotes: z.array(z.object({ at: z.string(), by: z.string().nullable(), note: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const planFields = {
  currentValue: z.string().max(500).nullable().optional(),
  targetInputs: targetInputsSchema.nullable().optional(),
  targetNote: z.string().max(500).nullable().optional(),
  /** Deprecated alias of targetNote (the free-text target of old clients): kept as a note. */
  targetValue: z.string().max(500).nullable().optional(),
  /** Refused: points are computed from targetInputs by the pack's rule. */
  targetPoints: z
    .undefined({
      error: "points are never typed: give the target as targetInputs (values of the indicator's inputs) and they are computed",
    })
    .optional(),
  leadAgency: agencySchema.nullable().optional(),
  cooperatingAgencies: z.array(agencySchema).max(50).optional(),
  deadline: isoDateSchema.nullable().optional(),
  status: planStatusSchema.optional(),
};

export const planCreateInputSchema = z.object({ assessmentId: idSchema, indicatorCode: indicatorCodeSchema, ...planFields });
export const planUpdateInputSchema = z.object({ id: idSchema, expectedVersion: z.number().int().min(1), ...planFields });
export const planRemoveInputSchema = z.object({ id: idSchema, expectedVersion: z.number().int().min(1) });
export const planNoteInputSchema = z.object({ id: idSchema, note: z.string().trim().min(1, "a note needs text").max(4000) });
export const planListInputSchema = z.object({ assessmentId: idSchema });

/** Checks a target without saving it: what it would earn, or the coded refusal. */
export const planPreviewInputSchema = z.object({
  assessmentId: idSchema,
  indicatorCode: indicatorCodeSchema,
  targetInputs: targetInputsSchema,
});

export const planGoalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("value"), target: z.number().gt(0, "a DTI value above 0").max(1, "a DTI value is at most 1") }),
  z.object({ kind: z.literal("rank"), target: z.number().int("a rank is a whole number").min(1).max(100) }),
]);

export const planSetGoalInputSchema = z.object({
  assessmentId: idSchema,
  goal: planGoalSchema.nullable(),
  /** The goal's version as last read (null: none was set). */
  expectedVersion: z.number().int().min(1).nullable(),
});

const projectedSchema = z.object({ overall: z.number(), points: z.number(), max: z.number(), rank: z.number().int().nullable() });

/** The plan summed: what the assessment scores now and with every target reached, against the last published cohort. */
export const planProjectionSchema = z.object({
  current: projectedSchema,
  projected: projectedSchema,
  /** Items whose targets were counted (not cancelled, with a target). */
  counted: z.number().int(),
  cohort: z
    .object({
      period: z.number().int(),
      packId: z.string(),
      /** Provinces with a published value, this one left out. */
      size: z.number().int(),
      /** Published rows with a rank but no value: not compared. */
      withoutValue: z.number().int(),
    })
    .nullable(),
  goal: z
    .object({
      kind: z.enum(["value", "rank"]),
      target: z.number(),
      version: z.number().int(),
      /** null when the goal is a rank and there is no published cohort to rank in. */
      reached: z.boolean().nullable(),
      /** Value to reach − projected value (> 0: still missing); for a rank goal, against the value that rank needs (null without a cohort). */
      valueGap: z.number().nullable(),
      /** Projected rank − goal rank (> 0: places still to climb); null without a cohort or for a value goal. */
      rankGap: z.number().int().nullable(),
      /** For a rank goal: the published value the province must pass to reach it (null without a cohort). */
      valueNeeded: z.number().nullable(),
    })
    .nullable(),
});

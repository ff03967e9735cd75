import { z } from "zod";
import { scoreResultSchema, inputValueSchema } from "../scoring";
import { idSchema, indicatorCodeSchema, inputIdSchema, periodSchema, unitIdSchema } from "./common";
import { assessmentStatusSchema, indicatorWorkflowStatusSchema } from "./enums";

export const createAssessmentInputSchema = z.object({
  unitId: unitIdSchema,
  period: periodSchema,
  /** The framework the province picks for the year (a pack id such as dti-province-2022); default: the one that applies. */
  packId: z.string().min(1).max(100).optional(),
  /**
   * Carry-forward: start from this earlier assessment of the same unit (its values carried, each
   * marked "from <its year>, to confirm"). The same pack copies them; another pack maps them through
   * the new pack's crosswalk from the earlier one (its input routes); a pack with no such crosswalk
   * (or one later than the new pack) is CARRY_FORWARD_UNSUPPORTED.
   */
  carryForwardFrom: idSchema.optional(),
});

export const assessmentSchema = z.object({
  id: idSchema,
  unitId: z.string(),
  unitName: z.string(),
  period: z.number().int(),
  pack: z.object({ rowId: idSchema, id: z.string(), version: z.string(), hash: z.string() }),
  status: assessmentStatusSchema,
  version: z.number().int(),
  /** Demo data ("dữ liệu minh họa"): never real figures. */
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;

/**
 * An input not carried forward, and why (`code`): NOT_IN_PACK, NO_EARLIER_DATA (the earlier framework
 * did not collect it), OPERANDS_MISSING (a derived input short of earlier values), NOT_A_NUMBER,
 * NOT_READ (an earlier value the new pack does not read), VALUE_REFUSED. `inputId` is the new pack's
 * input, or the earlier pack's for NOT_IN_PACK and NOT_READ; `text` says it in Vietnamese and English.
 */
export const carrySkipSchema = z.object({
  inputId: z.string(),
  code: z.enum(["NOT_IN_PACK", "NO_EARLIER_DATA", "OPERANDS_MISSING", "NOT_A_NUMBER", "NOT_READ", "VALUE_REFUSED"]),
  /** The English sentence (as text.en). */
  reason: z.string(),
  text: z.object({ vi: z.string(), en: z.string() }),
});

/** How values went from one pack to another: the same pack, the new pack's crosswalk, or a mapping installed by hand. */
export const carryKindSchema = z.enum(["same-pack", "crosswalk", "registered"]);

/** A created assessment, with what was carried forward when it started from an earlier one. */
export const createAssessmentOutputSchema = assessmentSchema.extend({
  carriedForward: z
    .object({
      fromAssessmentId: idSchema,
      fromPeriod: z.number().int(),
      /** The earlier assessment's pack id. */
      fromPack: z.string(),
      mapping: carryKindSchema,
      /** Values carried, each marked to confirm. */
      values: z.number().int(),
      /** What the new assessment could not take, input by input, with why. */
      skipped: z.array(carrySkipSchema),
    })
    .optional(),
});

export const listAssessmentsInputSchema = z.object({ unitId: unitIdSchema.optional(), period: periodSchema.optional() }).default({});
export const assessmentIdInputSchema = z.object({ assessmentId: idSchema });

export const inputValueRowSchema = z.object({
  inputId: z.string(),
  value: inputValueSchema,
  version: z.number().int(),
  source: z.string().nullable(),
  comment: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
  /** The period the value was carried forward from (null: entered for this assessment). */
  carriedFromPeriod: z.number().int().nullable(),
  /** Carried and not yet confirmed: shown "Từ 2022, cần xác nhận". */
  carriedPending: z.boolean(),
});

/** Confirms carried values: the named inputs, or every input of the indicator (by official address too). */
export const confirmCarriedInputSchema = z
  .object({
    assessmentId: idSchema,
    inputIds: z.array(inputIdSchema).min(1).max(5000).optional(),
    indicatorCode: indicatorCodeSchema.optional(),
  })
  .refine((v) => (v.inputIds === undefined) !== (v.indicatorCode === undefined), {
    message: "give either inputIds or indicatorCode",
    path: ["inputIds"],
  });
export const confirmCarriedOutputSchema = z.object({ confirmed: z.array(z.string()) });

export const indicatorStateSchema = z.object({
  indicatorCode: z.string(),
  status: indicatorWorkflowStatusSchema,
  reason: z.string().nullable(),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const assignmentSchema = z.object({
  unitId: z.string(),
  packRowId: z.string(),
  indicatorCode: z.string(),
  leadAgency: z.string().nullable(),
  cooperatingAgencies: z.array(z.string()),
  version: z.number().int(),
});

export const assessmentDetailSchema = z.object({
  assessment: assessmentSchema,
  inputs: z.array(inputValueRowSchema),
  workflow: z.array(indicatorStateSchema),
  assignments: z.array(assignmentSchema),
  /** What the signed-in user may do here: the web app greys out the rest (the server checks anyway). */
  permissions: z.object({
    manage: z.boolean(),
    review: z.boolean(),
    lock: z.boolean(),
    /** Indicators the user may edit, submit and attach evidence to. */
    indicators: z.array(z.string()),
  }),
});

export const setInputInputSchema = z.object({
  assessmentId: idSchema,
  /** Input id (households_total), official address (3.3.a) or general-information code (A6). */
  inputId: inputIdSchema,
  value: inputValueSchema,
  /** The version the edit is based on; null when the input has no value yet. */
  expectedVersion: z.number().int().min(1).nullable(),
  source: z.string().max(500).nullable().optional(),
  comment: z.string().max(2000).nullable().optional(),
});

export const scoreOutputSchema = z.object({
  /** Scored in lenient mode: missing inputs score 0 with a warning per indicator. */
  result: scoreResultSchema,
  /** How many of the pack's enterable inputs have a value. */
  completeness: z.object({ provided: z.number().int(), total: z.number().int() }),
});

export const snapshotSchema = z.object({
  id: idSchema,
  assessmentId: idSchema.nullable(),
  period: z.number().int(),
  packRowId: idSchema,
  packHash: z.string(),
  createdAt: z.string(),
});

export const assessmentTransitionInputSchema = z.object({
  assessmentId: idSchema,
  /** submit: open → submitted (province); lock: submitted → locked, reopen: submitted or locked → open (national admin). */
  action: z.enum(["submit", "lock", "reopen"]),
  expectedVersion: z.number().int().min(1),
  /** submit: true to submit although something is incomplete (else CONFIRMATION_REQUIRED lists it). */
  confirm: z.boolean().optional(),
  /** reopen: why (required, kept in the audit log). */
  reason: z.string().trim().max(2000).optional(),
});

export const INCOMPLETE_KINDS = ["draft", "returned", "submitted", "missingInputs", "missingEvidence"] as const;
export const incompleteKindSchema = z.enum(INCOMPLETE_KINDS);

/** What keeps an assessment from being complete: per indicator, per main index, and in total. */
export const completenessSchema = z.object({
  assessmentId: idSchema,
  /** Indicators with at least one problem, in indicator order. */
  items: z.array(
    z.object({
      indicatorCode: z.string(),
      index: z.string(),
      /** draft, returned or submitted (not yet reviewed); inputs without a value; evidence the pack expects and none attached. */
      problems: z.array(incompleteKindSchema),
      missingInputs: z.array(z.string()),
      reason: z.string().nullable(),
    }),
  ),
  counts: z.record(incompleteKindSchema, z.number().int()),
  /** Per main index: indicators, those with every input entered, approved ones, and those with a problem. */
  indices: z.array(
    z.object({
      index: z.string(),
      indicators: z.number().int(),
      entered: z.number().int(),
      approved: z.number().int(),
      incomplete: z.number().int(),
    }),
  ),
  total: z.number().int(),
  incomplete: z.number().int(),
});
export type CompletenessDto = z.infer<typeof completenessSchema>;

export const indicatorTransitionInputSchema = z.object({
  assessmentId: idSchema,
  indicatorCode: indicatorCodeSchema,
  /** submit (the agency), approve or return (the province's reviewer; return needs a reason). */
  action: z.enum(["submit", "approve", "return"]),
  expectedVersion: z.number().int().min(0),
  reason: z.string().trim().max(2000).optional(),
});

export const assignmentsListInputSchema = z.object({ assessmentId: idSchema });
export const assignmentUpdateInputSchema = z.object({
  assessmentId: idSchema,
  indicatorCode: indicatorCodeSchema,
  leadAgency: z.string().trim().min(1).max(200).nullable(),
  cooperatingAgencies: z.array(z.string().trim().min(1).max(200)).max(50),
  expectedVersion: z.number().int().min(1),
});

/** Many values at once (a filled template, another system's export): all or nothing. */
export const importValuesInputSchema = z.object({
  assessmentId: idSchema,
  values: z
    .array(
      z.object({
        inputId: inputIdSchema,
        value: inputValueSchema,
        source: z.string().max(500).nullable().optional(),
        comment: z.string().max(2000).nullable().optional(),
        /**
         * The version of the stored value this one was based on (a template records them when it is
         * downloaded; null: there was none). When given and the stored value has moved on since, the
         * value is not written but reported in `conflicts`. Omitted: written over whatever is stored.
         */
        baseVersion: z.number().int().min(0).max(2_147_483_647).nullable().optional(),
      }),
    )
    .min(1, "at least one value")
    .max(5000),
  /** The values come from an earlier period's file (last year's filled template): stored marked to confirm. */
  carriedFromPeriod: periodSchema.optional(),
  /**
   * That file was made under another pack (id and version, as its metadata says): `values` are keyed
   * by that pack's inputs and mapped through the assessment's pack's crosswalk from it, as
   * carry-forward maps them (CARRY_FORWARD_UNSUPPORTED without one). Needs `carriedFromPeriod`.
   */
  carriedFromPack: z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(100) }).optional(),
});

/** A value not imported because the stored one changed after the file was made. */
export const importConflictSchema = z.object({
  inputId: z.string(),
  /** The value in the file (the one refused). */
  templateValue: inputValueSchema,
  /** The stored value, as the other change left it. */
  currentValue: inputValueSchema,
  baseVersion: z.number().int().nullable(),
  currentVersion: z.number().int(),
  /** Who changed it last (e-mail), and when. */
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type ImportConflict = z.infer<typeof importConflictSchema>;
export const importValuesOutputSchema = z.object({
  /** Values stored (new or changed). */
  written: z.number().int(),
  /** Values equal to what was stored: left as they were (importing the same file twice changes nothing). */
  unchanged: z.number().int(),
  /**
   * Values left unwritten because the stored value changed since the file was made; present when
   * any value was given with `baseVersion` (empty when none conflicted).
   */
  conflicts: z.array(importConflictSchema).optional(),
  /** With `carriedFromPack`: the mapping used and what could not be carried, input by input. */
  carried: z.object({ fromPack: z.string(), mapping: carryKindSchema, skipped: z.array(carrySkipSchema) }).optional(),
});

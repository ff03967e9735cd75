import { z } from "zod";
import { agencySchema, idSchema, indicatorCodeSchema, isoDateSchema } from "./common";
import { planStatusSchema } from "./enums";

/** A task of the improvement plan (Phụ lục 1): raise an indicator to a target by a deadline. */
export const planItemSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  indicatorCode: z.string(),
  currentValue: z.string().nullable(),
  targetValue: z.string().nullable(),
  targetPoints: z.number().nullable(),
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
  targetValue: z.string().max(500).nullable().optional(),
  targetPoints: z.number().min(0).max(10_000).nullable().optional(),
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

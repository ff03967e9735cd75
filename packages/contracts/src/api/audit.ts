import { z } from "zod";
import { idSchema, isoDateSchema } from "./common";
import { localizedSchema } from "../scoring";

export const auditListInputSchema = z.object({
  /** Everything about one assessment: its status, values, workflow, evidence and plan (province admins must give it). */
  assessmentId: idSchema.optional(),
  entity: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(200).optional(),
  actorId: idSchema.optional(),
  /** An action code ("input.set", "indicator.approve"). */
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .optional(),
  /** Entries about this indicator: its values and its workflow. */
  indicatorCode: z
    .string()
    .regex(/^\d+(?:\.\d+)+$/)
    .optional(),
  /** Days in Vietnam's time (UTC+7), both included. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  /** The previous page's `nextBefore`. */
  before: z.number().int().min(1).optional(),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** The author's display name, when the account has one. */
  actorName: z.string().nullable().optional(),
  /** What the entry is about, in words: the province, the year, the indicator and the value's address. */
  subject: z
    .object({
      unitName: z.string().nullable(),
      period: z.number().int().nullable(),
      indicatorCode: z.string().nullable(),
      indicatorName: localizedSchema.nullable(),
      /** "3.3.a" for a value. */
      address: z.string().nullable(),
      inputLabel: localizedSchema.nullable(),
      /** A choice's options, to say "Bí thư hoặc Chủ tịch" rather than its stored code. */
      options: z.array(z.object({ value: z.string(), label: localizedSchema })).optional(),
    })
    .nullable()
    .optional(),
});

export const auditListOutputSchema = z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() });
export type AuditListInput = z.infer<typeof auditListInputSchema>;

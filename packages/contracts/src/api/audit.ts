import { z } from "zod";
import { idSchema } from "./common";

export const auditListInputSchema = z.object({
  /** Everything about one assessment: its status, values, workflow, evidence and plan (province admins must give it). */
  assessmentId: idSchema.optional(),
  entity: z.string().min(1).max(50).optional(),
  entityId: z.string().min(1).max(200).optional(),
  actorId: idSchema.optional(),
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
});

export const auditListOutputSchema = z.object({ entries: z.array(auditEntrySchema), nextBefore: z.number().int().nullable() });

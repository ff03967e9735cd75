import { z } from "zod";
import { idSchema } from "./common";
import { packSourceSchema, packStatusSchema } from "./enums";

export const packSummarySchema = z.object({
  /** The stored row's id: assessments and snapshots refer to it. */
  id: idSchema,
  packId: z.string(),
  version: z.string(),
  hash: z.string(),
  title: z.string(),
  years: z.array(z.number().int()),
  coverage: z.string(),
  source: packSourceSchema,
  /** Uploaded bundles are drafts until a national admin activates them. */
  status: packStatusSchema,
  /** Used by a score snapshot: it can never change again. */
  pinned: z.boolean(),
  createdAt: z.string(),
});
export type PackSummaryDto = z.infer<typeof packSummarySchema>;

export const packIssueSchema = z.object({ code: z.string(), path: z.string(), message: z.string() });

export const packGetInputSchema = z.object({ id: idSchema });
export const packDetailSchema = packSummarySchema.extend({
  indicators: z.number().int(),
  totalPoints: z.number().nullable(),
  warnings: z.array(packIssueSchema),
  /** The pack as its bundle holds it (indices, indicators, rules, agencies…). */
  content: z.unknown(),
});

/** A bundle written by `dti pack build` (`{ "format": "dti-pack-bundle@1", "pack": { … } }`). */
export const packUploadInputSchema = z.object({
  bundle: z.object({ format: z.literal("dti-pack-bundle@1"), pack: z.unknown() }),
});
export const packUploadOutputSchema = z.object({
  /** Stored as a draft (an invalid bundle is refused with PACK_INVALID and every issue instead). */
  pack: packSummarySchema,
  created: z.boolean(),
  report: z.object({ errors: z.array(packIssueSchema), warnings: z.array(packIssueSchema) }),
});
export const packActivateInputSchema = z.object({ id: idSchema });

import { z } from "zod";
import { idSchema, indicatorCodeSchema } from "./common";

export const evidenceSchema = z.object({
  id: idSchema,
  assessmentId: idSchema,
  indicatorCode: z.string(),
  fileName: z.string(),
  /** Found from the file's content, not from its name or what the browser claimed. */
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type EvidenceDto = z.infer<typeof evidenceSchema>;

export const evidenceListInputSchema = z.object({ assessmentId: idSchema, indicatorCode: indicatorCodeSchema.optional() });
export const evidenceRemoveInputSchema = z.object({ id: idSchema });
/** The form fields of `POST /api/evidence` (multipart, with one `file` part). */
export const evidenceUploadFieldsSchema = z.object({ assessmentId: idSchema, indicatorCode: indicatorCodeSchema });
export const evidenceUploadOutputSchema = evidenceSchema.extend({ created: z.boolean() });

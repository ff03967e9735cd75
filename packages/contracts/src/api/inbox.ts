import { z } from "zod";
import { idSchema } from "./common";
import { assessmentStatusSchema, planStatusSchema } from "./enums";

/** The assessment an inbox item belongs to. */
const inboxAssessmentSchema = z.object({
  assessmentId: idSchema,
  unitId: z.string(),
  unitName: z.string(),
  period: z.number().int(),
});

/** What waits for the signed-in user, within what they may see (their province, their agency). */
export const inboxSchema = z.object({
  /** Indicators returned to the user (their agency's, or every one of the province for its admin), with the reason. */
  returned: z.array(
    inboxAssessmentSchema.extend({
      indicatorCode: z.string(),
      reason: z.string().nullable(),
      version: z.number().int(),
      returnedAt: z.string().nullable(),
    }),
  ),
  /** Indicators submitted and waiting for the user's review (province admins, national admins). */
  toReview: z.array(
    inboxAssessmentSchema.extend({
      indicatorCode: z.string(),
      version: z.number().int(),
      submittedAt: z.string().nullable(),
      /** The user submitted it: someone else must approve it (separation of duties). */
      ownSubmission: z.boolean(),
    }),
  ),
  /** Assessments submitted by their province and waiting for a national admin to lock or reopen them. */
  toLock: z.array(inboxAssessmentSchema.extend({ status: assessmentStatusSchema, submittedAt: z.string() })),
  /** Plan items not done whose deadline is past or within `deadlineDays` days. */
  deadlines: z.array(
    inboxAssessmentSchema.extend({
      planItemId: idSchema,
      indicatorCode: z.string(),
      deadline: z.string(),
      status: planStatusSchema,
      overdue: z.boolean(),
      daysLeft: z.number().int(),
    }),
  ),
  deadlineDays: z.number().int(),
  counts: z.object({ returned: z.number().int(), toReview: z.number().int(), toLock: z.number().int(), deadlines: z.number().int() }),
});
export type InboxDto = z.infer<typeof inboxSchema>;

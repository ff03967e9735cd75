import { z } from "zod";

/**
 * The names of roles and statuses, defined once: the database schema (@dti/db), the API and the web
 * app import them from here. Order matters where a screen lists them (workflow order).
 */

/** Who a user is: a national admin sees every province; everyone else belongs to one. */
export const ROLES = ["national_admin", "province_admin", "agency_contributor", "viewer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** An assessment is entered while open, submitted by its province, then locked by a national admin. */
export const ASSESSMENT_STATUSES = ["open", "submitted", "locked"] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

/** One indicator's review: drafted by its agency, submitted, then approved or returned with a reason. */
export const INDICATOR_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export const indicatorWorkflowStatusSchema = z.enum(INDICATOR_STATUSES);
export type IndicatorStatus = z.infer<typeof indicatorWorkflowStatusSchema>;

/** An improvement plan item. */
export const PLAN_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Uploaded pack bundles are drafts until a national admin activates them; installed packs are active. */
export const PACK_STATUSES = ["draft", "active"] as const;
export const packStatusSchema = z.enum(PACK_STATUSES);
export type PackStatus = z.infer<typeof packStatusSchema>;

/** Where a stored pack came from. */
export const PACK_SOURCES = ["installed", "uploaded"] as const;
export const packSourceSchema = z.enum(PACK_SOURCES);
export type PackSource = z.infer<typeof packSourceSchema>;

/**
 * The names of roles and statuses, defined once: the database schema (@dti/db), the API's schemas
 * (./api/enums.ts) and the web app import them from here. No zod: the web app imports this file
 * alone (`@dti/contracts/enums`). Order matters where a screen lists them (workflow order).
 */

/** Who a user is: a national admin sees every province; everyone else belongs to one. */
export const ROLES = ["national_admin", "province_admin", "agency_contributor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** An assessment is entered while open, submitted by its province, then locked by a national admin. */
export const ASSESSMENT_STATUSES = ["open", "submitted", "locked"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** One indicator's review: drafted by its agency, submitted, then approved or returned with a reason. */
export const INDICATOR_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** An improvement plan item. */
export const PLAN_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Uploaded pack bundles are drafts until a national admin activates them; installed packs are active. */
export const PACK_STATUSES = ["draft", "active"] as const;
export type PackStatus = (typeof PACK_STATUSES)[number];

/** Where a stored pack came from. */
export const PACK_SOURCES = ["installed", "uploaded"] as const;
export type PackSource = (typeof PACK_SOURCES)[number];

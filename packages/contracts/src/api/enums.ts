import { z } from "zod";
import { ASSESSMENT_STATUSES, INDICATOR_STATUSES, PACK_SOURCES, PACK_STATUSES, PLAN_STATUSES, ROLES } from "../enums";

/** The API's schemas of the names defined once in ../enums.ts. */
export const roleSchema = z.enum(ROLES);
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export const indicatorWorkflowStatusSchema = z.enum(INDICATOR_STATUSES);
export const planStatusSchema = z.enum(PLAN_STATUSES);
export const packStatusSchema = z.enum(PACK_STATUSES);
export const packSourceSchema = z.enum(PACK_SOURCES);

import { z } from "zod";

/**
 * Shared pieces of the API's contracts. Ids of stored rows are uuids; unit ids are the registry's
 * (`p63-48`, `p34-48`); periods are assessment years.
 */
export const idSchema = z.uuid("expected a uuid such as 3f2b8c1e-…");
export const unitIdSchema = z
  .string()
  .min(1, "unit id is required")
  .max(40)
  .regex(/^[a-z0-9-]+$/, "expected a unit id such as p63-48 or p34-48");
export const periodSchema = z.number().int("expected a whole year").min(2000).max(2100);
export const isoDateSchema = z.iso.date("expected an ISO date such as 2025-07-01");
export const indicatorCodeSchema = z
  .string()
  .min(1)
  .max(20)
  .regex(/^\d+(\.\d+)*$/, "expected an official indicator code such as 3.3 or 5.12.1");
export const inputIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.]+$/, "expected an input id (households_total), official address (3.3.a) or code (A6)");
export const agencySchema = z.string().trim().min(1).max(200);

/** One problem with one field: where, what, and the expected form. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string(), expected: z.string().optional() });

/** The body of every error answer (HTTP routes: `{ error }`; tRPC: `error.data.apiError`). */
export const apiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(fieldIssueSchema),
  details: z.record(z.string(), z.unknown()).optional(),
});
export const errorResponseSchema = z.object({ error: apiErrorBodySchema });

export const pageSchema = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

import { z } from "zod";
import { agencySchema, idSchema, unitIdSchema } from "./common";
import { roleSchema } from "./enums";

export const emailSchema = z.string().trim().max(254).pipe(z.email("expected an e-mail address"));

export const loginInputSchema = z.object({
  email: emailSchema,
  /** Checked against the stored hash only; the policy applies when a password is set. */
  password: z.string().min(1, "password is required").max(1024),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.string().nullable(),
  agency: z.string().nullable(),
  /** Seeded by the demo mode: show it as demo everywhere. */
  isDemo: z.boolean(),
});
export type SessionUserDto = z.infer<typeof sessionUserSchema>;

/** The session as the web app sees it: the user and the token to send in `x-csrf-token` on every change. */
export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export const meOutputSchema = z.union([sessionInfoSchema, z.object({ user: z.null() })]);

export const changePasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

export const createUserInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "name is required").max(200),
  password: z.string().max(1024),
  role: roleSchema,
  unitId: unitIdSchema.nullable().default(null),
  agency: agencySchema.nullable().default(null),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const userSummarySchema = sessionUserSchema.extend({ disabled: z.boolean(), createdAt: z.string() });

export const listUsersInputSchema = z.object({ unitId: unitIdSchema.optional() }).default({});
export const setUserDisabledInputSchema = z.object({ userId: idSchema, disabled: z.boolean() });

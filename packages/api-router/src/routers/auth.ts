import { changePasswordInputSchema, loginInputSchema, meOutputSchema, sessionInfoSchema } from "@dti/contracts";
import { z } from "zod";
import { login } from "../auth/login";
import { assertPasswordPolicy, hashPassword, verifyPassword } from "../auth/password";
import { reserveAttempt } from "../auth/rate-limit";
import { ApiError } from "../errors";
import { authedProcedure, publicProcedure, router, signInProcedure } from "../trpc";

export const authRouter = router({
  /** Opens a session: sets the httpOnly cookie and returns the CSRF token to send on every change. */
  login: signInProcedure
    .input(loginInputSchema)
    .output(sessionInfoSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await login(ctx.repos, { ...input, ip: ctx.request.ip }, ctx.settings.rateLimits);
      if (ctx.session) await ctx.repos.sessions.delete(ctx.session.id);
      ctx.cookies.set(result.token, result.expiresAt);
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    }),

  logout: authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.session) await ctx.repos.sessions.delete(ctx.session.id);
    ctx.cookies.clear();
    return { ok: true as const };
  }),

  /** The signed-in user and the session's CSRF token, or `{ user: null }`. */
  me: publicProcedure.output(meOutputSchema).query(({ ctx }) => {
    if (!ctx.user) return { user: null };
    return { user: ctx.user, csrfToken: ctx.session?.csrfToken ?? "", expiresAt: (ctx.session?.expiresAt ?? new Date()).toISOString() };
  }),

  /** Every other session of the user is closed: a changed password locks out whoever knew the old one. */
  changePassword: authedProcedure
    .input(changePasswordInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      // Wrong current passwords are throttled as sign-ins are, by the account and the address.
      const attemptId = await reserveAttempt(ctx.repos.loginAttempts, ctx.user.email, ctx.request.ip, ctx.settings.rateLimits);
      const currentHash = await ctx.repos.users.passwordHash(ctx.user.id);
      if (currentHash === undefined || !(await verifyPassword(input.currentPassword, currentHash)))
        throw new ApiError("LOGIN_FAILED", "the current password is wrong", {
          fields: [{ path: "currentPassword", message: "wrong password" }],
        });
      await ctx.repos.loginAttempts.succeeded(attemptId);
      assertPasswordPolicy(input.newPassword, "newPassword");
      const hash = await hashPassword(input.newPassword);
      const session = ctx.session;
      await ctx.repos.transaction(async (trx) => {
        await ctx.repos.users.setPasswordHash(ctx.user.id, hash, { userId: ctx.user.id }, trx);
        await ctx.repos.sessions.deleteOfUser(ctx.user.id, trx);
        if (session)
          await ctx.repos.sessions.create(
            { id: session.id, userId: ctx.user.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
            trx,
          );
      });
      return { ok: true as const };
    }),
});

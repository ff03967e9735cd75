import { changePasswordInputSchema, loginInputSchema, meOutputSchema, sessionInfoSchema } from "@dti/contracts";
import { z } from "zod";
import { login } from "../auth/login";
import { assertPasswordPolicy, hashPassword, verifyPassword } from "../auth/password";
import { deleteSession, deleteSessionsOfUser } from "../auth/sessions";
import { ApiError } from "../errors";
import { authedProcedure, publicProcedure, router, signInProcedure } from "../trpc";

export const authRouter = router({
  /** Opens a session: sets the httpOnly cookie and returns the CSRF token to send on every change. */
  login: signInProcedure
    .input(loginInputSchema)
    .output(sessionInfoSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await login(ctx.db, { ...input, ip: ctx.request.ip }, ctx.settings.rateLimits);
      if (ctx.session) await deleteSession(ctx.db, ctx.session.id);
      ctx.cookies.set(result.token, result.expiresAt);
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    }),

  logout: authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.session) await deleteSession(ctx.db, ctx.session.id);
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
      const row = await ctx.db.selectFrom("users").select(["password_hash"]).where("id", "=", ctx.user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(input.currentPassword, row.password_hash)))
        throw new ApiError("LOGIN_FAILED", "the current password is wrong", {
          fields: [{ path: "currentPassword", message: "wrong password" }],
        });
      assertPasswordPolicy(input.newPassword, "newPassword");
      const hash = await hashPassword(input.newPassword);
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable("users").set({ password_hash: hash }).where("id", "=", ctx.user.id).execute();
        await deleteSessionsOfUser(trx, ctx.user.id);
        if (ctx.session)
          await trx
            .insertInto("sessions")
            .values({ id: ctx.session.id, user_id: ctx.user.id, csrf_token: ctx.session.csrfToken, expires_at: ctx.session.expiresAt })
            .execute();
        await trx
          .insertInto("audit_log")
          .values({ actor_id: ctx.user.id, action: "user.password", entity: "user", entity_id: ctx.user.id, before: null, after: null })
          .execute();
      });
      return { ok: true as const };
    }),
});

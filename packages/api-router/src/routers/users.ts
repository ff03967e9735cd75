import { createUserInputSchema, listUsersInputSchema, setUserDisabledInputSchema, userSummarySchema } from "@dti/contracts";
import type { StoredUser } from "@dti/db";
import { z } from "zod";
import { canManageUser, ensure } from "../access";
import { insertUser, normalizeEmail, toSessionUser } from "../auth/users";
import { ApiError } from "../errors";
import { iso } from "../services/dto";
import { actorOf } from "../services/scope";
import { authedProcedure, router } from "../trpc";

function summaryDto(user: StoredUser) {
  return { ...toSessionUser(user), disabled: user.disabledAt !== null, createdAt: iso(user.createdAt) };
}

/** Accounts: national admins manage everyone; a province admin the contributors and viewers of its province. */
export const usersRouter = router({
  list: authedProcedure
    .input(listUsersInputSchema)
    .output(z.array(userSummarySchema))
    .query(async ({ ctx, input }) => {
      ensure(ctx.user.role === "national_admin" || ctx.user.role === "province_admin", "only admins list accounts");
      const unitId = ctx.user.role === "province_admin" ? ctx.user.unitId : input.unitId || undefined;
      const users = await ctx.repos.users.list(unitId === undefined ? {} : { unitId });
      return users.map(summaryDto);
    }),

  /** Creates an account in the actor's scope; the password policy applies (PASSWORD_WEAK). */
  create: authedProcedure
    .input(createUserInputSchema)
    .output(userSummarySchema)
    .mutation(async ({ ctx, input }) => {
      ensure(
        canManageUser(ctx.user, { role: input.role, unitId: input.unitId }),
        `you cannot create a ${input.role} ${input.unitId ? `in ${input.unitId}` : "account"}`,
      );
      // An e-mail already used outside the creator's scope gets a refusal that names no account,
      // province or role: a province admin cannot probe who has an account elsewhere (a national
      // admin, whose scope is everything, still gets ALREADY_EXISTS; so does an account the
      // creator could see in its own list).
      const existing = await ctx.repos.users.findByEmail(normalizeEmail(input.email));
      if (existing && !canManageUser(ctx.user, { role: existing.role, unitId: existing.unitId }))
        throw new ApiError("FORBIDDEN", "this e-mail cannot be given an account by you; ask a national admin", {
          fields: [{ path: "email", message: "cannot be used here" }],
        });
      const row = await insertUser(ctx.repos, input, { actor: actorOf(ctx) });
      return summaryDto(row);
    }),

  /** Disabling closes the account's sessions at once. */
  setDisabled: authedProcedure
    .input(setUserDisabledInputSchema)
    .output(userSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const target = await ctx.repos.users.find(input.userId);
      ensure(
        target !== undefined && canManageUser(ctx.user, { role: target.role, unitId: target.unitId }),
        `user ${input.userId} not found`,
        { hide: true },
      );
      ensure(target!.id !== ctx.user.id, "you cannot disable your own account");
      // Disabling closes the account's sessions in the same transaction.
      const row = await ctx.repos.transaction(async (trx) => {
        const updated = await ctx.repos.users.setDisabled(input.userId, input.disabled, actorOf(ctx), trx);
        if (input.disabled) await ctx.repos.sessions.deleteOfUser(input.userId, trx);
        return updated;
      });
      return summaryDto(row);
    }),
});

import { createUserInputSchema, listUsersInputSchema, setUserDisabledInputSchema, userSummarySchema } from "@dti/contracts";
import { z } from "zod";
import { canManageUser, ensure } from "../access";
import { deleteSessionsOfUser } from "../auth/sessions";
import { insertUser, toSessionUser } from "../auth/users";
import { iso } from "../services/dto";
import { authedProcedure, router } from "../trpc";

const SUMMARY = ["id", "email", "display_name", "role", "unit_id", "agency", "is_demo", "created_at", "disabled_at"] as const;

function summaryDto(row: {
  id: string;
  email: string;
  display_name: string;
  role: "national_admin" | "province_admin" | "agency_contributor" | "viewer";
  unit_id: string | null;
  agency: string | null;
  is_demo: boolean;
  created_at: Date;
  disabled_at: Date | null;
}) {
  return { ...toSessionUser(row), disabled: row.disabled_at !== null, createdAt: iso(row.created_at) };
}

/** Accounts: national admins manage everyone; a province admin the contributors and viewers of its province. */
export const usersRouter = router({
  list: authedProcedure
    .input(listUsersInputSchema)
    .output(z.array(userSummarySchema))
    .query(async ({ ctx, input }) => {
      ensure(ctx.user.role === "national_admin" || ctx.user.role === "province_admin", "only admins list accounts");
      let query = ctx.db.selectFrom("users").select(SUMMARY);
      if (ctx.user.role === "province_admin") query = query.where("unit_id", "=", ctx.user.unitId);
      else if (input.unitId) query = query.where("unit_id", "=", input.unitId);
      const rows = await query.orderBy("email").execute();
      return rows.map(summaryDto);
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
      const row = await ctx.db.transaction().execute(async (trx) => {
        const created = await insertUser(trx, input);
        await trx
          .insertInto("audit_log")
          .values({
            actor_id: ctx.user.id,
            action: "user.create",
            entity: "user",
            entity_id: created.id,
            before: null,
            after: JSON.stringify({ email: created.email, role: created.role, unitId: created.unit_id, agency: created.agency }),
          })
          .execute();
        return created;
      });
      return summaryDto(row);
    }),

  /** Disabling closes the account's sessions at once. */
  setDisabled: authedProcedure
    .input(setUserDisabledInputSchema)
    .output(userSummarySchema)
    .mutation(async ({ ctx, input }) => {
      const target = await ctx.db.selectFrom("users").select(SUMMARY).where("id", "=", input.userId).executeTakeFirst();
      ensure(
        target !== undefined && canManageUser(ctx.user, { role: target.role, unitId: target.unit_id }),
        `user ${input.userId} not found`,
        { hide: true },
      );
      ensure(target!.id !== ctx.user.id, "you cannot disable your own account");
      const row = await ctx.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable("users")
          .set({ disabled_at: input.disabled ? new Date() : null })
          .where("id", "=", input.userId)
          .returning(SUMMARY)
          .executeTakeFirstOrThrow();
        if (input.disabled) await deleteSessionsOfUser(trx, input.userId);
        await trx
          .insertInto("audit_log")
          .values({
            actor_id: ctx.user.id,
            action: input.disabled ? "user.disable" : "user.enable",
            entity: "user",
            entity_id: input.userId,
            before: JSON.stringify({ disabled: target!.disabled_at !== null }),
            after: JSON.stringify({ disabled: input.disabled }),
          })
          .execute();
        return updated;
      });
      return summaryDto(row);
    }),
});

import {
  planCreateInputSchema,
  planItemSchema,
  planListInputSchema,
  planNoteInputSchema,
  planRemoveInputSchema,
  planUpdateInputSchema,
} from "@dti/contracts";
import type { PlanItem } from "@dti/db";
import { z } from "zod";
import { canAddProgressNote, canManageAssessment, ensure } from "../access";
import { iso } from "../services/dto";
import { actorOf, readableAssessment, requireIndicator, type AuthedContext } from "../services/scope";
import { authedProcedure, router } from "../trpc";

function planDto(p: PlanItem) {
  const { createdBy: _createdBy, ...rest } = p;
  return { ...rest, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) };
}

/** The plan item and its assessment, if the user may read it (else NOT_FOUND). */
async function readablePlan(ctx: AuthedContext, id: string) {
  const item = await ctx.repos.plans.get(id);
  const scope = await readableAssessment(ctx, item.assessmentId);
  return { item, scope };
}

/** The improvement plan of an assessment: tasks per indicator, with targets, agencies, deadlines and progress notes. */
export const plansRouter = router({
  list: authedProcedure
    .input(planListInputSchema)
    .output(z.array(planItemSchema))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      return (await ctx.repos.plans.list(scope.assessment.id)).map(planDto);
    }),

  create: authedProcedure
    .input(planCreateInputSchema)
    .output(planItemSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      requireIndicator(scope, input.indicatorCode);
      return planDto(await ctx.repos.plans.create(input, actorOf(ctx)));
    }),

  update: authedProcedure
    .input(planUpdateInputSchema)
    .output(planItemSchema)
    .mutation(async ({ ctx, input }) => {
      const { scope } = await readablePlan(ctx, input.id);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      return planDto(await ctx.repos.plans.update(input, actorOf(ctx)));
    }),

  remove: authedProcedure
    .input(planRemoveInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const { scope } = await readablePlan(ctx, input.id);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      await ctx.repos.plans.remove(input, actorOf(ctx));
      return { ok: true as const };
    }),

  /** The lead or a cooperating agency reports progress; notes only accumulate. */
  addNote: authedProcedure
    .input(planNoteInputSchema)
    .output(planItemSchema)
    .mutation(async ({ ctx, input }) => {
      const { item, scope } = await readablePlan(ctx, input.id);
      ensure(
        canAddProgressNote(ctx.user, scope.assessment, item),
        "only the plan item's agencies and the province's admin add progress notes",
      );
      return planDto(await ctx.repos.plans.addProgressNote(input, actorOf(ctx)));
    }),
});

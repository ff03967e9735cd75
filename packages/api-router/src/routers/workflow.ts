import { assessmentIdInputSchema, indicatorStateSchema, indicatorTransitionInputSchema } from "@dti/contracts";
import { z } from "zod";
import { canReviewIndicator, canWorkOnIndicator, ensure } from "../access";
import { indicatorStateDto } from "../services/dto";
import { accessAssignments, actorOf, assignmentsOf, readableAssessment, requireIndicator } from "../services/scope";
import { authedProcedure, router } from "../trpc";

const TO = { submit: "submitted", approve: "approved", return: "returned" } as const;

export const workflowRouter = router({
  /** The indicators of an assessment that have moved at least once (the rest are drafts at version 0). */
  list: authedProcedure
    .input(assessmentIdInputSchema)
    .output(z.array(indicatorStateSchema))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      return (await ctx.repos.workflow.list(scope.assessment.id)).map(indicatorStateDto);
    }),

  /**
   * An indicator's review: the assigned agency (or the province's admin) submits; the province's
   * admin approves or returns it with a reason. Based on the version the user saw.
   */
  transition: authedProcedure
    .input(indicatorTransitionInputSchema)
    .output(indicatorStateSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      requireIndicator(scope, input.indicatorCode);
      if (input.action === "submit")
        ensure(
          canWorkOnIndicator(ctx.user, scope.assessment, input.indicatorCode, accessAssignments(await assignmentsOf(ctx, scope))),
          `indicator ${input.indicatorCode} is not assigned to your agency`,
        );
      else ensure(canReviewIndicator(ctx.user, scope.assessment), "only the province's admin reviews indicators");
      const state = await ctx.repos.workflow.transition(
        {
          assessmentId: scope.assessment.id,
          indicatorCode: input.indicatorCode,
          to: TO[input.action],
          reason: input.reason ?? null,
          expectedVersion: input.expectedVersion,
        },
        actorOf(ctx),
      );
      return indicatorStateDto(state);
    }),
});

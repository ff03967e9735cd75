import { assessmentIdInputSchema, indicatorStateSchema, indicatorTransitionInputSchema } from "@dti/contracts";
import { z } from "zod";
import { canReviewIndicator, canWorkOnIndicator, ensure } from "../access";
import { ApiError } from "../errors";
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
   * admin approves or returns it with a reason. Based on the version the user saw. Separation of
   * duties (on unless the deployment turns it off): whoever submitted the indicator cannot approve
   * it (SEPARATION_OF_DUTIES).
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
      if (input.action === "approve" && ctx.settings.separationOfDuties) {
        // The submitter is who moved it last while it is submitted. The transition below only
        // succeeds at the version read here, so the state checked is the state approved.
        const current = await ctx.repos.workflow.get(scope.assessment.id, input.indicatorCode);
        if (current.version === input.expectedVersion && current.status === "submitted" && current.updatedBy === ctx.user.id)
          throw new ApiError(
            "SEPARATION_OF_DUTIES",
            `you submitted indicator ${input.indicatorCode}: another reviewer must approve it (separation of duties)`,
            {
              fields: [
                { path: "action", message: "the submitter cannot approve", expected: "approval by a reviewer who did not submit it" },
              ],
              details: {
                indicatorCode: input.indicatorCode,
                submittedBy: current.updatedBy,
                setting: "DTI_SEPARATION_OF_DUTIES",
                text: {
                  vi: `Bạn đã gửi chỉ tiêu ${input.indicatorCode} nên không thể tự duyệt: cần một người xét duyệt khác (phân tách nhiệm vụ).`,
                  en: `You submitted indicator ${input.indicatorCode}, so you cannot approve it: another reviewer must (separation of duties).`,
                },
              },
            },
          );
      }
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

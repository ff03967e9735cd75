import { assignmentSchema, assignmentUpdateInputSchema, assignmentsListInputSchema } from "@dti/contracts";
import { z } from "zod";
import { canManageAssignments, ensure } from "../access";
import { ApiError } from "../errors";
import { assignmentDto } from "../services/dto";
import { actorOf, assignmentsOf, readableAssessment, requireIndicator } from "../services/scope";
import { authedProcedure, router } from "../trpc";

export const assignmentsRouter = router({
  /** Which agency leads each indicator of the assessment's pack in its province, and which cooperate. */
  list: authedProcedure
    .input(assignmentsListInputSchema)
    .output(z.array(assignmentSchema))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      return (await assignmentsOf(ctx, scope)).map(assignmentDto);
    }),

  /** The province's admin changes an indicator's agencies (for every assessment of the province under this pack). */
  update: authedProcedure
    .input(assignmentUpdateInputSchema)
    .output(assignmentSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      ensure(canManageAssignments(ctx.user, scope.assessment.unitId), "only the province's admin assigns indicators");
      requireIndicator(scope, input.indicatorCode);
      const known = new Set(scope.inputs.agencies);
      const unknown = [input.leadAgency, ...input.cooperatingAgencies].filter(
        (a): a is string => a !== null && known.size > 0 && !known.has(a),
      );
      if (unknown.length > 0)
        throw new ApiError("VALIDATION_FAILED", `unknown agency: ${unknown.join(", ")}`, {
          fields: unknown.map((a) => ({
            path: a === input.leadAgency ? "leadAgency" : "cooperatingAgencies",
            message: `"${a}" is not an agency of the pack`,
            expected: `one of ${[...known].join("; ")}`,
          })),
        });
      const updated = await ctx.repos.assignments.update(
        {
          unitId: scope.assessment.unitId,
          packRowId: scope.assessment.packRowId,
          indicatorCode: input.indicatorCode,
          leadAgency: input.leadAgency,
          cooperatingAgencies: input.cooperatingAgencies,
          expectedVersion: input.expectedVersion,
        },
        actorOf(ctx),
      );
      return assignmentDto(updated);
    }),
});

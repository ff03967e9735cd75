import { evidenceListInputSchema, evidenceRemoveInputSchema, evidenceSchema } from "@dti/contracts";
import { z } from "zod";
import { evidenceDto, removeEvidence } from "../services/evidence";
import { readableAssessment } from "../services/scope";
import { authedProcedure, router } from "../trpc";

/** Upload and download go through HTTP (`POST /api/evidence`, `GET /api/evidence/:id`): files are not JSON. */
export const evidenceRouter = router({
  list: authedProcedure
    .input(evidenceListInputSchema)
    .output(z.array(evidenceSchema))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      return (await ctx.repos.evidence.list(scope.assessment.id, input.indicatorCode)).map(evidenceDto);
    }),

  remove: authedProcedure
    .input(evidenceRemoveInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeEvidence(ctx, input.id);
      return { ok: true as const };
    }),
});

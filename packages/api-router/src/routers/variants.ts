import { variantScoreInputSchema } from "@dti/contracts";
import { canManagePacks, canReadAssessment, ensure } from "../access";
import { ApiError } from "../errors";
import { packDto } from "../services/dto";
import { compareBoth, datasetOf, loadVariant, scoreDataset } from "../services/what-if";
import { authedProcedure, router } from "../trpc";

export const variantsRouter = router({
  /**
   * A what-if overlay (dti-variant@1) applied to an active pack: the pack's assessments of the
   * period, scored as one cohort (lenient) under the official pack and under the variant, side by
   * side. A mutation, not a query: the overlay can be longer than a URL. National admins only (it
   * reads every province's unpublished data).
   */
  score: authedProcedure.input(variantScoreInputSchema).mutation(async ({ ctx, input }) => {
    ensure(canManagePacks(ctx.user), "what-if variants score every province's unpublished data: national admins only");
    const official = await ctx.packs.get(input.packId);
    if (official.summary.status !== "active")
      throw new ApiError(
        "PACK_NOT_ACTIVE",
        `pack ${official.summary.packId} v${official.summary.version} is a draft: a variant changes an active framework`,
        {
          fields: [{ path: "packId", message: "a draft pack", expected: "an active pack" }],
        },
      );
    const variant = loadVariant(ctx, official, input.variant);
    const assessments = (await ctx.repos.assessments.list({ period: input.period })).filter(
      (a) => a.packRowId === official.summary.id && canReadAssessment(ctx.user, a),
    );
    if (assessments.length === 0)
      throw new ApiError("NOT_FOUND", `no assessment of ${input.period} uses ${official.summary.packId} v${official.summary.version}`, {
        fields: [{ path: "period", message: `no assessment of ${input.period} under this pack` }],
      });
    const rows = await datasetOf(ctx, assessments);
    const a = scoreDataset(ctx, official.loaded, input.period, rows);
    const b = scoreDataset(ctx, variant, input.period, rows);
    return {
      pack: packDto(official.summary),
      variantPack: { id: variant.ref.id, hash: variant.ref.hash },
      assessments: rows.map((r) => ({ assessmentId: r.assessment.id, unitId: r.assessment.unitId, unitName: r.unitName })),
      official: a.result,
      variant: b.result,
      comparison: compareBoth({ result: a.result, pack: official.loaded }, { result: b.result, pack: variant }),
    };
  }),
});

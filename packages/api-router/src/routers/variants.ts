import { variantScoreInputSchema, variantSensitivityInputSchema } from "@dti/contracts";
import { rankSensitivity } from "@dti/engine";
import { canManagePacks, canReadAssessment, ensure } from "../access";
import { ApiError } from "../errors";
import { packDto } from "../services/dto";
import { compareBoth, datasetOf, knownInputs, loadVariant, scoreDataset } from "../services/what-if";
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

  /**
   * How stable each rank is: the pack's assessments of the period (the demo cohort in demo mode)
   * ranked again under seeded random draws of the alternatives the pack declares, with each unit's
   * rank band and the alternatives that move ranks most. Lenient, as the other what-if screens score
   * stored data; inputs the pack does not know are left out and listed. National admins only.
   */
  sensitivity: authedProcedure.input(variantSensitivityInputSchema).mutation(async ({ ctx, input }) => {
    ensure(canManagePacks(ctx.user), "rank sensitivity scores every province's unpublished data: national admins only");
    const official = await ctx.packs.get(input.packId);
    if (!official.loaded.pack.sensitivity)
      throw new ApiError(
        "PACK_COVERAGE",
        `pack ${official.summary.packId} v${official.summary.version} declares no sensitivity alternatives`,
        { fields: [{ path: "packId", message: "no sensitivity section", expected: "a pack that declares sensitivity.alternatives" }] },
      );
    const assessments = (await ctx.repos.assessments.list({ period: input.period })).filter(
      (a) => a.packRowId === official.summary.id && canReadAssessment(ctx.user, a),
    );
    if (assessments.length === 0)
      throw new ApiError("NOT_FOUND", `no assessment of ${input.period} uses ${official.summary.packId} v${official.summary.version}`, {
        fields: [{ path: "period", message: `no assessment of ${input.period} under this pack` }],
      });
    const rows = await datasetOf(ctx, assessments);
    const { units, unknown } = knownInputs(ctx, official.loaded, rows);
    const started = performance.now();
    const result = rankSensitivity(
      ctx.engine,
      official.loaded,
      { period: input.period, units },
      {
        runs: input.runs,
        seed: input.seed,
        mode: "lenient",
      },
    );
    return {
      pack: packDto(official.summary),
      result,
      elapsedMs: Math.round(performance.now() - started),
      warnings: unknown.map((u) => ({ ...u, message: `inputs the pack does not know, left out: ${u.inputIds.join(", ")}` })),
    };
  }),
});

import {
  packActivateInputSchema,
  packComparabilityInputSchema,
  packDetailSchema,
  packGetInputSchema,
  packScoreDatasetInputSchema,
  packSummarySchema,
  packUploadInputSchema,
  packUploadOutputSchema,
} from "@dti/contracts";
import { comparability, isEngineError } from "@dti/engine";
import type { PackIssue } from "@dti/pack-sdk";
import { z } from "zod";
import { canManagePacks, canReadAssessment, ensure } from "../access";
import { ApiError } from "../errors";
import { packDto } from "../services/dto";
import { actorOf } from "../services/scope";
import { compareBoth, datasetOf, scoreDataset } from "../services/what-if";
import { authedProcedure, router } from "../trpc";

const issueDto = (i: PackIssue) => ({ code: i.code, path: i.path.join("."), message: i.message });

export const packsRouter = router({
  /** Every stored pack (drafts only for national admins), without content. */
  list: authedProcedure.output(z.array(packSummarySchema)).query(async ({ ctx }) => {
    const packs = await ctx.repos.packs.list(canManagePacks(ctx.user) ? {} : { status: "active" });
    return packs.map(packDto);
  }),

  get: authedProcedure
    .input(packGetInputSchema)
    .output(packDetailSchema)
    .query(async ({ ctx, input }) => {
      const { summary, loaded } = await ctx.packs.get(input.id);
      ensure(summary.status === "active" || canManagePacks(ctx.user), `pack ${input.id} not found`, { hide: true });
      return {
        ...packDto(summary),
        indicators: loaded.pack.indicators.length,
        totalPoints: loaded.pack.aggregation.totalPoints ?? null,
        warnings: loaded.warnings.map(issueDto),
        content: loaded.pack,
      };
    }),

  /**
   * Validates an uploaded bundle with the engine (every problem at once) and stores it as a draft
   * with its warnings; an invalid bundle is PACK_INVALID with every issue and nothing is stored.
   */
  upload: authedProcedure
    .input(packUploadInputSchema)
    .output(packUploadOutputSchema)
    .mutation(async ({ ctx, input }) => {
      ensure(canManagePacks(ctx.user), "only a national admin uploads packs");
      // Its crosswalks are checked against the content of the active packs they map from (the registry).
      const known = (await ctx.packs.active()).map((r) => r.loaded.pack);
      const check = ctx.engine.validate(input.bundle.pack, { packs: known });
      const report = { errors: check.errors.map(issueDto), warnings: check.warnings.map(issueDto) };
      if (check.errors.length > 0 || !check.pack)
        throw new ApiError(
          "PACK_INVALID",
          `the bundle does not validate: ${check.errors.length} problem(s); first: ${check.errors[0]?.message ?? "unknown"}`,
          {
            fields: report.errors.map((e) => ({ path: `bundle.pack.${e.path}`, message: e.message })),
            details: { report },
          },
        );
      const loaded = ctx.engine.load(check.pack);
      const { pack, created } = await ctx.repos.packs.register(
        { content: loaded.pack, hash: loaded.ref.hash, source: "uploaded", status: "draft" },
        actorOf(ctx),
      );
      return { pack: packDto(pack), created, report };
    }),

  /** Makes an uploaded draft usable by assessments. */
  activate: authedProcedure
    .input(packActivateInputSchema)
    .output(packSummarySchema)
    .mutation(async ({ ctx, input }) => {
      ensure(canManagePacks(ctx.user), "only a national admin activates packs");
      await ctx.packs.get(input.id); // loads (and so re-validates) it before it can be used
      return packDto(await ctx.repos.packs.activate(input.id, actorOf(ctx)));
    }),

  /**
   * A pack developer's check: the pack (a draft or an active row) scores stored data — the period's
   * assessments the caller may read, or those named — as one cohort, beside the newest other active
   * version of the same pack id (the pack it revises), with each unit's deltas. Inputs a pack does
   * not know are left out and listed as warnings. National admins only (drafts are theirs).
   */
  scoreDataset: authedProcedure.input(packScoreDatasetInputSchema).query(async ({ ctx, input }) => {
    ensure(canManagePacks(ctx.user), "only a national admin scores data with a pack under review");
    const candidate = await ctx.packs.get(input.packRowId);
    if (candidate.loaded.pack.meta.coverage !== "full")
      throw new ApiError(
        "PACK_COVERAGE",
        `pack ${candidate.summary.packId} v${candidate.summary.version} covers "${candidate.loaded.pack.meta.coverage}", not "full": it does not score raw inputs`,
        {
          fields: [
            { path: "packRowId", message: `coverage ${candidate.loaded.pack.meta.coverage}`, expected: 'a pack with coverage "full"' },
          ],
        },
      );
    const revised =
      (await ctx.packs.active())
        .filter(
          (p) =>
            p.summary.packId === candidate.summary.packId &&
            p.summary.id !== candidate.summary.id &&
            p.loaded.pack.meta.coverage === "full",
        )
        .sort((a, b) => b.summary.createdAt.getTime() - a.summary.createdAt.getTime())[0] ?? null;
    const ofPeriod = await ctx.repos.assessments.list({ period: input.period });
    let assessments = ofPeriod.filter((a) => canReadAssessment(ctx.user, a));
    if (input.assessmentIds) {
      const wanted = new Set(input.assessmentIds);
      const missing = input.assessmentIds.filter((id) => !assessments.some((a) => a.id === id));
      if (missing.length > 0)
        throw new ApiError("NOT_FOUND", `${missing.length} assessment(s) of ${input.period} not found`, {
          fields: missing.map((id) => ({
            path: `assessmentIds.${input.assessmentIds!.indexOf(id)}`,
            message: `no assessment ${id} in ${input.period}`,
          })),
        });
      assessments = assessments.filter((a) => wanted.has(a.id));
    } else {
      // One row per unit: the assessments under this pack id first (a year two frameworks apply to).
      const sameId = new Set((await ctx.repos.packs.list()).filter((p) => p.packId === candidate.summary.packId).map((p) => p.id));
      const preferred = assessments.filter((a) => sameId.has(a.packRowId));
      assessments = preferred.length > 0 ? preferred : assessments;
    }
    const seen = new Set<string>();
    assessments = assessments.filter((a) => (seen.has(a.unitId) ? false : (seen.add(a.unitId), true)));
    if (assessments.length === 0)
      throw new ApiError("NOT_FOUND", `no assessment of ${input.period} to score`, {
        fields: [{ path: "period", message: `no assessment of ${input.period}` }],
      });
    const rows = await datasetOf(ctx, assessments);
    const scored = scoreDataset(ctx, candidate.loaded, input.period, rows);
    const base = revised ? scoreDataset(ctx, revised.loaded, input.period, rows) : null;
    return {
      pack: packDto(candidate.summary),
      revises: revised ? packDto(revised.summary) : null,
      assessments: rows.map((r) => ({ assessmentId: r.assessment.id, unitId: r.assessment.unitId, unitName: r.unitName })),
      result: scored.result,
      revisedResult: base?.result ?? null,
      comparison:
        base && revised
          ? compareBoth({ result: base.result, pack: revised.loaded }, { result: scored.result, pack: candidate.loaded })
          : null,
      warnings: [
        ...scored.unknown.map((u) => ({
          assessmentId: u.assessmentId,
          unitId: u.unitId,
          pack: "draft" as const,
          message: `inputs the pack does not know, left out: ${u.inputIds.join(", ")}`,
          inputIds: u.inputIds,
        })),
        ...(base?.unknown ?? []).map((u) => ({
          assessmentId: u.assessmentId,
          unitId: u.unitId,
          pack: "revised" as const,
          message: `inputs the revised pack does not know, left out: ${u.inputIds.join(", ")}`,
          inputIds: u.inputIds,
        })),
      ],
    };
  }),

  /**
   * How two stored packs correspond for a decomposition of a change between them, before any data:
   * each top-level indicator classed comparable / changed / new / removed with its points, the input
   * routes (same, renamed, derived, no earlier data) and every warning in Vietnamese and English. The
   * earlier pack is the one the other's crosswalk names, else the one with the earlier years. Packs
   * without indicators (pillar-level, such as DTI 2020) answer `level: "pillars"` and no classes: their
   * correspondence is the crosswalk's pillar level.
   */
  comparability: authedProcedure.input(packComparabilityInputSchema).query(async ({ ctx, input }) => {
    const [x, y] = await Promise.all([ctx.packs.get(input.a), ctx.packs.get(input.b)]);
    for (const p of [x, y])
      ensure(p.summary.status === "active" || canManagePacks(ctx.user), `pack ${p.summary.id} not found`, { hide: true });
    const [from, to] =
      x.loaded.pack.crosswalks.some((c) => c.from === y.loaded.pack.meta.id) ||
      (!y.loaded.pack.crosswalks.some((c) => c.from === x.loaded.pack.meta.id) &&
        Math.min(...y.loaded.pack.meta.years) < Math.min(...x.loaded.pack.meta.years))
        ? [y, x]
        : [x, y];
    const level = from.loaded.pack.indicators.length === 0 || to.loaded.pack.indicators.length === 0 ? "pillars" : "indicators";
    if (level === "pillars") return { from: packDto(from.summary), to: packDto(to.summary), level, comparability: null };
    try {
      return {
        from: packDto(from.summary),
        to: packDto(to.summary),
        level,
        comparability: comparability(from.loaded.pack, to.loaded.pack),
      };
    } catch (error) {
      if (!isEngineError(error)) throw error;
      throw new ApiError("PACK_INVALID", error.message, { fields: [{ path: "b", message: error.message }] });
    }
  }),
});

import { packActivateInputSchema, packDetailSchema, packGetInputSchema, packSummarySchema, packUploadInputSchema, packUploadOutputSchema } from "@dti/contracts";
import type { PackIssue } from "@dti/pack-sdk";
import { z } from "zod";
import { canManagePacks, ensure } from "../access";
import { ApiError } from "../errors";
import { packDto } from "../services/dto";
import { actorOf } from "../services/scope";
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
      const check = ctx.engine.validate(input.bundle.pack);
      const report = { errors: check.errors.map(issueDto), warnings: check.warnings.map(issueDto) };
      if (check.errors.length > 0 || !check.pack)
        throw new ApiError("PACK_INVALID", `the bundle does not validate: ${check.errors.length} problem(s); first: ${check.errors[0]?.message ?? "unknown"}`, {
          fields: report.errors.map((e) => ({ path: `bundle.pack.${e.path}`, message: e.message })),
          details: { report },
        });
      const loaded = ctx.engine.load(check.pack);
      const { pack, created } = await ctx.repos.packs.register({ content: loaded.pack, hash: loaded.ref.hash, source: "uploaded", status: "draft" }, actorOf(ctx));
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
});

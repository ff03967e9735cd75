import {
  publishedImportInputSchema,
  publishedImportOutputSchema,
  publishedListInputSchema,
  publishedRowSchema,
  rankingsInputSchema,
  rankingsOutputSchema,
} from "@dti/contracts";
import { choosePack } from "@dti/engine";
import { z } from "zod";
import { canImportPublished, canReadComputedRankings, ensure } from "../access";
import type { ApiContext } from "../context";
import { DEMO_REGION } from "../services/dto";
import { activePack, importPublished } from "../services/published";
import { actorOf, unitNames } from "../services/scope";
import { authedProcedure, router } from "../trpc";

/** The pack named, else the one active pack that applies to the period. */
async function packIdFor(ctx: ApiContext, period: number, packId: string | undefined): Promise<string> {
  if (packId) return packId;
  const active = await ctx.packs.active();
  return choosePack(
    active.map((p) => ({ pack: p.loaded.pack })),
    period,
  ).pack.meta.id;
}

export async function publishedRows(ctx: ApiContext, period: number, packId: string) {
  const rows = await ctx.repos.published.list({ period, packId });
  const names = await unitNames(
    ctx,
    rows.map((r) => r.unitId),
  );
  return rows.map((r) => ({
    unitId: r.unitId,
    unitName: names.get(r.unitId) ?? r.unitId,
    period: r.period,
    packId: r.packId,
    overall: r.overall,
    rank: r.rank,
    indices: r.indices,
    pillars: r.pillars,
    source: r.source,
  }));
}

/**
 * Every assessment of the period under the pack's newest active version, scored together as one
 * cohort (lenient), ranked by the engine. National admins only: it reads unpublished data.
 */
/** The full result of scoring every assessment of the period together (undefined when there are none). */
export async function computedResult(ctx: ApiContext, period: number, packId: string) {
  const pack = await activePack(ctx, packId);
  // One query for the whole cohort (a query per assessment took seconds for 3,321 communes).
  const assessments = await ctx.repos.assessments.cohortForScoring(period, pack.summary.id);
  if (assessments.length === 0) return undefined;
  const units = assessments.map((a) => ({ code: a.unitId, name: a.unitName ?? a.unitId, inputs: a.values }));
  return { pack, assessments, result: ctx.engine.score(pack.loaded, { period, units }, { mode: "lenient", explain: false }) };
}

export async function computedRanking(ctx: ApiContext, period: number, packId: string) {
  const computed = await computedResult(ctx, period, packId);
  if (!computed) return [];
  const byUnit = new Map(computed.assessments.map((a) => [a.unitId, a]));
  return computed.result.units.map((u) => {
    const a = byUnit.get(u.code)!;
    return { unitId: u.code, overall: u.overall, rank: u.rank, points: u.points, assessmentId: a.id, status: a.status };
  });
}

/** Published results as the engine's result (aggregated from their main indices), for exports. */
export async function publishedResult(ctx: ApiContext, period: number, packId: string) {
  const pack = await activePack(ctx, packId);
  const rows = await publishedRows(ctx, period, packId);
  const withIndices = rows.filter((r) => Object.keys(r.indices).length > 0);
  if (withIndices.length === 0) return undefined;
  return {
    pack,
    result: ctx.engine.aggregate(pack.loaded, {
      period,
      rows: withIndices.map((r) => ({ code: r.unitId, name: r.unitName, indices: r.indices })),
    }),
  };
}

export const publishedRouter = router({
  /** Officially published results: public to every signed-in user. */
  list: authedProcedure
    .input(publishedListInputSchema)
    .output(z.array(publishedRowSchema))
    .query(async ({ ctx, input }) => publishedRows(ctx, input.period, await packIdFor(ctx, input.period, input.packId))),

  /**
   * Imports a published table (CSV) after checking its totals against the pack's aggregation of
   * its main indices; all-or-nothing, and the same file twice changes nothing.
   */
  importCsv: authedProcedure
    .input(publishedImportInputSchema)
    .output(publishedImportOutputSchema)
    .mutation(async ({ ctx, input }) => {
      ensure(canImportPublished(ctx.user), "only a national admin imports published results");
      return importPublished(ctx, input, actorOf(ctx));
    }),
});

export const rankingsRouter = router({
  /** Published ranks beside the ranks computed from the assessments (computed: national admins only). */
  get: authedProcedure
    .input(rankingsInputSchema)
    .output(rankingsOutputSchema)
    .query(async ({ ctx, input }) => {
      const packId = await packIdFor(ctx, input.period, input.packId);
      const published = await publishedRows(ctx, input.period, packId);
      const computed = canReadComputedRankings(ctx.user) ? await computedRanking(ctx, input.period, packId) : [];
      const ids = [...new Set([...published.map((p) => p.unitId), ...computed.map((c) => c.unitId)])];
      const units = await ctx.repos.units.byIds(ids);
      const byId = new Map(units.map((u) => [u.id, u]));
      const rows = ids.map((id) => {
        const p = published.find((x) => x.unitId === id);
        const c = computed.find((x) => x.unitId === id);
        return {
          unitId: id,
          unitName: byId.get(id)?.name ?? id,
          isDemo: byId.get(id)?.region === DEMO_REGION,
          published: p ? { overall: p.overall, rank: p.rank } : null,
          computed: c ?? null,
        };
      });
      rows.sort(
        (a, b) =>
          (a.published?.rank ?? a.computed?.rank ?? 1e9) - (b.published?.rank ?? b.computed?.rank ?? 1e9) ||
          a.unitId.localeCompare(b.unitId),
      );
      return { period: input.period, packId, rows };
    }),

  /** Only the ranking computed from the assessments (national admins). */
  computed: authedProcedure.input(rankingsInputSchema).query(async ({ ctx, input }) => {
    ensure(canReadComputedRankings(ctx.user), "computed rankings read every province's unpublished data: national admins only");
    const packId = await packIdFor(ctx, input.period, input.packId);
    return { period: input.period, packId, units: await computedRanking(ctx, input.period, packId) };
  }),
});

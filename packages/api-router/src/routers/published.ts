import {
  publishedImportInputSchema,
  publishedImportOutputSchema,
  publishedListInputSchema,
  publishedRowSchema,
  rankingsInputSchema,
  type PublishedRowDto,
  rankingsOutputSchema,
} from "@dti/contracts";
import { choosePack } from "@dti/engine";
import { z } from "zod";
import { canImportPublished, canReadComputedRankings, ensure } from "../access";
import type { ApiContext } from "../context";
import { DEMO_REGION } from "../services/dto";
import { activePack, aggregatableIndices, importPublished } from "../services/published";
import { cohortValues } from "../services/cohort-values";
import { scorableInputs } from "../services/scoring";
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

/** A period's published rows under a pack, every one of them: provinces (rank-only ones too) and averages. */
export async function publishedRows(ctx: ApiContext, period: number, packId: string): Promise<PublishedRowDto[]> {
  const rows = await ctx.repos.published.list({ period, packId });
  const names = await unitNames(
    ctx,
    rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])),
  );
  return rows.map((r) => ({
    kind: r.kind,
    unitId: r.unitId,
    unitName: r.unitId === null ? (r.nameAsPublished ?? "") : (names.get(r.unitId) ?? r.unitId),
    nameAsPublished: r.nameAsPublished,
    period: r.period,
    packId: r.packId,
    framework: r.framework,
    overall: r.overall,
    rank: r.rank,
    cohort: r.cohort,
    cohortSize: r.cohortSize,
    indices: r.indices,
    pillars: r.pillars,
    pillarRanks: r.pillarRanks,
    note: r.note,
    sources: r.sources,
    source: r.source,
  }));
}

/** What a ranking shows of a published row. */
export function rankingPublished(p: PublishedRowDto) {
  return {
    overall: p.overall,
    rank: p.rank,
    cohort: p.cohort,
    cohortSize: p.cohortSize,
    pillars: p.pillars,
    pillarRanks: p.pillarRanks,
    note: p.note,
    nameAsPublished: p.nameAsPublished,
    sources: p.sources,
  };
}

/**
 * Every assessment of the period under the pack's newest active version, scored together as one
 * cohort (lenient), ranked by the engine. National admins only: it reads unpublished data.
 */
/** The full result of scoring every assessment of the period together (undefined when there are none). */
export async function computedResult(ctx: ApiContext, period: number, packId: string) {
  const pack = await activePack(ctx, packId);
  // The cohort with its values stamps in one query, then the values of the assessments whose stamp
  // moved since this process last read them, in one more (a query per assessment took seconds for
  // 3,321 communes; reading half a million values again for every ranking, about a second).
  const assessments = await ctx.repos.assessments.cohortStamps(period, pack.summary.id);
  if (assessments.length === 0) return undefined;
  const [values, names] = await Promise.all([
    cohortValues(ctx.repos, assessments),
    ctx.repos.units.namesOf(assessments.map((a) => a.unitId)),
  ]);
  // Stored values lenient scoring refuses (an unknown key, an impossible ratio) are left out, with a warning.
  const scorable = assessments.map((a) => ({ a, ...scorableInputs(ctx, pack.loaded, values.get(a.id) ?? {}, a.unitId) }));
  const units = scorable.map(({ a, inputs }) => ({ code: a.unitId, name: names.get(a.unitId) ?? a.unitId, inputs }));
  const result = ctx.engine.score(pack.loaded, { period, units }, { mode: "lenient", explain: false });
  result.warnings.push(...scorable.flatMap((x) => x.warnings));
  return { pack, assessments, result };
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
  const withIndices = rows.flatMap((r) => {
    const indices = r.unitId === null ? undefined : aggregatableIndices(pack.loaded, { ...r, indices: r.indices });
    return indices && r.unitId !== null ? [{ code: r.unitId, name: r.unitName, indices }] : [];
  });
  if (withIndices.length === 0) return undefined;
  return { pack, result: ctx.engine.aggregate(pack.loaded, { period, rows: withIndices }) };
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
      const all = await publishedRows(ctx, input.period, packId);
      const published = all.filter((p) => p.unitId !== null);
      const computed = canReadComputedRankings(ctx.user) ? await computedRanking(ctx, input.period, packId) : [];
      const ids = [...new Set([...published.flatMap((p) => (p.unitId ? [p.unitId] : [])), ...computed.map((c) => c.unitId)])];
      const units = await ctx.repos.units.byIds(ids);
      const byId = new Map(units.map((u) => [u.id, u]));
      const rows = ids.map((id) => {
        const p = published.find((x) => x.unitId === id);
        const c = computed.find((x) => x.unitId === id);
        return {
          unitId: id,
          unitName: byId.get(id)?.name ?? id,
          isDemo: byId.get(id)?.region === DEMO_REGION,
          published: p ? rankingPublished(p) : null,
          computed: c ?? null,
        };
      });
      rows.sort(
        (a, b) =>
          (a.published?.rank ?? a.computed?.rank ?? 1e9) - (b.published?.rank ?? b.computed?.rank ?? 1e9) ||
          a.unitId.localeCompare(b.unitId),
      );
      return { period: input.period, packId, rows, averages: all.filter((p) => p.kind === "average") };
    }),

  /** Only the ranking computed from the assessments (national admins). */
  computed: authedProcedure.input(rankingsInputSchema).query(async ({ ctx, input }) => {
    ensure(canReadComputedRankings(ctx.user), "computed rankings read every province's unpublished data: national admins only");
    const packId = await packIdFor(ctx, input.period, input.packId);
    return { period: input.period, packId, units: await computedRanking(ctx, input.period, packId) };
  }),
});

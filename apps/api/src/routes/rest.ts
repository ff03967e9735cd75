import {
  ApiError,
  computedRanking,
  createCaller,
  createContext,
  fromZod,
  publishedRows,
  rankingPublished,
  scorecardOf,
  type ApiContext,
  type AuthedContext,
  type CreateContextOptions,
} from "@dti/api-router";
import {
  assessmentSchema,
  idSchema,
  isoDateSchema,
  lineageLinkSchema,
  packDetailSchema,
  packSummarySchema,
  periodSchema,
  publishedRowSchema,
  rankingsOutputSchema,
  scoreOutputSchema,
  unitIdSchema,
  unitSchema,
} from "@dti/contracts";
import { choosePack } from "@dti/engine";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { sendSharedJson } from "../plugins/compression";

/**
 * The read-only HTTP API for integrations. Official, public data (packs, units, published results
 * and published ranks) needs no account; computed results need a signed-in session and follow the
 * same access rules as the app (a province reads only its own). Each route is data: the OpenAPI
 * document is generated from this table, and a test checks that every route is in it.
 */
export interface RestRoute {
  path: string;
  summary: string;
  /** public: no account needed; session: a signed-in cookie session, with the app's access rules. */
  access: "public" | "session";
  params?: z.ZodObject;
  query?: z.ZodObject;
  response: z.ZodType;
  /**
   * The handler's answer is shared between requests and never changed (the router caches it): its
   * JSON and compressed bytes are kept beside it (sendSharedJson) instead of made on every request.
   */
  shared?: boolean;
  handler(ctx: ApiContext, params: Record<string, unknown>, query: Record<string, unknown>): Promise<unknown>;
}

const packIdQuery = z.object({ packId: z.string().min(1).max(100).optional() });

async function packIdFor(ctx: ApiContext, period: number, packId: unknown): Promise<string> {
  if (typeof packId === "string") return packId;
  const active = await ctx.packs.active();
  return choosePack(
    active.map((p) => ({ pack: p.loaded.pack })),
    period,
  ).pack.meta.id;
}

const callerOf = (ctx: ApiContext) => createCaller(ctx);

export const REST_ROUTES: RestRoute[] = [
  {
    path: "/api/v1/packs",
    summary: "Active indicator packs (framework revisions): id, version, content hash, years, coverage.",
    access: "public",
    response: z.array(packSummarySchema),
    handler: async (ctx) => {
      const packs = await ctx.repos.packs.list({ status: "active" });
      return packs.map((p) => ({
        id: p.id,
        packId: p.packId,
        version: p.version,
        hash: p.hash,
        title: p.titleVi,
        years: p.years,
        coverage: p.coverage,
        source: p.source,
        status: p.status,
        pinned: p.pinnedAt !== null,
        createdAt: p.createdAt.toISOString(),
      }));
    },
  },
  {
    path: "/api/v1/packs/:id",
    summary: "One active pack with its full content (indices, indicators, rules, agencies).",
    access: "public",
    params: z.object({ id: idSchema }),
    response: packDetailSchema,
    handler: async (ctx, params) => {
      const { summary, loaded } = await ctx.packs.get(params.id as string);
      if (summary.status !== "active") throw new ApiError("NOT_FOUND", `pack ${String(params.id)} not found`);
      return {
        id: summary.id,
        packId: summary.packId,
        version: summary.version,
        hash: summary.hash,
        title: summary.titleVi,
        years: summary.years,
        coverage: summary.coverage,
        source: summary.source,
        status: summary.status,
        pinned: summary.pinnedAt !== null,
        createdAt: summary.createdAt.toISOString(),
        indicators: loaded.pack.indicators.length,
        totalPoints: loaded.pack.aggregation.totalPoints ?? null,
        warnings: loaded.warnings.map((w) => ({ code: w.code, path: w.path.join("."), message: w.message })),
        content: loaded.pack,
      };
    },
  },
  {
    path: "/api/v1/units",
    summary: "Provincial units (63 until 2025-06-30, 34 from 2025-07-01); `at` gives those valid on a day.",
    access: "public",
    query: z.object({ at: isoDateSchema.optional() }),
    response: z.array(unitSchema),
    handler: async (ctx, _params, query) => {
      const units = await ctx.repos.units.list(query.at ? { at: query.at as string } : {});
      return units.map((u) => ({ ...u, isDemo: u.region === "demo" }));
    },
  },
  {
    path: "/api/v1/units/:id/lineage",
    summary: "Lineage links into and out of a unit through the 2025 merger.",
    access: "public",
    params: z.object({ id: unitIdSchema }),
    response: z.array(lineageLinkSchema),
    handler: async (ctx, params) => {
      await ctx.repos.units.get(params.id as string);
      return ctx.repos.units.lineage({ unitId: params.id as string });
    },
  },
  {
    path: "/api/v1/published/:period",
    summary:
      "Every officially published row of a period, as the sources give it: provinces (a rank without a value has overall null) and provincial averages (kind average), with cohort, main indices, pillars and their ranks, note and source URLs.",
    access: "public",
    params: z.object({ period: z.coerce.number().pipe(periodSchema) }),
    query: packIdQuery,
    response: z.array(publishedRowSchema),
    handler: async (ctx, params, query) => {
      const period = params.period as number;
      return publishedRows(ctx, period, await packIdFor(ctx, period, query.packId));
    },
  },
  {
    path: "/api/v1/rankings/:period",
    summary: "Published ranks of a period; with a national admin's session, beside the ranks computed from the assessments.",
    access: "public",
    params: z.object({ period: z.coerce.number().pipe(periodSchema) }),
    query: packIdQuery,
    response: rankingsOutputSchema,
    handler: async (ctx, params, query) => {
      const period = params.period as number;
      if (ctx.user) return callerOf(ctx).rankings.get({ period, ...(typeof query.packId === "string" ? { packId: query.packId } : {}) });
      const packId = await packIdFor(ctx, period, query.packId);
      const published = await publishedRows(ctx, period, packId);
      return {
        period,
        packId,
        rows: published.flatMap((p) =>
          p.unitId === null
            ? []
            : [{ unitId: p.unitId, unitName: p.unitName, isDemo: false, published: rankingPublished(p), computed: null }],
        ),
        averages: published.filter((p) => p.kind === "average"),
      };
    },
  },
  {
    path: "/api/v1/rankings/:period/computed",
    summary: "Every assessment of the period scored together as one cohort (national admins).",
    access: "session",
    params: z.object({ period: z.coerce.number().pipe(periodSchema) }),
    query: packIdQuery,
    response: z.object({
      period: z.number(),
      packId: z.string(),
      units: z.array(
        z.object({
          unitId: z.string(),
          overall: z.number(),
          rank: z.number(),
          points: z.number(),
          assessmentId: z.string(),
          status: z.string(),
        }),
      ),
    }),
    handler: async (ctx, params, query) => {
      const period = params.period as number;
      await callerOf(ctx).rankings.computed({ period, ...(typeof query.packId === "string" ? { packId: query.packId } : {}) });
      const packId = await packIdFor(ctx, period, query.packId);
      return { period, packId, units: await computedRanking(ctx, period, packId) };
    },
  },
  {
    path: "/api/v1/assessments",
    summary: "Assessments the signed-in user may read (a province's own; every one for national admins).",
    access: "session",
    query: z.object({ period: z.coerce.number().pipe(periodSchema).optional(), unitId: unitIdSchema.optional() }),
    response: z.array(assessmentSchema),
    handler: async (ctx, _params, query) =>
      callerOf(ctx).assessments.list({
        ...(query.period !== undefined ? { period: query.period as number } : {}),
        ...(query.unitId !== undefined ? { unitId: query.unitId as string } : {}),
      }),
  },
  {
    path: "/api/v1/assessments/:id/score",
    summary: "The computed score of an assessment as it stands (lenient mode), with an explanation of every indicator.",
    access: "session",
    params: z.object({ id: idSchema }),
    response: scoreOutputSchema,
    shared: true,
    // The same answer as tRPC's assessments.score, without a tRPC caller and its middleware chain per
    // request: the route has checked the session and the id; scorecardOf checks access.
    handler: async (ctx, params) => scorecardOf(ctx as AuthedContext, params.id as string),
  },
];

function parse(schema: z.ZodObject | undefined, value: unknown, where: string): Record<string, unknown> {
  if (!schema) return {};
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw fromZod(parsed.error, where);
  return parsed.data as Record<string, unknown>;
}

/** Fastify path syntax is OpenAPI's with `:name` for `{name}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, "{$1}");

export function registerRestRoutes(
  app: FastifyInstance,
  context: Omit<CreateContextOptions, "user" | "session" | "request" | "cookies">,
): void {
  for (const route of REST_ROUTES) {
    app.get(route.path, async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = createContext({ ...context, session: request.session, request: { ip: request.ip } });
      if (route.access === "session" && !ctx.user)
        throw new ApiError("UNAUTHENTICATED", "sign in first: this route reads unpublished data");
      const params = parse(route.params, request.params, "path parameters");
      const query = parse(route.query, request.query, "query");
      const answer = await route.handler(ctx, params, query);
      return route.shared ? sendSharedJson(request, reply, answer as object) : answer;
    });
  }
}

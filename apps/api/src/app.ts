import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  API_ERROR_CODES,
  ApiError,
  appRouter,
  assertSafeStrings,
  createContext,
  createPackRegistry,
  csrfMatches,
  DEFAULT_SETTINGS,
  resumeSession,
  SESSION_COOKIE,
  type ApiSettings,
  type AppRouter,
  type PackRegistry,
  toApiError,
  type Session,
} from "@dti/api-router";
import { createRepositories, type Db } from "@dti/db";
import { createEngine, type Engine } from "@dti/engine";
import type { WorkbookLimits } from "@dti/spreadsheets";
import { TRPCError } from "@trpc/server";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { errorHandler, notFoundHandler } from "./errors";
import { loggerOptions, registerRequestLogging, requestIdOptions } from "./plugins/logging";
import { registerMetrics, type MetricsOptions } from "./plugins/metrics";
import { registerProbes } from "./plugins/probes";
import { registerEvidenceRoutes } from "./routes/evidence";
import { registerFileRoutes } from "./routes/files";
import { registerHealthRoute } from "./routes/health";
import { registerOpenApiRoute } from "./routes/openapi";
import { registerRestRoutes } from "./routes/rest";
import { registerCompression, STATIC_DELIVERY } from "./plugins/compression";
import { registerSecurityHeaders } from "./security";
import { API_VERSION } from "./version";

declare module "fastify" {
  interface FastifyRequest {
    /** The cookie session, resolved once per request (null: not signed in). */
    session: Session | null;
    /** Why the session could not be resolved (the database is away): tRPC answers it in its shape. */
    sessionError?: unknown;
  }
  interface FastifyInstance {
    /** Every route registered (method and URL), so a test can check the OpenAPI document covers them. */
    routeList: { method: string; url: string }[];
  }
}

export interface BuildAppOptions {
  db: Db;
  engine?: Engine;
  packs?: PackRegistry;
  /** Fastify's logger option; off by default (tests), on in server.ts. */
  logger?: boolean | { level: string };
  /** A pino logger to use instead (server.ts: the one its start-up lines go to). */
  loggerInstance?: FastifyBaseLogger;
  /** Who may read /api/metrics, and whether it includes the process's metrics (plugins/metrics.ts). */
  metrics?: MetricsOptions;
  /** Largest JSON body accepted (pack bundles are the biggest: a few hundred kB). Default 4 MiB. */
  bodyLimit?: number;
  settings?: Partial<ApiSettings>;
  /** Trust X-Forwarded-* from a reverse proxy (client address for rate limiting, https for cookies). */
  trustProxy?: boolean;
  /** Limits on an uploaded template (.xlsx), checked before it is unpacked; default DEFAULT_WORKBOOK_LIMITS of @dti/spreadsheets. */
  templateLimits?: Partial<WorkbookLimits>;
  /**
   * A built web app (a directory with index.html, e.g. apps/web/dist) to serve at `/`: its files,
   * and index.html for any other GET outside /api (client-side routes). Ignored when absent.
   */
  webRoot?: string;
}

/**
 * The HTTP host: tRPC at /api/trpc, health, the read-only REST API and its OpenAPI document,
 * evidence upload and download. No listen() here: tests inject() requests, server.ts listens.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const settings = { ...options.settings };
  const repos = createRepositories(options.db.db, {
    evidence: { maxBytes: settings.evidenceMaxBytes ?? DEFAULT_SETTINGS.evidenceMaxBytes },
    sessions: { cacheMs: settings.sessionCacheMs ?? DEFAULT_SETTINGS.sessionCacheMs },
  });
  const bodyLimit = options.bodyLimit ?? 4 * 1024 * 1024;
  const logger = options.logger === true ? loggerOptions("info") : options.logger ? loggerOptions(options.logger.level) : false;
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger }),
    ...requestIdOptions(options.trustProxy ?? false),
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
  });

  const routeList: { method: string; url: string }[] = [];
  app.decorate("routeList", routeList);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") routeList.push({ method, url: route.url });
  });

  // Logs, metrics (the engine's scoring timed) and probes: plugins/.
  registerRequestLogging(app);
  const metrics = registerMetrics(app, options.db, options.metrics);
  const engine = metrics.timeEngine(options.engine ?? createEngine());
  const packs = options.packs ?? createPackRegistry(repos.packs, engine);
  app.setErrorHandler(errorHandler);
  // First, so that every answer has them: the static files, tRPC, errors and 404s.
  registerSecurityHeaders(app);
  await registerCompression(app);
  const webRoot = options.webRoot && existsSync(join(options.webRoot, "index.html")) ? options.webRoot : undefined;
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: false, index: ["index.html"], ...STATIC_DELIVERY });
    app.setNotFoundHandler((request, reply) =>
      request.method === "GET" && !request.url.startsWith("/api/") && request.url !== "/api"
        ? reply.type("text/html").sendFile("index.html")
        : notFoundHandler(request, reply),
    );
  } else app.setNotFoundHandler(notFoundHandler);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: settings.evidenceMaxBytes ?? DEFAULT_SETTINGS.evidenceMaxBytes, files: 1, fields: 10, fieldSize: 1000, parts: 12 },
  });

  app.decorateRequest("session", null);
  app.addHook("onRequest", async (request, reply) => {
    // Health answers for itself, even while the database is away (a clean 503, not a coded error).
    if (request.url === "/api/health") return;
    try {
      request.session = (await resumeSession(repos.sessions, request.cookies[SESSION_COOKIE])) ?? null;
    } catch (error) {
      // tRPC answers in its own shape (createContext rethrows it); other routes here.
      if (!request.url.startsWith("/api/trpc/")) throw error;
      request.sessionError = error;
      return;
    }
    // The expiry slides on the server (at most once a minute); the cookie follows it when it moves.
    if (request.session?.renewed) setSessionCookie(request, reply, request.cookies[SESSION_COOKIE]!, request.session.expiresAt);
  });
  // Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused with the field named, on every
  // HTTP route outside tRPC (tRPC checks its inputs itself).
  app.addHook("preHandler", async (request) => {
    if (request.url.startsWith("/api/trpc")) return;
    assertSafeStrings({ params: request.params, query: request.query }, "request");
    if (request.body !== null && typeof request.body === "object" && !Buffer.isBuffer(request.body))
      assertSafeStrings(request.body, "body");
  });
  // CSRF for every non-GET HTTP route outside tRPC (tRPC checks its mutations itself).
  app.addHook("preHandler", async (request) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    if (request.url.startsWith("/api/trpc")) return;
    if (request.session && !csrfMatches(request.session, headerOf(request, "x-csrf-token")))
      throw new ApiError("CSRF_INVALID", "this change needs the x-csrf-token header of your session (from auth.me or login)");
  });

  const context = { db: options.db, engine, packs, repos, settings };
  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => {
        if (req.sessionError !== undefined) {
          const apiError = toApiError(req.sessionError);
          throw new TRPCError({ code: API_ERROR_CODES[apiError.code].trpc, message: apiError.message, cause: apiError });
        }
        return createContext({
          ...context,
          session: req.session,
          request: { ip: req.ip, csrfHeader: headerOf(req, "x-csrf-token") },
          cookies: {
            set: (token, expiresAt) => setSessionCookie(req, res, token, expiresAt),
            clear: () => void res.clearCookie(SESSION_COOKIE, { path: "/" }),
          },
        });
      },
      // A throttled sign-in says when to retry, as HTTP routes do.
      responseMeta: ({ errors }) => {
        const retry = errors
          .map((e) => (e.cause instanceof ApiError ? e.cause.details?.retryAfterSeconds : undefined))
          .find((r) => typeof r === "number");
        return retry === undefined ? {} : { headers: { "retry-after": String(retry) } };
      },
      onError: ({ error }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error(error.cause ?? error);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  registerHealthRoute(app, options.db.kind, repos.health);
  registerProbes(app, options.db.kind, repos.health, repos.packs);
  registerRestRoutes(app, context);
  registerEvidenceRoutes(app, context);
  registerFileRoutes(app, context, options.templateLimits ? { templateLimits: options.templateLimits } : {});
  registerOpenApiRoute(app);
  app.log.debug(`DTI API ${API_VERSION}`);
  return app;
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    expires: expiresAt,
  });
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

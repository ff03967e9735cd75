import { timingSafeEqual } from "node:crypto";
import { appRouter } from "@dti/api-router";
import { poolStats, type Db } from "@dti/db";
import type { Engine } from "@dti/engine";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { notFoundHandler } from "../errors";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * `/api/metrics` in Prometheus' text format (prom-client): requests by route and status, their
 * latency, the database pool, the engine's scoring time, and (in the server) the process's own
 * metrics. Not public: it answers a request from the loopback address that came through no proxy,
 * or one with `Authorization: Bearer <DTI_METRICS_TOKEN>` when that token is set; anything else is a
 * 404, as if there were no such route.
 */
export interface MetricsOptions {
  /** When set, a scrape must send `Authorization: Bearer <token>` (from anywhere). */
  token?: string;
  /** The process's CPU, memory, event loop and GC metrics (on in the server; off in tests that build many apps). */
  processMetrics?: boolean;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SCORING_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];
const PROCEDURES = new Set(Object.keys((appRouter._def as unknown as { procedures: object }).procedures));

/** A route label of bounded cardinality: the route's pattern, a tRPC procedure by name, or "unmatched". */
function routeOf(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern === undefined) return "unmatched";
  if (!pattern.startsWith("/api/trpc")) return pattern;
  const path = request.url.split("?")[0]!.slice("/api/trpc/".length);
  if (path.includes(",")) return "/api/trpc (batch)";
  return PROCEDURES.has(path) ? `/api/trpc/${path}` : "/api/trpc (unknown)";
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

function allowed(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const sent = Buffer.from(request.headers.authorization ?? "");
    const expected = Buffer.from(`Bearer ${token}`);
    return sent.length === expected.length && timingSafeEqual(sent, expected);
  }
  // A reverse proxy on the same machine connects from the loopback too: a forwarded request is not local.
  const forwarded = request.headers["x-forwarded-for"] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.has(request.socket.remoteAddress ?? "");
}

export interface Metrics {
  registry: Registry;
  /** The engine, with score, scoreColumns and aggregate timed (everything else passed through). */
  timeEngine(engine: Engine): Engine;
}

export function registerMetrics(app: FastifyInstance, db: Db, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "dti_http_requests_total",
    help: "HTTP requests answered, by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "dti_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method and route",
    labelNames: ["method", "route"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: "dti_db_pool_connections",
    help: "Database connections: total open, idle, and queries waiting for one (the embedded PGlite is one connection)",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = poolStats(db.db);
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  new Gauge({
    name: "dti_db_pool_max",
    help: "The largest number of connections the pool opens",
    labelNames: ["database"] as const,
    registers: [registry],
    collect() {
      const stats = poolStats(db.db);
      this.set({ database: stats.kind }, stats.max ?? 0);
    },
  });
  const scoring = new Histogram({
    name: "dti_scoring_duration_seconds",
    help: "Time the engine takes to score (score, scoreColumns) or aggregate, as the API calls it",
    labelNames: ["operation"] as const,
    buckets: SCORING_BUCKETS,
    registers: [registry],
  });

  app.addHook("onResponse", async (request, reply) => {
    const labels = { method: request.method, route: routeOf(request) };
    requests.inc({ ...labels, status: String(reply.statusCode) });
    latency.observe(labels, reply.elapsedTime / 1000);
  });
  app.get("/api/metrics", async (request, reply) => {
    if (!allowed(request, options.token)) return notFoundHandler(request, reply);
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  const TIMED = new Set<PropertyKey>(["score", "scoreColumns", "aggregate"]);
  return {
    registry,
    timeEngine: (engine) =>
      new Proxy(engine, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver) as unknown;
          if (typeof value !== "function") return value;
          if (!TIMED.has(property)) return value.bind(target);
          return (...args: unknown[]) => {
            const end = scoring.startTimer({ operation: String(property) });
            try {
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            } finally {
              end();
            }
          };
        },
      }),
  };
}

import type { Db, HealthRepository, PacksRepository } from "@dti/db";
import type { FastifyInstance } from "fastify";

/**
 * Probes for an orchestrator or a load balancer. `/api/live`: the process answers (no database), so
 * a restart is asked only of a stuck process. `/api/ready`: the database answers and at least one
 * pack is registered and active, so traffic goes only to a replica that can serve it; 503 otherwise,
 * and 503 too once the process is shutting down (Fastify answers 503 to requests arriving while it
 * closes). `/api/health` stays as it was (version and database, 503 without the database).
 */
export function registerProbes(app: FastifyInstance, kind: Db["kind"], health: HealthRepository, packs: PacksRepository): void {
  app.get("/api/live", async () => ({ status: "live" }));
  app.get("/api/ready", async (_request, reply) => {
    try {
      await health.ping();
    } catch {
      return reply.status(503).send({ status: "not_ready", reason: "database", database: kind });
    }
    const active = await packs.list({ status: "active" }).catch(() => undefined);
    if (active === undefined) return reply.status(503).send({ status: "not_ready", reason: "database", database: kind });
    if (active.length === 0) return reply.status(503).send({ status: "not_ready", reason: "packs", database: kind });
    return { status: "ready", database: kind, packs: active.length };
  });
}

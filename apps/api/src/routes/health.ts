import type { Db, HealthRepository } from "@dti/db";
import type { FastifyInstance } from "fastify";
import { API_VERSION } from "../version";

/** Liveness and what the API runs on; 503 when the database does not answer. */
export function registerHealthRoute(app: FastifyInstance, kind: Db["kind"], health: HealthRepository): void {
  app.get("/api/health", async (_request, reply) => {
    try {
      await health.ping();
      return { status: "ok", version: API_VERSION, database: kind };
    } catch {
      return reply.status(503).send({ status: "unavailable", version: API_VERSION, database: kind });
    }
  });
}

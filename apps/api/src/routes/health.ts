import type { Db } from "@dti/db";
import { sql } from "kysely";
import type { FastifyInstance } from "fastify";
import { API_VERSION } from "../version";

/** Liveness and what the API runs on; 503 when the database does not answer. */
export function registerHealthRoute(app: FastifyInstance, db: Db): void {
  app.get("/api/health", async (_request, reply) => {
    try {
      await sql`select 1`.execute(db.db);
      return { status: "ok", version: API_VERSION, database: db.kind };
    } catch {
      return reply.status(503).send({ status: "unavailable", version: API_VERSION, database: db.kind });
    }
  });
}

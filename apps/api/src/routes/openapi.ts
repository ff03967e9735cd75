import { API_ERROR_CODES, appRouter } from "@dti/api-router";
import { errorResponseSchema, evidenceUploadOutputSchema } from "@dti/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { API_VERSION } from "../version";
import { openApiPath, REST_ROUTES } from "./rest";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

const errorRef = { $ref: "#/components/schemas/Error" };
const json = (schema: JsonSchema) => ({ "application/json": { schema } });

/** The 4xx answers every route may give, with the registry codes each status carries. */
function errorResponses(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: Object.entries(API_ERROR_CODES)
          .filter(([, e]) => e.status === status)
          .map(([code]) => code)
          .join(", "),
        content: json(errorRef),
      },
    ]),
  );
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
    schema: toSchema(field as z.ZodType, "input"),
  }));
}

interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  inputs: z.ZodType[];
  meta?: unknown;
}

/** The tRPC procedures as paths of the tRPC HTTP protocol (queries: GET ?input=<JSON>; mutations: POST JSON). */
function trpcPaths(): Record<string, unknown> {
  const procedures = (appRouter._def as unknown as { procedures: Record<string, { _def: ProcedureDef }> }).procedures;
  const paths: Record<string, unknown> = {};
  for (const [name, procedure] of Object.entries(procedures).sort(([a], [b]) => a.localeCompare(b))) {
    const def = procedure._def;
    const input = def.inputs[0];
    const operation = {
      tags: ["tRPC (web app)"],
      operationId: `trpc.${name}`,
      summary: `tRPC ${def.type} ${name}`,
      ...(def.type === "query"
        ? {
            parameters: input
              ? [{ name: "input", in: "query", required: false, description: "The input as JSON", content: json(toSchema(input, "input")) }]
              : [],
          }
        : {
            parameters: [
              {
                name: "x-csrf-token",
                in: "header",
                required: true,
                schema: { type: "string" },
                description: "The session's CSRF token (from auth.me or auth.login)",
              },
            ],
            ...(input ? { requestBody: { required: true, content: json(toSchema(input, "input")) } } : {}),
          }),
      responses: {
        "200": { description: "`{ result: { data } }`" },
        "4XX": { description: "`{ error: { message, code, data: { code, httpStatus, apiError: { code, message, fields, details } } } }`" },
      },
    };
    paths[`/api/trpc/${name}`] = { [def.type === "query" ? "get" : "post"]: operation };
  }
  return paths;
}

/** OpenAPI 3.1 (JSON Schema 2020-12), generated from the same zod schemas the routes validate with. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {
    "/api/health": {
      get: {
        tags: ["system"],
        operationId: "health",
        summary: "Liveness: the API's version and the database it runs on.",
        responses: {
          "200": {
            description: "OK",
            content: json(toSchema(z.object({ status: z.literal("ok"), version: z.string(), database: z.enum(["pglite", "postgres"]) }))),
          },
          "503": { description: "The database does not answer" },
        },
      },
    },
    "/api/live": {
      get: {
        tags: ["system"],
        operationId: "live",
        summary: "Liveness: the process answers (the database is not asked).",
        responses: { "200": { description: '`{ status: "live" }`' } },
      },
    },
    "/api/ready": {
      get: {
        tags: ["system"],
        operationId: "ready",
        summary: "Readiness: the database answers and at least one pack is active; 503 otherwise and while shutting down.",
        responses: {
          "200": { description: '`{ status: "ready", database, packs }`' },
          "503": { description: '`{ status: "not_ready", reason: "database" | "packs", database }`' },
        },
      },
    },
    "/api/metrics": {
      get: {
        tags: ["system"],
        operationId: "metrics",
        summary:
          "Prometheus metrics (text format): requests, latency, database pool, scoring time, process. Only from the loopback address without a proxy, or with `Authorization: Bearer <DTI_METRICS_TOKEN>`; 404 otherwise.",
        responses: { "200": { description: "Prometheus text exposition format" }, "404": { description: "Not allowed from here" } },
      },
    },
    "/api/openapi.json": {
      get: {
        tags: ["system"],
        operationId: "openapi",
        summary: "This document.",
        responses: { "200": { description: "OpenAPI 3.1 document" } },
      },
    },
    "/api/evidence": {
      post: {
        tags: ["evidence"],
        operationId: "uploadEvidence",
        summary:
          "Upload an evidence file for an indicator (multipart; size limit; type checked from the content). Needs a session and the x-csrf-token header.",
        parameters: [{ name: "x-csrf-token", in: "header", required: true, schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["assessmentId", "indicatorCode", "file"],
                properties: {
                  assessmentId: { type: "string", format: "uuid" },
                  indicatorCode: { type: "string" },
                  file: { type: "string", contentMediaType: "application/octet-stream" },
                },
              },
            },
          },
        },
        responses: {
          "201": { description: "Stored", content: json(toSchema(evidenceUploadOutputSchema)) },
          "200": {
            description: "The same content was already stored for this indicator",
            content: json(toSchema(evidenceUploadOutputSchema)),
          },
          ...errorResponses([400, 401, 403, 404, 409, 413, 415]),
        },
      },
    },
    "/api/evidence/{id}": {
      get: {
        tags: ["evidence"],
        operationId: "downloadEvidence",
        summary: "Download an evidence file (a session that may read its assessment).",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { "200": { description: "The file, with its detected media type" }, ...errorResponses([401, 404]) },
      },
    },
  };
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
  const file = (type: string) => ({
    "200": { description: "The file", content: { [type]: { schema: { type: "string", contentMediaType: type } } } },
    ...errorResponses([400, 401, 403, 404, 422]),
  });
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  paths["/api/assessments/{id}/template.xlsx"] = {
    get: {
      tags: ["spreadsheets"],
      operationId: "downloadTemplate",
      summary:
        "The assessment template (.xlsx): a sheet per main index, official codes, a/b labels, units, allowed values; filled with what is stored.",
      parameters: [idParam],
      responses: file(XLSX),
    },
  };
  paths["/api/assessments/{id}/template"] = {
    post: {
      tags: ["spreadsheets"],
      operationId: "uploadTemplate",
      summary:
        "Import a filled template (multipart `file`): all or nothing, every problem by sheet, row and column (IMPORT_INVALID); values equal to the stored ones are left alone.",
      parameters: [idParam, { name: "x-csrf-token", in: "header", required: true, schema: { type: "string" } }],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: {
                file: { type: "string", contentMediaType: XLSX },
                confirmOtherPeriod: {
                  type: "string",
                  enum: ["true", "false"],
                  description:
                    "true: accept a template of another (earlier) period, e.g. last year's; its values are stored marked to confirm. A template of another pack is read with that pack and its values mapped through this pack's crosswalk from it (as carry-forward maps them; CARRY_FORWARD_UNSUPPORTED without one)",
                },
              },
            },
          },
        },
      },
      responses: {
        "200": {
          description: "Imported",
          content: json({
            type: "object",
            properties: {
              written: { type: "integer" },
              unchanged: { type: "integer" },
              warnings: { type: "array" },
              carried: {
                type: "object",
                description:
                  "A template of another pack: the pack it was of, the mapping used (same-pack, crosswalk) and `skipped` (each input not carried: inputId, code, reason, text {vi, en})",
              },
            },
          }),
        },
        ...errorResponses([400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
  };
  for (const format of ["xlsx", "csv"] as const) {
    const type = format === "xlsx" ? XLSX : "text/csv";
    paths[`/api/assessments/{id}/scorecard.${format}`] = {
      get: {
        tags: ["spreadsheets"],
        operationId: `scorecard_${format}`,
        summary: `The assessment's scorecard (${format}).`,
        parameters: [idParam],
        responses: file(type),
      },
    };
    paths[`/api/assessments/{id}/plan.${format}`] = {
      get: {
        tags: ["spreadsheets"],
        operationId: `plan_${format}`,
        summary: `The improvement plan (Phụ lục 1) (${format}).`,
        parameters: [idParam],
        responses: file(type),
      },
    };
    paths[`/api/rankings/{period}/ranking.${format}`] = {
      get: {
        tags: ["spreadsheets"],
        operationId: `ranking_${format}`,
        summary: `A ranking (${format}): published results, or (national admins) computed from the assessments.`,
        parameters: [
          { name: "period", in: "path", required: true, schema: { type: "integer" } },
          { name: "packId", in: "query", required: false, schema: { type: "string" } },
          {
            name: "source",
            in: "query",
            required: false,
            schema: { type: "string", enum: ["published", "computed"], default: "published" },
          },
        ],
        responses: file(type),
      },
    };
  }
  for (const route of REST_ROUTES) {
    paths[openApiPath(route.path)] = {
      get: {
        tags: ["integrations (read-only)"],
        operationId: route.path.replace(/^\/api\/v1\//, "").replace(/[/:]+/g, "_"),
        summary: route.summary,
        ...(route.access === "session" ? { security: [{ session: [] }] } : { security: [] }),
        parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
        responses: {
          "200": { description: "OK", content: json(toSchema(route.response)) },
          ...errorResponses(route.access === "session" ? [400, 401, 403, 404, 422] : [400, 404, 422]),
        },
      },
    };
  }
  Object.assign(paths, trpcPaths());
  return {
    openapi: "3.1.0",
    info: {
      title: "DTI platform API",
      version: API_VERSION,
      description:
        "Vietnam's provincial Digital Transformation Index (DTI). Read-only routes under /api/v1 for integrations; the web app uses tRPC under /api/trpc. Every error is `{ error: { code, message, fields, details } }` with a code from the registry (see the README).",
    },
    servers: [{ url: "/" }],
    components: {
      schemas: { Error: toSchema(errorResponseSchema) },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "dti_session", description: "The httpOnly session cookie set by auth.login" },
      },
    },
    paths,
  };
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  let cached: Record<string, unknown> | undefined;
  app.get("/api/openapi.json", async () => (cached ??= openApiDocument()));
}

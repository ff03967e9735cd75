import { ApiError, toApiError } from "@dti/api-router";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";

/**
 * The edge for HTTP routes: every error leaves as `{ error: { code, message, fields } }` with the
 * registry's status. Fastify's own errors for bad requests (unreadable JSON, body too large, wrong
 * content type, schema validation) become registry codes too: bad input is never a 500.
 */
export function toHttpError(error: unknown): ApiError {
  const fastifyError = error as Partial<FastifyError> | null;
  const code = typeof fastifyError?.code === "string" ? fastifyError.code : "";
  if (error instanceof ApiError) return error;
  if (
    code === "FST_ERR_CTP_BODY_TOO_LARGE" ||
    code === "FST_REQ_FILE_TOO_LARGE" ||
    code === "FST_PARTS_LIMIT" ||
    code === "FST_FILES_LIMIT"
  )
    return new ApiError("PAYLOAD_TOO_LARGE", fastifyError?.message ?? "the request is too large");
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || code === "FST_INVALID_MULTIPART_CONTENT_TYPE")
    return new ApiError("UNSUPPORTED_MEDIA_TYPE", fastifyError?.message ?? "unsupported content type");
  if (
    code.startsWith("FST_ERR_CTP_") ||
    code === "FST_ERR_VALIDATION" ||
    code.startsWith("FST_PROTO_") ||
    code.startsWith("FST_CONSTRUCTOR_")
  )
    return new ApiError("VALIDATION_FAILED", fastifyError?.message ?? "the request could not be read", {
      fields: [{ path: "(body)", message: fastifyError?.message ?? "unreadable" }],
    });
  // A malformed multipart body (busboy's words; they carry no code): the client's fault, a 400.
  if (error instanceof Error && MULTIPART_ERRORS.test(error.message))
    return new ApiError("VALIDATION_FAILED", "the multipart body could not be read", {
      fields: [{ path: "(body)", message: "malformed multipart/form-data", expected: "a well-formed multipart/form-data body" }],
    });
  const status = typeof fastifyError?.statusCode === "number" ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500)
    return new ApiError("VALIDATION_FAILED", fastifyError?.message ?? "bad request", {
      fields: [{ path: "(request)", message: fastifyError?.message ?? "bad request" }],
    });
  return toApiError(error);
}

const MULTIPART_ERRORS =
  /^(Unexpected end of (multipart data|form|file)|Malformed part header|Multipart: Boundary not found|Part terminated early|Malformed urlencoded form)/;

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const apiError = toHttpError(error);
  if (apiError.code === "INTERNAL") request.log.error({ err: error }, "unexpected error");
  else if (apiError.code === "DATABASE_UNAVAILABLE") request.log.warn({ err: error }, "database unavailable");
  const retry = apiError.details?.retryAfterSeconds;
  if (typeof retry === "number") reply.header("retry-after", String(retry));
  return reply.status(apiError.status).send({ error: apiError.toBody() });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send({ error: new ApiError("NOT_FOUND", `no route ${request.method} ${request.url.split("?")[0]}`).toBody() });
}

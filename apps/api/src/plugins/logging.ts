import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";

/**
 * Structured logs: pino's JSON lines (Fastify's logger), one line per request with its id, method,
 * path, status and duration, at LOG_LEVEL (default info). Every request has an id, sent back as
 * `x-request-id`; an incoming `x-request-id` is kept only behind a trusted reverse proxy
 * (DTI_TRUST_PROXY=1), and only if it looks like an id. Secrets never reach a log line: cookies,
 * authorization, CSRF tokens and passwords are redacted wherever they appear in what is logged.
 */
export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.csrfToken",
  "*.token",
  "*.cookie",
];

export function loggerOptions(level: string) {
  return { level, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } };
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's options for request ids and request logging (the hook below logs instead). */
export function requestIdOptions(trustProxy: boolean): Pick<FastifyServerOptions, "genReqId" | "requestIdHeader" | "logController"> {
  return {
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: "reqId", disableRequestLogging: true }),
    genReqId: (req: IncomingMessage) => {
      const incoming = trustProxy ? req.headers["x-request-id"] : undefined;
      return typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  };
}

/** `x-request-id` on every answer, and the one log line per request. */
export function registerRequestLogging(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  app.addHook("onResponse", async (request, reply) => {
    const status = reply.statusCode;
    const line = {
      method: request.method,
      // The path only: query strings may carry inputs.
      url: request.url.split("?")[0],
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (status >= 500) request.log.error(line, "request failed");
    else request.log.info(line, "request");
  });
}

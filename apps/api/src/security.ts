import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * The Content-Security-Policy of the web app (`/` and everything outside `/api`). The built app
 * (apps/web/dist) is one origin's files: a module script and stylesheets linked from index.html,
 * no inline script or `<style>`, no eval. React and echarts set styles through the DOM
 * (`element.style`), which `style-src` does not restrict, so no 'unsafe-inline' is needed for
 * styles either. `data:` images: the empty favicon (`<link rel="icon" href="data:,">`).
 * A browser test (apps/web/test/e2e/csp.test.ts) checks that the app reports no violation.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** `/api/*` answers JSON and files, never a page: nothing in them may load or run anything. */
export const API_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Sent with every answer, `/` and `/api/*` alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "x-permitted-cross-domain-policies": "none",
};

/** Only over https (directly, or from a trusted proxy's X-Forwarded-Proto): a browser ignores it over http anyway. */
export const HSTS = "max-age=31536000; includeSubDomains";

const isApi = (url: string) => url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");

function apply(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
  // A route may set a stricter policy of its own (evidence downloads: `default-src 'none'; sandbox`).
  if (!reply.hasHeader("content-security-policy")) reply.header("content-security-policy", isApi(request.url) ? API_CSP : WEB_CSP);
  if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
}

/**
 * Security headers on every answer, including errors, 404s and the static files of the web app.
 * Hand-rolled rather than @fastify/helmet: seven fixed headers and two policies, read in one place.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    apply(request, reply);
    return payload;
  });
}

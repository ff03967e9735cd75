import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Answers smaller than this go as they are: compressing them saves less than it costs. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * brotli or gzip, as the client accepts, for every answer of a compressible type (JSON, HTML,
 * JavaScript, CSS, SVG) of at least COMPRESS_THRESHOLD_BYTES: the scorecard's 80 kB of JSON travel as
 * about 8 kB. brotli at quality 4, not its default 11: answers are compressed as they are sent, and
 * quality 11 costs tens of milliseconds for 80 kB where 4 costs about one, for a few percent more
 * bytes. The hashed web assets are compressed once, at build time, at the best quality
 * (STATIC_DELIVERY). Register before the routes: it applies to routes registered after it.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } },
    zlibOptions: { level: 6 },
  });
}

/** Cache-Control of the built web app's files: hashed assets forever, the page itself never without asking. */
export function webCacheControl(path: string): string {
  const file = path.replaceAll("\\", "/");
  // Vite names every file under assets/ after a hash of its content: a new build has new names.
  if (/\/assets\/[^/]+$/.test(file)) return "public, max-age=31536000, immutable";
  return "no-cache";
}

/**
 * Options of @fastify/static for the built web app: the `.br`/`.gz` files written beside each asset at
 * build time are sent as they are when the client accepts them (no compression per request), and
 * each file gets webCacheControl.
 */
export const STATIC_DELIVERY = {
  preCompressed: true,
  cacheControl: false,
  setHeaders(reply: FastifyReply, path: string) {
    reply.header("cache-control", webCacheControl(path));
  },
} as const;

/** The encoding to send for an Accept-Encoding header: brotli before gzip, none when neither is accepted. */
export function preferredEncoding(header: string | string[] | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of [header ?? ""].flat().join(",").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const wants = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return wants("br") ? "br" : wants("gzip") ? "gzip" : null;
}

interface SharedBytes {
  json: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** Serialised and compressed forms of answers that are shared and never change, kept while the answer lives. */
const sharedBytes = new WeakMap<object, SharedBytes>();

/**
 * Sends an answer that the router shares between requests and never changes (a cached scorecard): it
 * is serialised once and compressed once per encoding (brotli at quality 9, better than per-request
 * compression can afford), the bytes kept beside the answer for as long as the router keeps it.
 */
export function sendSharedJson(request: FastifyRequest, reply: FastifyReply, answer: object): FastifyReply {
  let entry = sharedBytes.get(answer);
  if (!entry) sharedBytes.set(answer, (entry = { json: JSON.stringify(answer) }));
  reply.header("content-type", "application/json; charset=utf-8");
  if (entry.json.length < COMPRESS_THRESHOLD_BYTES) return reply.send(entry.json);
  reply.header("vary", "accept-encoding");
  const encoding = preferredEncoding(request.headers["accept-encoding"]);
  if (!encoding) return reply.send(entry.json);
  const bytes = (entry[encoding] ??=
    encoding === "br"
      ? brotliCompressSync(entry.json, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
        })
      : gzipSync(entry.json, { level: 9 }));
  reply.header("content-encoding", encoding);
  return reply.send(bytes);
}

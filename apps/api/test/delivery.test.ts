import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scoreOutputSchema } from "@dti/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preferredEncoding, webCacheControl } from "../src/plugins/compression";
import { signIn, testServer, type Session, type TestServer } from "./helpers";

const APP_JS = `console.log(${JSON.stringify("dti ".repeat(600))});`;

/**
 * How answers travel: compressed when the client accepts it (brotli first), hashed web assets sent
 * precompressed and cached for a year, the page itself revalidated; the scorecard's answer holds
 * exactly what its schema says, however it is sent.
 */
describe("compression and caching", () => {
  let server: TestServer;
  let webRoot: string;
  let assessmentId: string;
  let session: Session;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "dti-delivery-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(
      join(webRoot, "index.html"),
      '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1a2b3c.js"></script>',
    );
    writeFileSync(join(webRoot, "assets", "app-1a2b3c.js"), APP_JS);
    // What the web build writes beside each asset (apps/web/vite.config.ts): marked, to see which is sent.
    writeFileSync(join(webRoot, "assets", "app-1a2b3c.js.br"), Buffer.from("precompressed-br"));
    writeFileSync(join(webRoot, "assets", "app-1a2b3c.js.gz"), Buffer.from("precompressed-gz"));
    server = await testServer("pglite", { webRoot });
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    await server.api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.a", value: 210000, expectedVersion: null });
    session = await signIn(server.app, "adminDN");
  });
  afterAll(async () => {
    await server?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const scoreUrl = () => `/api/v1/assessments/${assessmentId}/score`;

  it("sends the scorecard with brotli or gzip as accepted, plain otherwise, the same JSON each way", async () => {
    const get = (encoding?: string) =>
      server.app.inject({
        method: "GET",
        url: scoreUrl(),
        headers: { cookie: session.cookie, ...(encoding ? { "accept-encoding": encoding } : {}) },
      });
    const plain = await get();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get("gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers["content-type"]).toMatch(/application\/json/);
    const gz = await get("gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    // Read again (from the router's cache of scores): the same bytes.
    expect((await get("br")).rawPayload.equals(br.rawPayload)).toBe(true);
  });

  it("the scorecard's answer is exactly its schema: parsing it changes nothing (the router does not parse it in production)", async () => {
    const body = (await server.app.inject({ method: "GET", url: scoreUrl(), headers: { cookie: session.cookie } })).json();
    expect(scoreOutputSchema.parse(body)).toEqual(body);
    expect(body.result.units[0].code).toBe("p63-48");
    expect(body.completeness.provided).toBe(1);
  });

  it("a changed value gives a new score (the cache is keyed by the stored values)", async () => {
    const before = (await server.app.inject({ method: "GET", url: scoreUrl(), headers: { cookie: session.cookie } })).json();
    await server.api
      .as("adminDN")
      .assessments.setInput({ assessmentId, inputId: "households_total", value: 300000, expectedVersion: null });
    const after = (await server.app.inject({ method: "GET", url: scoreUrl(), headers: { cookie: session.cookie } })).json();
    expect(after.completeness.provided).toBe(before.completeness.provided + 1);
    expect(scoreOutputSchema.parse(after)).toEqual(after);
  });

  it("compresses tRPC and other API answers of 1 KB or more, not small ones", async () => {
    const trpc = await server.app.inject({
      method: "GET",
      url: `/api/trpc/assessments.score?input=${encodeURIComponent(JSON.stringify({ assessmentId }))}`,
      headers: { cookie: session.cookie, "accept-encoding": "br" },
    });
    expect(trpc.statusCode).toBe(200);
    expect(trpc.headers["content-encoding"]).toBe("br");
    const openapi = await server.app.inject({ method: "GET", url: "/api/openapi.json", headers: { "accept-encoding": "gzip" } });
    expect(openapi.headers["content-encoding"]).toBe("gzip");
    const health = await server.app.inject({ method: "GET", url: "/api/health", headers: { "accept-encoding": "br, gzip" } });
    expect(health.headers["content-encoding"]).toBeUndefined();
    expect(health.json()).toMatchObject({ status: "ok" });
  });

  it("sends hashed assets precompressed and immutable, index.html and client-side routes with no-cache", async () => {
    const br = await server.app.inject({ method: "GET", url: "/assets/app-1a2b3c.js", headers: { "accept-encoding": "br, gzip" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body).toBe("precompressed-br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gz = await server.app.inject({ method: "GET", url: "/assets/app-1a2b3c.js", headers: { "accept-encoding": "gzip" } });
    expect(gz.body).toBe("precompressed-gz");
    const plain = await server.app.inject({ method: "GET", url: "/assets/app-1a2b3c.js" });
    expect(plain.body).toBe(APP_JS);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/", "/index.html", "/danh-gia/123"]) {
      const page = await server.app.inject({ method: "GET", url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("chooses brotli, then gzip, honouring q=0", () => {
    expect(preferredEncoding("gzip, deflate, br")).toBe("br");
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
    expect(preferredEncoding("*")).toBe("br");
    expect(webCacheControl("/srv/dist/assets/index-AbC123.js")).toBe("public, max-age=31536000, immutable");
    expect(webCacheControl("/srv/dist/index.html")).toBe("no-cache");
  });
});

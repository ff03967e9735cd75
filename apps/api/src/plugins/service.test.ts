import { Writable } from "node:stream";
import { testBackends } from "@dti/db/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, type Session, type TestServer } from "../../test/helpers";
import { loggerOptions } from "./logging";

/** What a service needs besides its routes: JSON logs with request ids, metrics, liveness and readiness. */
describe.each(testBackends())("logs, metrics and probes on %s", (kind) => {
  let server: TestServer;
  let lines: Record<string, unknown>[];
  let admin: Session;
  let assessmentId: string;
  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    server = await testServer(kind, { loggerInstance: pino(loggerOptions("info"), sink), metrics: { processMetrics: true } });
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    admin = await signIn(server.app, "adminDN");
  });
  afterAll(() => server?.close());

  it("/api/live answers without the database; /api/ready checks the database and the packs", async () => {
    expect((await server.app.inject({ method: "GET", url: "/api/live" })).json()).toEqual({ status: "live" });
    const ready = await server.app.inject({ method: "GET", url: "/api/ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready", database: kind, packs: 1 });
  });

  it("logs one JSON line per request with its id, method, path, status and duration, and sends the id back", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health?secret=1", headers: { "x-request-id": "from-client" } });
    const id = response.headers["x-request-id"] as string;
    // Not behind a trusted proxy: the client's id is not taken.
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.reqId === id);
    expect(line).toMatchObject({ level: 30, msg: "request", method: "GET", url: "/api/health", status: 200 });
    expect(typeof line!.durationMs).toBe("number");
    expect(lines.filter((l) => l.reqId === id)).toHaveLength(1);
  });

  it("never logs passwords, cookies or CSRF tokens", async () => {
    await server.app.inject({
      method: "POST",
      url: "/api/trpc/auth.login",
      payload: { email: "adminDN@test.vn", password: "wrong-password-123" },
    });
    server.app.log.info({ input: { password: "p4ss", csrfToken: admin.csrf, cookie: admin.cookie } }, "a careless line");
    const text = JSON.stringify(lines);
    expect(text).not.toContain("wrong-password-123");
    expect(text).not.toContain("p4ss");
    expect(text).not.toContain(admin.csrf);
    expect(text).not.toContain(admin.cookie.split("=")[1]);
    expect(text).toContain("[redacted]");
  });

  it("/api/metrics: requests by route and status, latency, the pool, scoring time, the process", async () => {
    const scored = await server.app.inject({
      method: "GET",
      url: `/api/v1/assessments/${assessmentId}/score`,
      headers: { cookie: admin.cookie },
    });
    expect(scored.statusCode).toBe(200);
    await server.app.inject({ method: "GET", url: "/api/no-such-route" });
    const response = await server.app.inject({ method: "GET", url: "/api/metrics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    expect(text).toMatch(/dti_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    expect(text).toMatch(/dti_http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
    expect(text).toMatch(/dti_http_requests_total\{method="POST",route="\/api\/trpc\/auth\.login",status="\d+"\}/);
    expect(text).toMatch(/dti_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/assessments\/:id\/score"\} 1/);
    expect(text).toMatch(/dti_scoring_duration_seconds_count\{operation="score"\} [1-9]/);
    expect(text).toMatch(/dti_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/dti_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toContain(`dti_db_pool_max{database="${kind}"}`);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_seconds /);
  });

  it("/api/metrics is not public: a forwarded request (a proxy on this machine) is a 404", async () => {
    const forwarded = await server.app.inject({ method: "GET", url: "/api/metrics", headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(forwarded.statusCode).toBe(404);
    const remote = await server.app.inject({ method: "GET", url: "/api/metrics", remoteAddress: "203.0.113.9" });
    expect(remote.statusCode).toBe(404);
  });
});

describe("/api/metrics with DTI_METRICS_TOKEN", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer("pglite", { metrics: { token: "s3cret-token" } });
  });
  afterAll(() => server?.close());

  it("answers a scraper that sends the token, from anywhere, and nobody else", async () => {
    const get = (headers: Record<string, string>, remoteAddress = "203.0.113.9") =>
      server.app.inject({ method: "GET", url: "/api/metrics", headers, remoteAddress });
    expect((await get({ authorization: "Bearer s3cret-token" })).statusCode).toBe(200);
    expect((await get({ authorization: "Bearer wrong" })).statusCode).toBe(404);
    expect((await get({}, "127.0.0.1")).statusCode).toBe(404);
  });
});

describe("request ids behind a trusted proxy", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer("pglite", { trustProxy: true });
  });
  afterAll(() => server?.close());

  it("keeps an incoming x-request-id that looks like an id, and replaces one that does not", async () => {
    const kept = await server.app.inject({ method: "GET", url: "/api/live", headers: { "x-request-id": "edge-42.abc" } });
    expect(kept.headers["x-request-id"]).toBe("edge-42.abc");
    const replaced = await server.app.inject({ method: "GET", url: "/api/live", headers: { "x-request-id": "bad id\u0000<script>" } });
    expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

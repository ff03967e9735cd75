import { readFileSync } from "node:fs";
import { appRouter } from "@dti/api-router";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, trpc, type TestServer } from "../test/helpers";
import { openApiDocument } from "./routes/openapi";
import { REST_ROUTES } from "./routes/rest";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = "----dti-test-boundary";
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from("\r\n"),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testBackends())("the HTTP host on %s", (kind) => {
  let server: TestServer;
  let assessmentId: string;
  beforeAll(async () => {
    server = await testServer(kind, { settings: { evidenceMaxBytes: 64 * 1024 }, bodyLimit: 256 * 1024 });
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
  });
  afterAll(() => server?.close());

  it("GET /api/health answers 200 with the version and the database kind", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/), database: kind });
  });

  it("an unknown route is a coded 404", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  describe("sessions over HTTP", () => {
    it("the session cookie is httpOnly and SameSite=Lax, Secure only over https", async () => {
      const plain = await server.app.inject({
        method: "POST",
        url: "/api/trpc/auth.login",
        payload: { email: "viewerDN@test.vn", password: "test password 123" },
      });
      const cookie = [plain.headers["set-cookie"]].flat().join("\n");
      expect(cookie).toMatch(/dti_session=[A-Za-z0-9_-]{43}/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      const proxied = await testServer(kind, { trustProxy: true });
      try {
        const secure = await proxied.app.inject({
          method: "POST",
          url: "/api/trpc/auth.login",
          headers: { "x-forwarded-proto": "https" },
          payload: { email: "viewerDN@test.vn", password: "test password 123" },
        });
        expect([secure.headers["set-cookie"]].flat().join("\n")).toMatch(/Secure/);
      } finally {
        await proxied.close();
      }
    });

    it("a tRPC mutation without the CSRF header is refused with 403 CSRF_INVALID", async () => {
      const session = await signIn(server.app, "adminDN");
      const refused = await server.app.inject({
        method: "POST",
        url: "/api/trpc/assessments.setInput",
        headers: { cookie: session.cookie },
        payload: { assessmentId, inputId: "3.3.a", value: 1, expectedVersion: null },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.data.apiError.code).toBe("CSRF_INVALID");
      const accepted = await trpc(server.app, session, "mutation", "assessments.setInput", {
        assessmentId,
        inputId: "3.3.a",
        value: 1,
        expectedVersion: null,
      });
      expect(accepted.status).toBe(200);
    });

    it("signing in too often answers 429 RATE_LIMITED with Retry-After", async () => {
      for (let i = 0; i < 5; i += 1)
        await server.app.inject({
          method: "POST",
          url: "/api/trpc/auth.login",
          payload: { email: "ttttQN@test.vn", password: "wrong password!!" },
        });
      const limited = await server.app.inject({
        method: "POST",
        url: "/api/trpc/auth.login",
        payload: { email: "ttttQN@test.vn", password: "test password 123" },
      });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      expect(limited.json().error.data.apiError).toMatchObject({
        code: "RATE_LIMITED",
        details: { retryAfterSeconds: expect.any(Number) },
      });
    });
  });

  describe("bad input is a coded 4xx, never a 500", () => {
    const procedures = Object.entries(
      (appRouter._def as unknown as { procedures: Record<string, { _def: { type: string; inputs: unknown[] } }> }).procedures,
    ).filter(([name]) => name !== "auth.logout");
    const garbage: unknown[] = [
      null,
      42,
      "x",
      [],
      {},
      { assessmentId: "not-a-uuid", id: "../../etc/passwd", period: "2022", unitId: "DROP TABLE units;" },
      { a: { b: [1, { c: null }] }, __proto__: { admin: true }, constructor: { prototype: {} } },
      {
        assessmentId: "00000000-0000-4000-8000-000000000000",
        id: "00000000-0000-4000-8000-000000000000",
        indicatorCode: "1.1",
        period: 1999,
        expectedVersion: -1,
        value: { nested: true },
      },
    ];

    it.each(procedures)("%s", async (name, procedure) => {
      const session = await signIn(server.app, "national");
      for (const input of garbage) {
        const body = JSON.stringify(input);
        const response =
          procedure._def.type === "query"
            ? await server.app.inject({
                method: "GET",
                url: `/api/trpc/${name}?input=${encodeURIComponent(body)}`,
                headers: { cookie: session.cookie },
              })
            : await server.app.inject({
                method: "POST",
                url: `/api/trpc/${name}`,
                headers: { ...session.headers, "content-type": "application/json" },
                payload: body,
              });
        expect(response.statusCode, `${name} ${body}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json().error.data.apiError.code, `${name} ${body}`).toMatch(/^[A-Z_]+$/);
      }
      const broken =
        procedure._def.type === "query"
          ? await server.app.inject({ method: "GET", url: `/api/trpc/${name}?input=%7B%22a%22`, headers: { cookie: session.cookie } })
          : await server.app.inject({
              method: "POST",
              url: `/api/trpc/${name}`,
              headers: { ...session.headers, "content-type": "application/json" },
              payload: "}{ not json",
            });
      // A procedure without input ignores what it is sent; one with input refuses what it cannot read.
      if (procedure._def.inputs.length > 0)
        expect(broken.statusCode, `${name} unreadable: ${broken.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(broken.statusCode).toBeLessThan(500);
    });

    it("a validation failure names the field, the problem and the expected form", async () => {
      const session = await signIn(server.app, "adminDN");
      const { status, body } = await trpc(server.app, session, "mutation", "assessments.setInput", {
        assessmentId,
        inputId: "3.3.a",
        value: "many",
        expectedVersion: "one",
      });
      expect(status).toBe(400);
      expect(body.error!.data.apiError).toMatchObject({
        code: "VALIDATION_FAILED",
        fields: [{ path: "expectedVersion", expected: "number" }],
      });
    });

    it("a stale edit is 409 CONFLICT carrying the current value and version", async () => {
      const session = await signIn(server.app, "adminDN");
      await trpc(server.app, session, "mutation", "assessments.setInput", {
        assessmentId,
        inputId: "households_total",
        value: 100,
        expectedVersion: null,
      });
      await trpc(server.app, session, "mutation", "assessments.setInput", {
        assessmentId,
        inputId: "households_total",
        value: 200,
        expectedVersion: 1,
      });
      const stale = await trpc(server.app, session, "mutation", "assessments.setInput", {
        assessmentId,
        inputId: "households_total",
        value: 300,
        expectedVersion: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error!.data.apiError).toMatchObject({ code: "CONFLICT", details: { current: { value: 200, version: 2 } } });
    });

    it("a body above the limit is 413 with a coded error, bad JSON on HTTP routes is 400", async () => {
      const session = await signIn(server.app, "national");
      const big = await server.app.inject({
        method: "POST",
        url: "/api/trpc/packs.upload",
        headers: { ...session.headers, "content-type": "application/json" },
        payload: JSON.stringify({ bundle: { format: "dti-pack-bundle@1", pack: "x".repeat(300 * 1024) } }),
      });
      expect(big.statusCode).toBe(413);
      const rest = await server.app.inject({ method: "GET", url: "/api/v1/published/abc" });
      expect(rest.statusCode).toBe(400);
      expect(rest.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fields: [{ path: "period" }] } });
    });
  });

  describe("evidence over HTTP", () => {
    it("uploads with the session's CSRF token, checks type from content and size, downloads to readers only", async () => {
      const contributor = await signIn(server.app, "ttttDN");
      const form = multipart({ assessmentId, indicatorCode: "3.3" }, { name: "ảnh chụp.png", bytes: PNG });
      const noCsrf = await server.app.inject({
        method: "POST",
        url: "/api/evidence",
        headers: { ...form.headers, cookie: contributor.cookie },
        payload: form.payload,
      });
      expect(noCsrf.statusCode).toBe(403);
      const uploaded = await server.app.inject({
        method: "POST",
        url: "/api/evidence",
        headers: { ...form.headers, ...contributor.headers },
        payload: form.payload,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const stored = uploaded.json();
      expect(stored).toMatchObject({
        indicatorCode: "3.3",
        fileName: "ảnh chụp.png",
        mediaType: "image/png",
        sizeBytes: PNG.length,
        created: true,
      });

      const notAssigned = multipart({ assessmentId, indicatorCode: "3.3" }, { name: "x.png", bytes: PNG });
      const otherAgency = await signIn(server.app, "noiVuDN");
      expect(
        (
          await server.app.inject({
            method: "POST",
            url: "/api/evidence",
            headers: { ...notAssigned.headers, ...otherAgency.headers },
            payload: notAssigned.payload,
          })
        ).statusCode,
      ).toBe(403);
      const exe = multipart(
        { assessmentId, indicatorCode: "3.3" },
        { name: "report.pdf", bytes: Buffer.from("MZ\x90\x00 this is not a pdf") },
      );
      const refused = await server.app.inject({
        method: "POST",
        url: "/api/evidence",
        headers: { ...exe.headers, ...contributor.headers },
        payload: exe.payload,
      });
      expect(refused.statusCode).toBe(415);
      const big = multipart(
        { assessmentId, indicatorCode: "3.3" },
        { name: "big.png", bytes: Buffer.concat([PNG, Buffer.alloc(70 * 1024)]) },
      );
      const tooBig = await server.app.inject({
        method: "POST",
        url: "/api/evidence",
        headers: { ...big.headers, ...contributor.headers },
        payload: big.payload,
      });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });

      const viewer = await signIn(server.app, "viewerDN");
      const download = await server.app.inject({ method: "GET", url: `/api/evidence/${stored.id}`, headers: { cookie: viewer.cookie } });
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe("image/png");
      expect(download.headers["content-disposition"]).toContain("filename*=UTF-8''%E1%BA%A3nh%20ch%E1%BB%A5p.png");
      expect(download.rawPayload.equals(PNG)).toBe(true);
      const other = await signIn(server.app, "adminQN");
      expect(
        (await server.app.inject({ method: "GET", url: `/api/evidence/${stored.id}`, headers: { cookie: other.cookie } })).statusCode,
      ).toBe(404);
      expect((await server.app.inject({ method: "GET", url: `/api/evidence/${stored.id}` })).statusCode).toBe(401);
      const listed = await trpc(server.app, viewer, "query", "evidence.list", { assessmentId });
      expect(listed.body.result!.data).toHaveLength(1);
    });
  });

  describe("read-only REST API", () => {
    it("serves packs, units, published results and rankings without an account; computed results need a session", async () => {
      const packs = await server.app.inject({ method: "GET", url: "/api/v1/packs" });
      expect(packs.json()).toEqual([expect.objectContaining({ packId: "dti-province-2022", status: "active" })]);
      const units = await server.app.inject({ method: "GET", url: "/api/v1/units?at=2025-07-01" });
      expect(units.json()).toHaveLength(34);
      expect((await server.app.inject({ method: "GET", url: "/api/v1/units/p34-48/lineage" })).json()).toHaveLength(2);
      expect((await server.app.inject({ method: "GET", url: "/api/v1/published/2022" })).json()).toEqual([]);
      expect((await server.app.inject({ method: "GET", url: `/api/v1/assessments/${assessmentId}/score` })).statusCode).toBe(401);
      const admin = await signIn(server.app, "adminDN");
      const score = await server.app.inject({
        method: "GET",
        url: `/api/v1/assessments/${assessmentId}/score`,
        headers: { cookie: admin.cookie },
      });
      expect(score.statusCode).toBe(200);
      expect(score.json().result.units[0].code).toBe("p63-48");
      const other = await signIn(server.app, "adminQN");
      expect(
        (await server.app.inject({ method: "GET", url: `/api/v1/assessments/${assessmentId}/score`, headers: { cookie: other.cookie } }))
          .statusCode,
      ).toBe(404);
      expect(
        (await server.app.inject({ method: "GET", url: "/api/v1/rankings/2022/computed", headers: { cookie: admin.cookie } })).statusCode,
      ).toBe(403);
      const national = await signIn(server.app, "national");
      const computed = await server.app.inject({
        method: "GET",
        url: "/api/v1/rankings/2022/computed",
        headers: { cookie: national.cookie },
      });
      expect(computed.json().units.map((u: { unitId: string }) => u.unitId)).toContain("p63-48");
    });

    it("describes every route in the OpenAPI 3.1 document", async () => {
      const response = await server.app.inject({ method: "GET", url: "/api/openapi.json" });
      expect(response.statusCode).toBe(200);
      const doc = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(doc.openapi).toBe("3.1.0");
      const routes = server.app.routeList.filter((r) => r.url.startsWith("/api") && !r.url.startsWith("/api/trpc"));
      expect(routes.length).toBeGreaterThan(REST_ROUTES.length);
      for (const route of routes)
        expect(
          doc.paths[route.url.replace(/:([A-Za-z]+)/g, "{$1}")]?.[route.method.toLowerCase()],
          `${route.method} ${route.url}`,
        ).toBeDefined();
      for (const name of Object.keys((appRouter._def as unknown as { procedures: object }).procedures))
        expect(doc.paths[`/api/trpc/${name}`], name).toBeDefined();
      const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
      for (const route of routes) expect(readme, `README lists ${route.url}`).toContain(`\`${route.url}\``);
      expect(openApiDocument()).toEqual(doc);
    });

    it("documents a published row as the sources give it: rank without a value, averages, cohort, note, sources", () => {
      const doc = openApiDocument() as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
      const response = doc.paths["/api/v1/published/{period}"]!.get.responses["200"] as {
        content: { "application/json": { schema: { type: string; items: { properties: Record<string, unknown>; required: string[] } } } };
      };
      const row = response.content["application/json"].schema.items;
      expect(row.required).toEqual(
        expect.arrayContaining(["kind", "unitId", "overall", "rank", "cohort", "cohortSize", "note", "sources"]),
      );
      expect(row.properties.kind).toMatchObject({ enum: ["province", "average"] });
      expect(JSON.stringify(row.properties.overall)).toContain('"null"');
      expect(JSON.stringify(row.properties.unitId)).toContain('"null"');
      expect(row.properties.sources).toMatchObject({ type: "array", items: { type: "string" } });
    });
  });
});

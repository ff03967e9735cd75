import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_CSP, HSTS, SECURITY_HEADERS, WEB_CSP } from "../src/security";
import { signIn, testServer, type Session, type TestServer } from "./helpers";
import { manyRows, multipartFile, zipBomb } from "./zip";

/**
 * The edge of the HTTP host, on the embedded database (nothing here depends on the database kind):
 * security headers on every answer, every broken upload a coded 4xx, access checked before an
 * uploaded workbook is read, hostile workbooks refused before they are unpacked.
 */
describe("the hardened edge", () => {
  let server: TestServer;
  let proxied: TestServer;
  let webRoot: string;
  let assessmentId: string;
  let admin: Session;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), "dti-edge-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(webRoot, "assets", "app.js"), "console.log('app')");
    server = await testServer("pglite", { webRoot, settings: { evidenceMaxBytes: 64 * 1024 } });
    proxied = await testServer("pglite", { webRoot, trustProxy: true });
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    admin = await signIn(server.app, "adminDN");
  });
  afterAll(async () => {
    await server?.close();
    await proxied?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  describe("security headers", () => {
    const expectCommon = (headers: Record<string, unknown>, csp: string) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
      expect(headers["content-security-policy"]).toBe(csp);
      expect(headers["strict-transport-security"]).toBeUndefined();
    };

    it("the web app (/, a client-side route, an asset) gets the strict CSP: self only, no inline script, no framing", async () => {
      for (const url of ["/", "/assessments/x/entry", "/assets/app.js"]) {
        const response = await server.app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBe(200);
        expectCommon(response.headers, WEB_CSP);
      }
      expect(WEB_CSP).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(WEB_CSP).not.toContain("unsafe");
      expect(SECURITY_HEADERS).toMatchObject({
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
      });
    });

    it("every /api answer (health, tRPC, REST, OpenAPI, errors, 404) gets the API policy: nothing may load or run", async () => {
      const requests = [
        { url: "/api/health", status: 200 },
        { url: "/api/trpc/auth.me", status: 200 },
        { url: "/api/trpc/assessments.list", status: 401 },
        { url: "/api/v1/packs", status: 200 },
        { url: "/api/v1/published/abc", status: 400 },
        { url: "/api/openapi.json", status: 200 },
        { url: "/api/nothing-here", status: 404 },
      ];
      for (const { url, status } of requests) {
        const response = await server.app.inject({ method: "GET", url });
        expect(response.statusCode, url).toBe(status);
        expectCommon(response.headers, API_CSP);
      }
      const mutation = await server.app.inject({ method: "POST", url: "/api/trpc/auth.logout", payload: {} });
      expectCommon(mutation.headers, API_CSP);
    });

    it("a route's own stricter policy stays (an evidence download keeps its sandbox); downloads get the API policy", async () => {
      const contributor = await signIn(server.app, "ttttDN");
      const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
      const boundary = "----dti-edge";
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="assessmentId"\r\n\r\n${assessmentId}\r\n--${boundary}\r\ncontent-disposition: form-data; name="indicatorCode"\r\n\r\n3.3\r\n--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const uploaded = await server.app.inject({
        method: "POST",
        url: "/api/evidence",
        headers: { ...contributor.headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        payload,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const download = await server.app.inject({
        method: "GET",
        url: `/api/evidence/${uploaded.json().id}`,
        headers: { cookie: admin.cookie },
      });
      expect(download.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
      expect(download.headers["x-frame-options"]).toBe("DENY");
      const plan = await server.app.inject({
        method: "GET",
        url: `/api/assessments/${assessmentId}/plan.csv`,
        headers: { cookie: admin.cookie },
      });
      expect(plan.statusCode).toBe(200);
      expect(plan.headers["content-security-policy"]).toBe(API_CSP);
      expect(plan.headers["x-content-type-options"]).toBe("nosniff");
    });

    it("HSTS only over https from a trusted proxy, never over plain http or from an untrusted X-Forwarded-Proto", async () => {
      const behindTls = await proxied.app.inject({ method: "GET", url: "/api/health", headers: { "x-forwarded-proto": "https" } });
      expect(behindTls.headers["strict-transport-security"]).toBe(HSTS);
      expect(
        (await proxied.app.inject({ method: "GET", url: "/", headers: { "x-forwarded-proto": "https" } })).headers[
          "strict-transport-security"
        ],
      ).toBe(HSTS);
      expect((await proxied.app.inject({ method: "GET", url: "/api/health" })).headers["strict-transport-security"]).toBeUndefined();
      const untrusted = await server.app.inject({ method: "GET", url: "/api/health", headers: { "x-forwarded-proto": "https" } });
      expect(untrusted.headers["strict-transport-security"]).toBeUndefined();
    });
  });

  describe("broken multipart bodies are coded 4xx on every upload route", () => {
    const routes = () => [`/api/assessments/${assessmentId}/template`, "/api/evidence"];
    const post = (url: string, headers: Record<string, string>, payload: string | Buffer) =>
      server.app.inject({ method: "POST", url, headers: { ...admin.headers, ...headers }, payload });

    it("no boundary, garbage, a body cut short, a part without headers: 400 VALIDATION_FAILED (multipart malformed)", async () => {
      const bodies: [string, string, string][] = [
        ["no boundary", "multipart/form-data", '--XX\r\ncontent-disposition: form-data; name="file"\r\n\r\nabc\r\n--XX--\r\n'],
        ["garbage", "multipart/form-data; boundary=XX", "garbage without any boundary"],
        [
          "cut short",
          "multipart/form-data; boundary=XX",
          '--XX\r\ncontent-disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\x03\x04',
        ],
        ["header cut short", "multipart/form-data; boundary=XX", "--XX\r\ncontent-disposition: form-da"],
      ];
      for (const url of routes())
        for (const [what, type, body] of bodies) {
          const response = await post(url, { "content-type": type }, body);
          expect(response.statusCode, `${what} → ${url}: ${response.body}`).toBe(400);
          expect(response.json(), what).toMatchObject({
            error: { code: "VALIDATION_FAILED", fields: [{ path: "(body)" }], details: { multipart: "malformed" } },
          });
        }
    });

    it("no file part: 400; not multipart at all: 415; a file over the limit: 413", async () => {
      const noFile = '--XX\r\ncontent-disposition: form-data; name="other"\r\n\r\nabc\r\n--XX--\r\n';
      const template = routes()[0]!;
      const missing = await post(template, { "content-type": "multipart/form-data; boundary=XX" }, noFile);
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fields: [{ path: "file" }] } });
      const evidenceNoFile = `--XX\r\ncontent-disposition: form-data; name="assessmentId"\r\n\r\n${assessmentId}\r\n--XX\r\ncontent-disposition: form-data; name="indicatorCode"\r\n\r\n3.3\r\n--XX--\r\n`;
      const missingEvidence = await post("/api/evidence", { "content-type": "multipart/form-data; boundary=XX" }, evidenceNoFile);
      expect(missingEvidence.statusCode).toBe(400);
      expect(missingEvidence.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", fields: [{ path: "file" }] } });
      for (const url of routes())
        for (const type of ["application/json", "text/plain", "application/octet-stream"]) {
          const response = await post(url, { "content-type": type }, type === "application/json" ? "{}" : "x");
          expect(response.statusCode, `${type} → ${url}`).toBe(415);
          expect(response.json()).toMatchObject({ error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
        }
      // Evidence: 64 KiB in this server (evidenceMaxBytes); a template: 5 MiB (DEFAULT_WORKBOOK_LIMITS.maxBytes).
      for (const [url, size, limit, vi] of [
        [routes()[1]!, 65 * 1024, 64 * 1024, "Tệp lớn hơn 64 KiB (giới hạn cho phép)"],
        [template, 5 * 1024 * 1024 + 1, 5 * 1024 * 1024, "Tệp lớn hơn 5 MiB (giới hạn cho phép)"],
      ] as const) {
        const big = multipartFile(Buffer.alloc(size, 1));
        const response = await post(url, big.headers, big.payload);
        expect(response.statusCode, url).toBe(413);
        // The limit named in both languages, so that a screen can say how large a file may be.
        expect(response.json()).toMatchObject({
          error: { code: "PAYLOAD_TOO_LARGE", fields: [{ path: "file" }], details: { maxBytes: limit, vi } },
        });
      }
    });
  });

  describe("template import: access before parsing, limits before unpacking", () => {
    const upload = (session: Session | null, file: Buffer, headers: Record<string, string> = session?.headers ?? {}) => {
      const form = multipartFile(file);
      return server.app.inject({
        method: "POST",
        url: `/api/assessments/${assessmentId}/template`,
        headers: { ...form.headers, ...headers },
        payload: form.payload,
      });
    };

    it("refuses a viewer, another province, a missing CSRF token and no session without reading the body", async () => {
      // A broken body would be a 400 if it were read: these answers come first.
      const broken = Buffer.from("not even a zip");
      const viewer = await signIn(server.app, "viewerDN");
      const forbidden = await upload(viewer, broken);
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
      const garbage = await server.app.inject({
        method: "POST",
        url: `/api/assessments/${assessmentId}/template`,
        headers: { ...viewer.headers, "content-type": "multipart/form-data; boundary=XX" },
        payload: "garbage",
      });
      expect(garbage.statusCode).toBe(403);
      expect((await upload(await signIn(server.app, "adminQN"), broken)).statusCode).toBe(404);
      expect((await upload(admin, broken, { cookie: admin.cookie })).json()).toMatchObject({ error: { code: "CSRF_INVALID" } });
      expect((await upload(null, broken)).statusCode).toBe(401);
      // An agency contributor of the province may import (each value is then checked against its assignments).
      const contributor = await signIn(server.app, "ttttDN");
      expect((await upload(contributor, broken)).json()).toMatchObject({
        error: { code: "IMPORT_INVALID", details: { spreadsheetCode: "FILE_NOT_XLSX" } },
      });
    });

    it("a zip bomb is 413, a sheet of a million rows 422, both in Vietnamese and English, quickly", async () => {
      const started = Date.now();
      const bomb = await upload(admin, await zipBomb(200));
      expect(bomb.statusCode).toBe(413);
      expect(bomb.json()).toMatchObject({
        error: {
          code: "PAYLOAD_TOO_LARGE",
          message: "the file unpacks to more than 20 MiB: it may be a zip bomb",
          fields: [{ path: "file", expected: "unpacked ≤ 20 MiB" }],
          details: { spreadsheetCode: "FILE_TOO_LARGE", vi: "Tệp giải nén ra quá lớn (tối đa 20 MiB): tệp có thể là một “bom nén”" },
        },
      });
      const rows = await upload(admin, await manyRows(1_000_000, false));
      expect(rows.statusCode).toBe(422);
      expect(rows.json()).toMatchObject({
        error: {
          code: "IMPORT_INVALID",
          message: "a sheet has too many rows (xl/worksheets/sheet1.xml: more than 10,000)",
          details: { spreadsheetCode: "WORKBOOK_TOO_LARGE", vi: "Trang tính có quá nhiều dòng (xl/worksheets/sheet1.xml: hơn 10.000)" },
        },
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      // Nothing was imported.
      const detail = await server.api.as("adminDN").assessments.get({ assessmentId });
      expect(detail.inputs.filter((i) => i.value !== null)).toHaveLength(0);
    });
  });
});

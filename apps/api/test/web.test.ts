import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "./helpers";

describe("serving a built web app from the same origin", () => {
  let server: TestServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "dti-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>DTI</title>");
    writeFileSync(join(root, "assets", "app.js"), "console.log('dti')");
    server = await testServer("pglite", { webRoot: root });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves the files, index.html for client-side routes, and keeps /api answers as JSON", async () => {
    expect((await server.app.inject({ method: "GET", url: "/" })).body).toContain("<title>DTI</title>");
    expect((await server.app.inject({ method: "GET", url: "/assets/app.js" })).body).toContain("console.log");
    const route = await server.app.inject({ method: "GET", url: "/danh-gia/123" });
    expect(route.statusCode).toBe(200);
    expect(route.headers["content-type"]).toMatch(/text\/html/);
    const api = await server.app.inject({ method: "GET", url: "/api/nothing" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect((await server.app.inject({ method: "GET", url: "/api/health" })).json()).toMatchObject({ status: "ok" });
    expect((await server.app.inject({ method: "POST", url: "/somewhere", payload: {} })).statusCode).toBe(404);
  });
});

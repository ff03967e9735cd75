import { readFileSync } from "node:fs";
import { DB_ERROR_CODES, type DbErrorCode } from "@dti/db";
import { ENGINE_ERROR_CODES, type EngineErrorCode } from "@dti/engine";
import { describe, expect, it } from "vitest";
import { API_ERROR_CODES } from "./errors";
import { appRouter } from "./router";
import { DB_TO_API, engineCodeToApi } from "./translate";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it.each(Object.entries(API_ERROR_CODES))("documents %s with its status and tRPC code", (code, entry) => {
    expect(readme).toContain(`| \`${code}\` | ${entry.status} | ${entry.trpc} | ${entry.description} |`);
  });

  it.each(Object.keys(ENGINE_ERROR_CODES) as EngineErrorCode[])("maps engine code %s as documented, to a 4xx", (code) => {
    const api = engineCodeToApi(code);
    expect(readme).toContain(`| \`${code}\` | \`${api}\` |`);
    expect(API_ERROR_CODES[api].status).toBeGreaterThanOrEqual(400);
    expect(API_ERROR_CODES[api].status).toBeLessThan(500);
  });

  it.each(Object.keys(DB_ERROR_CODES) as DbErrorCode[])(
    "maps db code %s as documented, to a 4xx (503 for an unreachable database)",
    (code) => {
      const api = DB_TO_API[code];
      expect(readme).toContain(`| \`${code}\` | \`${api}\` |`);
      if (code === "UNAVAILABLE") expect(API_ERROR_CODES[api].status).toBe(503);
      else expect(API_ERROR_CODES[api].status).toBeLessThan(500);
    },
  );

  it("lists every procedure", () => {
    const procedures = (appRouter._def as unknown as { procedures: Record<string, { _def: { type: string } }> }).procedures;
    for (const [name, procedure] of Object.entries(procedures)) expect(readme, name).toContain(`| \`${name}\` | ${procedure._def.type} |`);
  });
});

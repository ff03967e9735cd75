import { DbError } from "@dti/db";
import { EngineError } from "@dti/engine";
import { UnitsError } from "@dti/units";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_ERROR_CODES, ApiError } from "./errors";
import { toApiError } from "./translate";

describe("toApiError", () => {
  it("turns zod issues into VALIDATION_FAILED with the path and the expected type", () => {
    const parsed = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: "x" } });
    const error = toApiError(parsed.error);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields).toEqual([{ path: "a.b", message: expect.any(String), expected: "number" }]);
  });

  it("keeps the engine's code and issues", () => {
    const error = toApiError(
      new EngineError("INPUT_INVALID", "bad", {
        issues: [{ code: "INPUT_OUT_OF_RANGE", message: "below 0", unit: "X", input: "households_total", expected: "a whole number ≥ 0" }],
      }),
    );
    expect(error).toMatchObject({
      code: "INPUT_INVALID",
      details: { engineCode: "INPUT_INVALID" },
      fields: [{ path: "X.households_total", expected: "a whole number ≥ 0" }],
    });
  });

  it("keeps the repository's code and hides database internals", () => {
    const error = toApiError(
      new DbError("VERSION_CONFLICT", "stale", { current: { value: 2, version: 3 }, pgCode: "40001", detail: "secret" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual({ current: { value: 2, version: 3 }, dbCode: "VERSION_CONFLICT" });
  });

  it.each([
    ["23505", "ALREADY_EXISTS"],
    ["23503", "NOT_FOUND"],
    ["23514", "VALIDATION_FAILED"],
    ["22P02", "VALIDATION_FAILED"],
    ["P0001", "INVALID_STATE"],
    ["40001", "CONFLICT"],
  ])("maps SQLSTATE %s that reached the API to %s", (sqlstate, code) => {
    const error = toApiError(Object.assign(new Error("db said no"), { code: sqlstate, constraint: "users_email_key" }));
    expect(error.code).toBe(code);
    expect(API_ERROR_CODES[error.code].status).toBeLessThan(500);
    expect(JSON.stringify(error.toBody())).not.toMatch(/db said no|users_email_key|sqlstate|\d{2}[0-9A-Z]{3}/i);
  });

  it("names the field of a unique violation without the constraint or the value", () => {
    const error = toApiError(
      Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
        code: "23505",
        detail: "Key (email)=(someone@qn.vn) already exists.",
        constraint: "users_email_key",
      }),
    );
    expect(error.toBody()).toEqual({
      code: "ALREADY_EXISTS",
      message: "a record with this email already exists",
      fields: [{ path: "email", message: "already used" }],
    });
  });

  it("a lost connection is DATABASE_UNAVAILABLE (503, retry after a few seconds), in Vietnamese and English", () => {
    for (const cause of [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new DbError("UNAVAILABLE", "the database is unavailable"),
      new Error("Connection terminated unexpectedly"),
    ]) {
      const error = toApiError(cause);
      expect(error.code).toBe("DATABASE_UNAVAILABLE");
      expect(error.status).toBe(503);
      expect(error.details).toEqual({ retryAfterSeconds: 5 });
      expect(error.message).toMatch(/Cơ sở dữ liệu.*The database is temporarily unavailable/);
    }
  });

  it("units errors are UNIT_UNKNOWN; our own errors pass through; anything else is INTERNAL", () => {
    expect(toApiError(new UnitsError("UNIT_UNKNOWN", "no such unit")).code).toBe("UNIT_UNKNOWN");
    const own = new ApiError("FORBIDDEN", "no");
    expect(toApiError(own)).toBe(own);
    expect(toApiError(new TypeError("boom")).code).toBe("INTERNAL");
  });
});

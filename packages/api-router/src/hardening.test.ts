import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUnsafeString, MAX_INPUT_DEPTH } from "./safe-strings";
import { createTestApi, refusal, TEST_PASSWORD, type TestApi } from "./testing/index";

describe("findUnsafeString", () => {
  it("finds NUL and unpaired surrogates in values and keys, by path, and lets paired ones through", () => {
    expect(findUnsafeString({ a: "ok", b: ["x", "y\u0000"] })).toEqual({ path: "b.1", message: "contains a NUL character (\\u0000)" });
    expect(findUnsafeString({ note: "\uD800" })?.path).toBe("note");
    expect(findUnsafeString({ note: "a\uDC00b" })?.path).toBe("note");
    expect(findUnsafeString({ ["k\u0000"]: 1 })?.path).toBe("(key)");
    expect(findUnsafeString({ emoji: "Đà Nẵng 😀", n: 1, z: null })).toBeUndefined();
  });

  it("refuses nesting deeper than the limit without recursing", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findUnsafeString(deep)?.message).toBe(`nested deeper than ${MAX_INPUT_DEPTH} levels`);
  });
});

describe.each(testBackends())("errors that must not reach the database or leak on %s", (kind) => {
  let api: TestApi;
  let assessmentId: string;
  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    assessmentId = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
  });
  afterAll(() => api?.close());

  it("a NUL byte or a lone surrogate in any string input is VALIDATION_FAILED naming the field, before the database", async () => {
    const nul = await refusal(
      api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.a", value: 1, expectedVersion: null, source: "báo cáo\u0000" }),
    );
    expect(nul.code).toBe("VALIDATION_FAILED");
    expect(nul.fields[0]).toMatchObject({ path: "source" });
    const surrogate = await refusal(
      api.as("national").users.create({ email: "x@test.vn", name: "bad \uD83D name", password: TEST_PASSWORD, role: "national_admin" }),
    );
    expect(surrogate.code).toBe("VALIDATION_FAILED");
    expect(surrogate.fields[0]).toMatchObject({ path: "name" });
    for (const error of [nul, surrogate])
      expect(JSON.stringify(error.toBody())).not.toMatch(/byte sequence|UTF8|invalid input syntax|22021|22P05/);
  });

  it("users.create: a national admin gets ALREADY_EXISTS for a used e-mail; a province admin learns nothing about other provinces", async () => {
    const used = await refusal(
      api.as("national").users.create({ email: "AdminQN@test.vn", name: "dup", password: TEST_PASSWORD, role: "viewer", unitId: "p63-22" }),
    );
    expect(used.code).toBe("ALREADY_EXISTS");
    expect(used.fields).toEqual([{ path: "email", message: "already used" }]);

    // Da Nang's admin tries e-mails that exist in Quang Ninh (an admin, a contributor) and one of its own.
    const elsewhere = await refusal(
      api.as("adminDN").users.create({ email: "adminqn@test.vn", name: "x", password: TEST_PASSWORD, role: "viewer", unitId: "p63-48" }),
    );
    const elsewhere2 = await refusal(
      api.as("adminDN").users.create({ email: "ttttqn@test.vn", name: "x", password: TEST_PASSWORD, role: "viewer", unitId: "p63-48" }),
    );
    const national = await refusal(
      api.as("adminDN").users.create({ email: "national@test.vn", name: "x", password: TEST_PASSWORD, role: "viewer", unitId: "p63-48" }),
    );
    for (const e of [elsewhere, elsewhere2, national]) {
      expect(e.toBody()).toEqual(elsewhere.toBody());
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).not.toMatch(/exist|p63|Quảng Ninh|admin@|province_admin|agency/i);
    }
    // Its own province's accounts are in its list anyway: ALREADY_EXISTS.
    const own = await refusal(
      api.as("adminDN").users.create({ email: "viewerdn@test.vn", name: "x", password: TEST_PASSWORD, role: "viewer", unitId: "p63-48" }),
    );
    expect(own.code).toBe("ALREADY_EXISTS");
  });
});

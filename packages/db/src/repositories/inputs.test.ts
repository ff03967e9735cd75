import { describe, expect, it } from "vitest";
import { isDbError, type DbError } from "../errors";
import { insertTestUser, seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("input values on %s", (kind) => {
  const ctx = useRepositories(kind);
  const auditOf = async (assessmentId: string, inputId: string) =>
    (await ctx.repos.audit.list({ entity: "input_value", entityId: `${assessmentId}:${inputId}` })).entries;

  it("creates a value with its provenance, updates it from its version, and audits old → new", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const userId = await insertTestUser(ctx.database.db);
    const created = await ctx.repos.inputs.set(
      {
        assessmentId: assessment.id,
        inputId: "1.1.a",
        value: 12,
        expectedVersion: null,
        source: "Niên giám thống kê 2022",
        comment: "trang 45",
      },
      { userId },
    );
    expect(created).toMatchObject({ value: 12, version: 1, source: "Niên giám thống kê 2022", comment: "trang 45", updatedBy: userId });
    const updated = await ctx.repos.inputs.set(
      { assessmentId: assessment.id, inputId: "1.1.a", value: 14, expectedVersion: 1 },
      SYSTEM_ACTOR,
    );
    expect(updated).toMatchObject({ value: 14, version: 2, source: "Niên giám thống kê 2022", updatedBy: null });
    const withText = await ctx.repos.inputs.set(
      { assessmentId: assessment.id, inputId: "1.2.b", value: "có", expectedVersion: null, source: null },
      SYSTEM_ACTOR,
    );
    expect(withText.value).toBe("có");
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.10.a", value: true, expectedVersion: null }, SYSTEM_ACTOR);
    expect((await ctx.repos.inputs.list(assessment.id)).map((v) => [v.inputId, v.value])).toEqual([
      ["1.1.a", 14],
      ["1.2.b", "có"],
      ["1.10.a", true],
    ]);
    const audit = await auditOf(assessment.id, "1.1.a");
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["input.set", null],
      ["input.set", userId],
    ]);
    expect(audit[0]).toMatchObject({ before: { value: 12, version: 1 }, after: { value: 14, version: 2 } });
    expect(audit[1]).toMatchObject({ before: null, after: { value: 12, version: 1, source: "Niên giám thống kê 2022" } });
  });

  it("refuses a stale edit with the current value, version, updater and time; nothing is overwritten", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const userId = await insertTestUser(ctx.database.db);
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "2.1.a", value: 1, expectedVersion: null }, { userId });
    const duplicate = await ctx.repos.inputs
      .set({ assessmentId: assessment.id, inputId: "2.1.a", value: 2, expectedVersion: null }, SYSTEM_ACTOR)
      .catch((e: unknown) => e as DbError);
    expect(duplicate).toMatchObject({
      code: "VERSION_CONFLICT",
      details: { expectedVersion: null, current: { value: 1, version: 1, updatedBy: userId } },
    });
    expect((duplicate as DbError).details.current).toHaveProperty("updatedAt");
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "2.1.a", value: 3, expectedVersion: 1 }, SYSTEM_ACTOR);
    const stale = await ctx.repos.inputs
      .set({ assessmentId: assessment.id, inputId: "2.1.a", value: 4, expectedVersion: 1 }, { userId })
      .catch((e: unknown) => e as DbError);
    expect(stale).toMatchObject({
      code: "VERSION_CONFLICT",
      message: `input 2.1.a of assessment ${assessment.id} has version 2, the edit was based on version 1`,
      details: { current: { value: 3, version: 2, updatedBy: null } },
    });
    const missing = await ctx.repos.inputs
      .set({ assessmentId: assessment.id, inputId: "2.9.a", value: 4, expectedVersion: 3 }, SYSTEM_ACTOR)
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: "VERSION_CONFLICT", details: { current: null } });
    expect((await ctx.repos.inputs.list(assessment.id)).map((v) => v.value)).toEqual([3]);
    expect(await auditOf(assessment.id, "2.1.a")).toHaveLength(2);
  });

  it("clears a value to null with a new version, so an old version never matches again", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "3.1.a", value: 5, expectedVersion: null }, SYSTEM_ACTOR);
    const cleared = await ctx.repos.inputs.clear({ assessmentId: assessment.id, inputId: "3.1.a", expectedVersion: 1 }, SYSTEM_ACTOR);
    expect(cleared).toMatchObject({ value: null, version: 2 });
    await expect(
      ctx.repos.inputs.clear({ assessmentId: assessment.id, inputId: "3.1.a", expectedVersion: 1 }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    expect((await auditOf(assessment.id, "3.1.a"))[0]).toMatchObject({
      action: "input.clear",
      before: { value: 5 },
      after: { value: null, version: 2 },
    });
  });

  it("refuses writes while the assessment is submitted or locked, and bad values", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    const error = await ctx.repos.inputs
      .set({ assessmentId: assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ASSESSMENT_LOCKED", details: { status: "submitted" } });
    await ctx.repos.assessments.setStatus(assessment.id, 2, "locked", SYSTEM_ACTOR);
    await expect(
      ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "ASSESSMENT_LOCKED", details: { status: "locked" } });
    await expect(
      ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: Number.NaN, expectedVersion: null }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      ctx.repos.inputs.set(
        { assessmentId: "00000000-0000-4000-8000-000000000000", inputId: "1.1.a", value: 1, expectedVersion: null },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await ctx.repos.inputs.list(assessment.id)).toEqual([]);
  });

  it.each([null, 1] as const)(
    "of 20 concurrent edits from version %s exactly one wins; the audit has exactly its row",
    async (expectedVersion) => {
      const { assessment } = await seedAssessment(ctx.repos);
      if (expectedVersion === 1)
        await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "4.1.a", value: 0, expectedVersion: null }, SYSTEM_ACTOR);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "4.1.a", value: 100 + i, expectedVersion }, SYSTEM_ACTOR),
        ),
      );
      const won = results.filter(
        (r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof ctx.repos.inputs.set>>> => r.status === "fulfilled",
      );
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(19);
      expect(lost.every((r) => isDbError(r.reason, "VERSION_CONFLICT"))).toBe(true);
      const winner = won[0]!.value;
      expect(lost.every((r) => (r.reason as DbError).details.current !== null)).toBe(true);
      const stored = await ctx.repos.inputs.list(assessment.id);
      expect(stored).toEqual([winner]);
      const audit = await auditOf(assessment.id, "4.1.a");
      expect(audit.filter((e) => (e.after as { value: number }).value >= 100)).toHaveLength(1);
      expect(audit).toHaveLength(expectedVersion === null ? 1 : 2);
      expect(audit[0]!.after).toMatchObject({ value: winner.value, version: winner.version });
    },
  );

  it("sets many values all-or-nothing: a locked assessment or one stale value leaves nothing written", async () => {
    const a = (await seedAssessment(ctx.repos)).assessment;
    const b = (await seedAssessment(ctx.repos)).assessment;
    await ctx.repos.inputs.set({ assessmentId: a.id, inputId: "1.1.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR);
    await ctx.repos.assessments.setStatus(b.id, 1, "submitted", SYSTEM_ACTOR);
    const items = [
      { assessmentId: a.id, inputId: "1.2.a", value: 2, expectedVersion: null },
      { assessmentId: a.id, inputId: "1.1.a", value: 10, expectedVersion: 1 },
      { assessmentId: b.id, inputId: "1.1.a", value: 3, expectedVersion: null },
    ];
    await expect(ctx.repos.inputs.setMany(items, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "ASSESSMENT_LOCKED" });
    expect((await ctx.repos.inputs.list(a.id)).map((v) => v.value)).toEqual([1]);

    const stale = [
      { assessmentId: a.id, inputId: "1.2.a", value: 2, expectedVersion: null },
      { assessmentId: a.id, inputId: "1.3.a", value: 3, expectedVersion: null },
      { assessmentId: a.id, inputId: "1.1.a", value: 10, expectedVersion: 7 },
      { assessmentId: a.id, inputId: "1.4.a", value: 4, expectedVersion: 2 },
    ];
    const error = await ctx.repos.inputs.setMany(stale, SYSTEM_ACTOR).catch((e: unknown) => e as DbError);
    expect(error).toMatchObject({ code: "VERSION_CONFLICT" });
    expect((error as DbError).details.conflicts).toMatchObject([
      { inputId: "1.1.a", current: { version: 1 } },
      { inputId: "1.4.a", current: null },
    ]);
    expect((await ctx.repos.inputs.list(a.id)).map((v) => v.value)).toEqual([1]);
    expect(await auditOf(a.id, "1.2.a")).toEqual([]);

    await expect(ctx.repos.inputs.setMany([items[0]!, items[0]!], SYSTEM_ACTOR)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const written = await ctx.repos.inputs.setMany(items.slice(0, 2), SYSTEM_ACTOR);
    expect(written.map((v) => [v.inputId, v.value, v.version])).toEqual([
      ["1.1.a", 10, 2],
      ["1.2.a", 2, 1],
    ]);
    expect(await auditOf(a.id, "1.2.a")).toHaveLength(1);
  });

  it("refuses NUL characters in a value or its source as bad input, not as a database failure", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await expect(
      ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: "a\u0000b", expectedVersion: null }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "value" } });
    await expect(
      ctx.repos.inputs.set(
        { assessmentId: assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null, source: "a\u0000b" },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await ctx.repos.inputs.list(assessment.id)).toEqual([]);
  });

  it("an import racing with a submit is all-or-nothing: every value written before the submit, or none", async () => {
    for (let round = 0; round < 3; round++) {
      const { assessment } = await seedAssessment(ctx.repos);
      const items = Array.from({ length: 30 }, (_, i) => ({
        assessmentId: assessment.id,
        inputId: `${i + 1}.1.a`,
        value: i,
        expectedVersion: null,
      }));
      const [imported, submitted] = await Promise.allSettled([
        ctx.repos.inputs.setMany(items, SYSTEM_ACTOR),
        ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR),
      ]);
      expect(submitted.status).toBe("fulfilled");
      const stored = await ctx.repos.inputs.list(assessment.id);
      if (imported.status === "fulfilled") expect(stored).toHaveLength(30);
      else {
        expect(imported.reason).toMatchObject({ code: "ASSESSMENT_LOCKED" });
        expect(stored).toEqual([]);
      }
    }
  });

  it("lists values inside a transaction, and locks them for update there", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.10.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR);
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.2.a", value: 2, expectedVersion: null }, SYSTEM_ACTOR);
    const seen = await ctx.repos.transaction(async (trx) => {
      const locked = await ctx.repos.inputs.listForUpdate(assessment.id, trx);
      await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.2.a", value: 3, expectedVersion: 1 }, SYSTEM_ACTOR, trx);
      return { locked, after: await ctx.repos.inputs.list(assessment.id, trx) };
    });
    expect(seen.locked.map((v) => [v.inputId, v.value])).toEqual([
      ["1.2.a", 2],
      ["1.10.a", 1],
    ]);
    expect(seen.after.map((v) => v.value)).toEqual([3, 1]);
    expect(await ctx.repos.inputs.listForUpdate("not-a-uuid", undefined as never)).toEqual([]);
  });
});

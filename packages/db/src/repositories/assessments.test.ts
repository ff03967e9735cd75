import { describe, expect, it } from "vitest";
import { isDbError } from "../errors";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("assessments on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("creates one assessment per unit, period and pack", async () => {
    const { unitId, pack, assessment } = await seedAssessment(ctx.repos);
    expect(assessment).toMatchObject({ unitId, period: 2022, packRowId: pack.id, status: "open", version: 1, isDemo: false });
    const error = await ctx.repos.assessments.create({ unitId, period: 2022, packRowId: pack.id }, SYSTEM_ACTOR).catch((e: unknown) => e);
    expect(isDbError(error, "ALREADY_EXISTS") && error.details.existingId).toBe(assessment.id);
    const other = await ctx.repos.assessments.create({ unitId, period: 2023, packRowId: pack.id, isDemo: true }, SYSTEM_ACTOR);
    expect(other.isDemo).toBe(true);
    expect((await ctx.repos.assessments.list({ unitId })).map((a) => a.period)).toEqual([2023, 2022]);
    expect((await ctx.repos.assessments.list({ unitId, period: 2022 })).map((a) => a.id)).toEqual([assessment.id]);
    expect((await ctx.repos.audit.list({ entity: "assessment", entityId: assessment.id })).entries.map((e) => e.action)).toEqual([
      "assessment.create",
    ]);
  });

  it("names a missing unit, pack or assessment", async () => {
    const { unitId, pack } = await seedAssessment(ctx.repos);
    await expect(ctx.repos.assessments.create({ unitId: "nowhere", period: 2022, packRowId: pack.id }, SYSTEM_ACTOR)).rejects.toMatchObject(
      { code: "NOT_FOUND", message: "unit nowhere not found" },
    );
    await expect(
      ctx.repos.assessments.create({ unitId, period: 2022, packRowId: "00000000-0000-4000-8000-000000000000" }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ctx.repos.assessments.get("nope")).rejects.toMatchObject({ code: "NOT_FOUND", message: "assessment nope not found" });
  });

  it("goes open → submitted → open → submitted → locked, bumping version and updated_at", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const submitted = await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    expect(submitted).toMatchObject({ status: "submitted", version: 2 });
    expect(submitted.updatedAt.getTime()).toBeGreaterThanOrEqual(assessment.updatedAt.getTime());
    const reopened = await ctx.repos.assessments.setStatus(assessment.id, 2, "open", SYSTEM_ACTOR, undefined, { reason: "thiếu số liệu" });
    expect(reopened).toMatchObject({ status: "open", version: 3 });
    await ctx.repos.assessments.setStatus(assessment.id, 3, "submitted", SYSTEM_ACTOR);
    const locked = await ctx.repos.assessments.setStatus(assessment.id, 4, "locked", SYSTEM_ACTOR);
    expect(locked).toMatchObject({ status: "locked", version: 5 });
    const audit = await ctx.repos.audit.list({ entity: "assessment", entityId: assessment.id });
    expect(audit.entries.map((e) => e.action)).toEqual([
      "assessment.lock",
      "assessment.submit",
      "assessment.reopen",
      "assessment.submit",
      "assessment.create",
    ]);
    expect(audit.entries[0]).toMatchObject({ before: { status: "submitted", version: 4 }, after: { status: "locked", version: 5 } });
  });

  it("refuses transitions the machine does not have, naming from and to", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await expect(ctx.repos.assessments.setStatus(assessment.id, 1, "locked", SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: `assessment ${assessment.id} cannot go from open to locked`,
      details: { from: "open", to: "locked" },
    });
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    await ctx.repos.assessments.setStatus(assessment.id, 2, "locked", SYSTEM_ACTOR);
    await expect(ctx.repos.assessments.setStatus(assessment.id, 3, "submitted", SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      details: { from: "locked", to: "submitted" },
    });
  });

  it("reopens a submitted or locked assessment only with a reason, which the audit entry keeps", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    await ctx.repos.assessments.setStatus(assessment.id, 2, "locked", SYSTEM_ACTOR);
    await expect(ctx.repos.assessments.setStatus(assessment.id, 3, "open", SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "REASON_REQUIRED",
      details: { field: "reason" },
    });
    const reopened = await ctx.repos.assessments.setStatus(assessment.id, 3, "open", SYSTEM_ACTOR, undefined, {
      reason: "  Bộ sửa số liệu 3.3  ",
    });
    expect(reopened).toMatchObject({ status: "open", version: 4 });
    const audit = await ctx.repos.audit.list({ entity: "assessment", entityId: assessment.id });
    expect(audit.entries[0]).toMatchObject({
      action: "assessment.reopen",
      before: { status: "locked", version: 3 },
      after: { status: "open", version: 4, reason: "Bộ sửa số liệu 3.3" },
    });
  });

  it("refuses a stale version with the current one; of concurrent changes from one version exactly one wins", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
    expect(failures.every((e) => isDbError(e, "VERSION_CONFLICT"))).toBe(true);
    expect(failures[0]).toMatchObject({ details: { expectedVersion: 1, current: { status: "submitted", version: 2 } } });
    expect((await ctx.repos.audit.list({ entity: "assessment", entityId: assessment.id })).entries.map((e) => e.action)).toEqual([
      "assessment.submit",
      "assessment.create",
    ]);
  });
});

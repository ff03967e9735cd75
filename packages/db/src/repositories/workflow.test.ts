import { describe, expect, it } from "vitest";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("indicator workflow on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("goes draft → submitted → returned (with a reason) → submitted → approved → returned", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const move = (to: "submitted" | "approved" | "returned", expectedVersion: number, reason?: string) =>
      ctx.repos.workflow.transition({ assessmentId: assessment.id, indicatorCode: "3.2", to, expectedVersion, reason }, SYSTEM_ACTOR);
    expect(await ctx.repos.workflow.get(assessment.id, "3.2")).toMatchObject({ status: "draft", version: 0, updatedAt: null });
    expect(await move("submitted", 0)).toMatchObject({ status: "submitted", version: 1, reason: null });
    expect(await move("returned", 1, "  Thiếu minh chứng cho số liệu 3.2.a ")).toMatchObject({
      status: "returned",
      version: 2,
      reason: "Thiếu minh chứng cho số liệu 3.2.a",
    });
    expect(await move("submitted", 2)).toMatchObject({ status: "submitted", version: 3, reason: null });
    expect(await move("approved", 3)).toMatchObject({ status: "approved", version: 4 });
    expect(await move("returned", 4, "Số liệu không khớp niên giám")).toMatchObject({ status: "returned", version: 5 });
    const audit = await ctx.repos.audit.list({ entity: "indicator_workflow", entityId: `${assessment.id}:3.2` });
    expect(audit.entries.map((e) => e.action)).toEqual([
      "indicator.return",
      "indicator.approve",
      "indicator.submit",
      "indicator.return",
      "indicator.submit",
    ]);
    expect(audit.entries[0]).toMatchObject({
      before: { status: "approved", version: 4 },
      after: { status: "returned", reason: "Số liệu không khớp niên giám", version: 5 },
    });
    expect((await ctx.repos.workflow.list(assessment.id)).map((s) => [s.indicatorCode, s.status])).toEqual([["3.2", "returned"]]);
  });

  it("refuses a transition the machine does not have, naming from and to; returning needs a reason", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const base = { assessmentId: assessment.id, indicatorCode: "1.1" };
    await expect(ctx.repos.workflow.transition({ ...base, to: "approved", expectedVersion: 0 }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "indicator 1.1 cannot go from draft to approved",
      details: { from: "draft", to: "approved" },
    });
    await ctx.repos.workflow.transition({ ...base, to: "submitted", expectedVersion: 0 }, SYSTEM_ACTOR);
    await expect(
      ctx.repos.workflow.transition({ ...base, to: "returned", expectedVersion: 1, reason: "   " }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    await expect(ctx.repos.workflow.transition({ ...base, to: "draft", expectedVersion: 1 }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      details: { from: "submitted", to: "draft" },
    });
  });

  it("refuses a stale version, and of concurrent first moves exactly one wins", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const base = { assessmentId: assessment.id, indicatorCode: "5.1" };
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => ctx.repos.workflow.transition({ ...base, to: "submitted", expectedVersion: 0 }, SYSTEM_ACTOR)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r.reason as { code: string }).code === "VERSION_CONFLICT")).toBe(
      true,
    );
    await expect(ctx.repos.workflow.transition({ ...base, to: "approved", expectedVersion: 0 }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { status: "submitted", version: 1 } },
    });
    expect((await ctx.repos.audit.list({ entity: "indicator_workflow", entityId: `${assessment.id}:5.1` })).entries).toHaveLength(1);
  });

  it("changes nothing once the assessment is submitted", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    await expect(
      ctx.repos.workflow.transition(
        { assessmentId: assessment.id, indicatorCode: "1.1", to: "submitted", expectedVersion: 0 },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ code: "ASSESSMENT_LOCKED" });
  });
});

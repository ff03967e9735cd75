import { describe, expect, it } from "vitest";
import { insertTestUser, seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("improvement plans on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("creates, updates from a version, notes progress and removes plan items, auditing each", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const userId = await insertTestUser(ctx.database.db);
    const item = await ctx.repos.plans.create(
      {
        assessmentId: assessment.id,
        indicatorCode: "4.2",
        currentValue: "35%",
        targetInputs: { "x.a": 60 },
        targetNote: "60%",
        leadAgency: "Sở TTTT",
        cooperatingAgencies: ["Sở Nội vụ"],
        deadline: "2026-06-30",
      },
      { userId },
    );
    expect(item).toMatchObject({
      status: "planned",
      version: 1,
      deadline: "2026-06-30",
      targetInputs: { "x.a": 60 },
      targetNote: "60%",
      cooperatingAgencies: ["Sở Nội vụ"],
      progressNotes: [],
      createdBy: userId,
    });
    const started = await ctx.repos.plans.update(
      { id: item.id, expectedVersion: 1, status: "in_progress", targetInputs: { "x.a": 65 } },
      SYSTEM_ACTOR,
    );
    expect(started).toMatchObject({
      status: "in_progress",
      targetInputs: { "x.a": 65 },
      targetNote: "60%",
      currentValue: "35%",
      version: 2,
    });
    const noted = await ctx.repos.plans.addProgressNote({ id: item.id, note: "Đã triển khai cho 10/20 sở" }, { userId });
    expect(noted.version).toBe(3);
    expect(noted.progressNotes).toMatchObject([{ by: userId, note: "Đã triển khai cho 10/20 sở" }]);
    const second = await ctx.repos.plans.addProgressNote({ id: item.id, note: "Xong 20/20" }, SYSTEM_ACTOR);
    expect(second.progressNotes.map((n) => n.note)).toEqual(["Đã triển khai cho 10/20 sở", "Xong 20/20"]);
    await expect(ctx.repos.plans.update({ id: item.id, expectedVersion: 2, status: "done" }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { version: 4 } },
    });
    await expect(ctx.repos.plans.remove({ id: item.id, expectedVersion: 3 }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
    });
    await ctx.repos.plans.remove({ id: item.id, expectedVersion: 4 }, SYSTEM_ACTOR);
    await expect(ctx.repos.plans.get(item.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await ctx.repos.audit.list({ entity: "plan_item", entityId: item.id });
    expect(audit.entries.map((e) => e.action)).toEqual(["plan.remove", "plan.note", "plan.note", "plan.update", "plan.create"]);
    expect(audit.entries[3]).toMatchObject({
      before: { status: "planned", targetInputs: { "x.a": 60 } },
      after: { status: "in_progress", targetInputs: { "x.a": 65 } },
    });
  });

  it("lists an assessment's items by indicator, whatever the assessment's status", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    await ctx.repos.assessments.setStatus(assessment.id, 1, "submitted", SYSTEM_ACTOR);
    await ctx.repos.assessments.setStatus(assessment.id, 2, "locked", SYSTEM_ACTOR);
    for (const code of ["1.10", "1.2", "1.2"])
      await ctx.repos.plans.create({ assessmentId: assessment.id, indicatorCode: code }, SYSTEM_ACTOR);
    expect((await ctx.repos.plans.list(assessment.id)).map((p) => p.indicatorCode)).toEqual(["1.2", "1.2", "1.10"]);
  });

  it("refuses a bad status, deadline or note, and an unknown assessment", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const item = await ctx.repos.plans.create({ assessmentId: assessment.id, indicatorCode: "1.1" }, SYSTEM_ACTOR);
    await expect(
      ctx.repos.plans.update({ id: item.id, expectedVersion: 1, status: "finished" as never }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "status" } });
    await expect(ctx.repos.plans.update({ id: item.id, expectedVersion: 1, deadline: "30/06/2026" }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "deadline" },
    });
    await expect(ctx.repos.plans.addProgressNote({ id: item.id, note: " " }, SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      ctx.repos.plans.create({ assessmentId: "00000000-0000-4000-8000-000000000000", indicatorCode: "1.1" }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a target that is not values of inputs", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    for (const targetInputs of [{}, { a: null }, { a: [1] }, { a: Number.NaN }] as never[])
      await expect(
        ctx.repos.plans.create({ assessmentId: assessment.id, indicatorCode: "1.1", targetInputs }, SYSTEM_ACTOR),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        details: { field: "targetInputs" },
      });
    const item = await ctx.repos.plans.create(
      { assessmentId: assessment.id, indicatorCode: "1.1", targetInputs: { a: true } },
      SYSTEM_ACTOR,
    );
    expect((await ctx.repos.plans.update({ id: item.id, expectedVersion: 1, targetInputs: null }, SYSTEM_ACTOR)).targetInputs).toBeNull();
  });

  it("sets, changes and clears the assessment's goal from a version, auditing each", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    expect(await ctx.repos.plans.getGoal(assessment.id)).toBeNull();
    const set = await ctx.repos.plans.setGoal(
      { assessmentId: assessment.id, goal: { kind: "value", target: 0.6 }, expectedVersion: null },
      SYSTEM_ACTOR,
    );
    expect(set).toMatchObject({ kind: "value", target: 0.6, version: 1 });
    await expect(
      ctx.repos.plans.setGoal({ assessmentId: assessment.id, goal: { kind: "rank", target: 5 }, expectedVersion: null }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
    const rank = await ctx.repos.plans.setGoal(
      { assessmentId: assessment.id, goal: { kind: "rank", target: 5 }, expectedVersion: 1 },
      SYSTEM_ACTOR,
    );
    expect(rank).toMatchObject({ kind: "rank", target: 5, version: 2 });
    for (const goal of [
      { kind: "value", target: 1.2 },
      { kind: "value", target: 0 },
      { kind: "rank", target: 2.5 },
      { kind: "rank", target: 0 },
    ] as const)
      await expect(ctx.repos.plans.setGoal({ assessmentId: assessment.id, goal, expectedVersion: 2 }, SYSTEM_ACTOR)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        details: { field: `goal.${goal.kind}` },
      });
    expect(await ctx.repos.plans.setGoal({ assessmentId: assessment.id, goal: null, expectedVersion: 2 }, SYSTEM_ACTOR)).toBeNull();
    expect(await ctx.repos.plans.getGoal(assessment.id)).toBeNull();
    const audit = await ctx.repos.audit.list({ entity: "assessment", entityId: assessment.id });
    expect(audit.entries.filter((e) => e.action === "plan.goal").map((e) => e.after)).toEqual([
      null,
      { kind: "rank", target: 5, version: 2 },
      { kind: "value", target: 0.6, version: 1 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { insertTestUser, seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("audit log on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("lists newest first, filters by entity, id, actor and time, and pages with a cursor", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const userId = await insertTestUser(ctx.database.db);
    const start = new Date(Date.now() - 60_000);
    for (let i = 0; i < 5; i++)
      await ctx.repos.inputs.set(
        { assessmentId: assessment.id, inputId: "1.1.a", value: i, expectedVersion: i === 0 ? null : i },
        i % 2 === 0 ? { userId } : SYSTEM_ACTOR,
      );
    const entityId = `${assessment.id}:1.1.a`;
    const all = await ctx.repos.audit.list({ entity: "input_value", entityId });
    expect(all.entries.map((e) => (e.after as { value: number }).value)).toEqual([4, 3, 2, 1, 0]);
    expect(all.entries.every((e, i, a) => i === 0 || a[i - 1]!.id > e.id)).toBe(true);
    expect(all.nextBefore).toBeNull();
    expect((await ctx.repos.audit.list({ actorId: userId })).entries.map((e) => (e.after as { value: number }).value)).toEqual([4, 2, 0]);
    expect((await ctx.repos.audit.list({ entityId, since: start })).entries).toHaveLength(5);
    expect((await ctx.repos.audit.list({ entityId, since: new Date(Date.now() + 60_000) })).entries).toEqual([]);

    const page1 = await ctx.repos.audit.list({ entityId, limit: 2 });
    expect(page1.entries).toHaveLength(2);
    const page2 = await ctx.repos.audit.list({ entityId, limit: 2, before: page1.nextBefore! });
    const page3 = await ctx.repos.audit.list({ entityId, limit: 2, before: page2.nextBefore! });
    expect([...page1.entries, ...page2.entries, ...page3.entries].map((e) => e.id)).toEqual(all.entries.map((e) => e.id));
    expect(page3.nextBefore).toBeNull();
  });

  it("filters both lists by action, the end of the entity id (an indicator's values), a time range and the user", async () => {
    const { assessment, unitId, pack } = await seedAssessment(ctx.repos);
    const userId = await insertTestUser(ctx.database.db);
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null }, { userId });
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.b", value: 2, expectedVersion: null }, SYSTEM_ACTOR);
    const scope = { assessmentId: assessment.id, unitId, packRowId: pack.id };
    const of = (q: Parameters<typeof ctx.repos.audit.listForAssessment>[1]) =>
      ctx.repos.audit.listForAssessment(scope, q).then((p) => p.entries.map((e) => e.entityId));
    expect(await of({ entityIdEndsWith: ["1.1.a"] })).toEqual([`${assessment.id}:1.1.a`]);
    expect(await of({ entityIdEndsWith: ["1.1.b", "9.9"] })).toEqual([`${assessment.id}:1.1.b`]);
    expect(await of({ entityIdEndsWith: [] })).toEqual([]);
    expect(await of({ actorId: userId })).toEqual([`${assessment.id}:1.1.a`]);
    expect(await of({ action: "assessment.create" })).toEqual([assessment.id]);
    expect(await of({ until: new Date(Date.now() - 3_600_000) })).toEqual([]);
    expect((await of({ since: new Date(Date.now() - 3_600_000), until: new Date(Date.now() + 60_000) })).length).toBeGreaterThanOrEqual(3);
    const all = await ctx.repos.audit.list({ action: "input.set", entityIdEndsWith: ["1.1.a"] });
    expect(all.entries.some((e) => e.entityId === `${assessment.id}:1.1.a`)).toBe(true);
    expect(all.entries.every((e) => e.action === "input.set" && e.entityId.endsWith(":1.1.a"))).toBe(true);
    await expect(ctx.repos.audit.list({ until: new Date(Number.NaN) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "until" },
    });
  });

  it("refuses a limit outside 1..500", async () => {
    await expect(ctx.repos.audit.list({ limit: 501 })).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "limit" } });
    await expect(ctx.repos.audit.list({ limit: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(ctx.repos.audit.list({ limit: 500 })).resolves.toHaveProperty("entries");
  });

  it("lists everything about one assessment: its entries, values, assignments and plan items, not another's", async () => {
    const mine = await seedAssessment(ctx.repos);
    const other = await seedAssessment(ctx.repos);
    await ctx.repos.inputs.set({ assessmentId: mine.assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR);
    await ctx.repos.inputs.set({ assessmentId: other.assessment.id, inputId: "1.1.a", value: 2, expectedVersion: null }, SYSTEM_ACTOR);
    await ctx.repos.assignments.initialiseFromPack(
      { unitId: mine.unitId, packRowId: mine.pack.id, indicators: [{ code: "1.1", leadAgency: "Sở TTTT", cooperatingAgencies: [] }] },
      SYSTEM_ACTOR,
    );
    const plan = await ctx.repos.plans.create({ assessmentId: mine.assessment.id, indicatorCode: "1.1" }, SYSTEM_ACTOR);
    await ctx.repos.plans.update({ id: plan.id, expectedVersion: plan.version, status: "in_progress" }, SYSTEM_ACTOR);
    const scope = { assessmentId: mine.assessment.id, unitId: mine.unitId, packRowId: mine.pack.id };
    const all = await ctx.repos.audit.listForAssessment(scope);
    const entityIds = all.entries.map((e) => e.entityId);
    expect(entityIds).toContain(mine.assessment.id);
    expect(entityIds).toContain(`${mine.assessment.id}:1.1.a`);
    expect(entityIds).toContain(plan.id);
    expect(entityIds.some((id) => id.startsWith(`${mine.unitId}:${mine.pack.id}`))).toBe(true);
    expect(entityIds.some((id) => id.startsWith(other.assessment.id))).toBe(false);
    const first = await ctx.repos.audit.listForAssessment(scope, { limit: 1 });
    const second = await ctx.repos.audit.listForAssessment(scope, { limit: 1, before: first.nextBefore! });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 2).map((e) => e.id));
    await expect(ctx.repos.audit.listForAssessment(scope, { limit: 0 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

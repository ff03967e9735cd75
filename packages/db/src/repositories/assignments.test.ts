import { describe, expect, it } from "vitest";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("assignments on %s", (kind) => {
  const ctx = useRepositories(kind);
  const indicators = [
    { code: "1.10", leadAgency: "Sở TTTT", cooperatingAgencies: [] },
    { code: "1.2", leadAgency: "VP UBND", cooperatingAgencies: ["Sở TTTT", "Sở Nội vụ"] },
    { code: "2.1", leadAgency: null, cooperatingAgencies: [] },
  ];

  it("initialises a province's assignments from the pack once, keeping later edits", async () => {
    const { unitId, pack } = await seedAssessment(ctx.repos);
    expect(await ctx.repos.assignments.initialiseFromPack({ unitId, packRowId: pack.id, indicators }, SYSTEM_ACTOR)).toEqual({
      created: 3,
    });
    const listed = await ctx.repos.assignments.list(unitId, pack.id);
    expect(listed.map((a) => [a.indicatorCode, a.leadAgency, a.cooperatingAgencies, a.version])).toEqual([
      ["1.2", "VP UBND", ["Sở TTTT", "Sở Nội vụ"], 1],
      ["1.10", "Sở TTTT", [], 1],
      ["2.1", null, [], 1],
    ]);
    await ctx.repos.assignments.update(
      { unitId, packRowId: pack.id, indicatorCode: "2.1", leadAgency: "Sở KH&ĐT", cooperatingAgencies: [], expectedVersion: 1 },
      SYSTEM_ACTOR,
    );
    expect(
      await ctx.repos.assignments.initialiseFromPack(
        { unitId, packRowId: pack.id, indicators: [...indicators, { code: "3.1", leadAgency: "Sở TTTT", cooperatingAgencies: [] }] },
        SYSTEM_ACTOR,
      ),
    ).toEqual({ created: 1 });
    expect(await ctx.repos.assignments.initialiseFromPack({ unitId, packRowId: pack.id, indicators }, SYSTEM_ACTOR)).toEqual({
      created: 0,
    });
    expect((await ctx.repos.assignments.list(unitId, pack.id)).find((a) => a.indicatorCode === "2.1")?.leadAgency).toBe("Sở KH&ĐT");
    const audit = await ctx.repos.audit.list({ entity: "assignments", entityId: `${unitId}:${pack.id}` });
    expect(audit.entries.map((e) => e.after)).toEqual([{ indicators: ["3.1"] }, { indicators: ["1.2", "1.10", "2.1"] }]);
  });

  it("edits an assignment from its version; a stale edit gets the current one", async () => {
    const { unitId, pack } = await seedAssessment(ctx.repos);
    await ctx.repos.assignments.initialiseFromPack({ unitId, packRowId: pack.id, indicators }, SYSTEM_ACTOR);
    const key = { unitId, packRowId: pack.id, indicatorCode: "1.2" };
    const updated = await ctx.repos.assignments.update(
      { ...key, leadAgency: "Sở TTTT", cooperatingAgencies: ["VP UBND", "VP UBND"], expectedVersion: 1 },
      SYSTEM_ACTOR,
    );
    expect(updated).toMatchObject({ leadAgency: "Sở TTTT", cooperatingAgencies: ["VP UBND"], version: 2 });
    await expect(
      ctx.repos.assignments.update({ ...key, leadAgency: "X", cooperatingAgencies: [], expectedVersion: 1 }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({
      code: "VERSION_CONFLICT",
      details: { current: { leadAgency: "Sở TTTT", version: 2 } },
    });
    await expect(
      ctx.repos.assignments.update(
        { ...key, indicatorCode: "9.9", leadAgency: "X", cooperatingAgencies: [], expectedVersion: 1 },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      ctx.repos.assignments.update({ ...key, leadAgency: " ", cooperatingAgencies: [], expectedVersion: 2 }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const audit = await ctx.repos.audit.list({ entity: "assignment", entityId: `${unitId}:${pack.id}:1.2` });
    expect(audit.entries[0]).toMatchObject({
      action: "assignment.update",
      before: { leadAgency: "VP UBND", version: 1 },
      after: { leadAgency: "Sở TTTT", version: 2 },
    });
  });

  it("lists the indicators an agency leads or cooperates on", async () => {
    const { unitId, pack } = await seedAssessment(ctx.repos);
    await ctx.repos.assignments.initialiseFromPack({ unitId, packRowId: pack.id, indicators }, SYSTEM_ACTOR);
    expect(await ctx.repos.assignments.indicatorsOfAgency(unitId, pack.id, "Sở TTTT")).toEqual([
      { indicatorCode: "1.2", role: "cooperating" },
      { indicatorCode: "1.10", role: "lead" },
    ]);
    expect(await ctx.repos.assignments.indicatorsOfAgency(unitId, pack.id, "Sở Tài chính")).toEqual([]);
    expect(await ctx.repos.assignments.indicatorsOfAgency("other-unit", pack.id, "Sở TTTT")).toEqual([]);
  });
});

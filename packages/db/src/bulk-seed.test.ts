import { describe, expect, it } from "vitest";
import { bulkSeedAssessments, bulkSeedValues } from "./bulk-seed";
import { countRows, seedAssessment, testBackends, useRepositories } from "./testing/index";

describe.each(testBackends())("bulk seeding of synthetic cohorts on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("creates assessments and version-1 values as the repositories read them, and writes no audit entry", async () => {
    const { assessment, unitId } = await seedAssessment(ctx.repos, { period: 2021 });
    const auditBefore = await countRows(ctx.database, "audit_log");
    const made = await bulkSeedAssessments(ctx.database.db, [{ unitId, period: 2023, packRowId: assessment.packRowId }]);
    const id = made.get(unitId)!;
    expect((await ctx.repos.assessments.get(id))?.period).toBe(2023);
    await bulkSeedValues(ctx.database.db, [
      { assessmentId: id, inputId: "1.1.a", value: 12.5 },
      { assessmentId: id, inputId: "2.1", value: "yes" },
    ]);
    const values = await ctx.repos.inputs.list(id);
    expect(values.map((v) => [v.inputId, v.value, v.version, v.carriedPending])).toEqual([
      ["1.1.a", 12.5, 1, false],
      ["2.1", "yes", 1, false],
    ]);
    expect(await countRows(ctx.database, "audit_log")).toBe(auditBefore);
  });
});

import { describe, expect, it } from "vitest";
import { countRows, seedAssessment, useRepositories } from "../testing/index";
import type { SetInputValue } from "./inputs";
import { SYSTEM_ACTOR } from "./transaction";

/**
 * The bulk path (setMany) at the size of a national import, on the embedded database: 100,000
 * values over 20 assessments in one all-or-nothing call, each value and each audit entry exactly
 * as one by one would write them. Correctness only: the time is the benchmark's (`pnpm bench --e2e`).
 */
describe("setMany with 100,000 values on pglite", () => {
  const ctx = useRepositories("pglite");

  it("writes every value with version 1 and one audit entry each; a second import updates them all from their versions", async () => {
    const assessments = [];
    for (let i = 0; i < 20; i++) assessments.push((await seedAssessment(ctx.repos)).assessment.id);
    const items: SetInputValue[] = [];
    for (const assessmentId of assessments)
      for (let k = 0; k < 5000; k++)
        items.push({
          assessmentId,
          inputId: `x.${k}`,
          value: k % 7 === 0 ? `văn bản ${k}` : k % 11 === 0 ? k % 2 === 0 : k * 1.5,
          expectedVersion: null,
          ...(k % 1000 === 0 ? { source: "Niên giám 2022", comment: null } : {}),
        });
    const auditBefore = await countRows(ctx.database, "audit_log");
    const written = await ctx.repos.inputs.setMany(items, SYSTEM_ACTOR);
    expect(written).toHaveLength(100_000);
    expect(await countRows(ctx.database, "input_values")).toBeGreaterThanOrEqual(100_000);
    expect((await countRows(ctx.database, "audit_log")) - auditBefore).toBe(100_000);
    // Returned as before batching: by assessment, inputs in the methodology's order ("x.2" before "x.10").
    const first = written.filter((w) => w.assessmentId === written[0]!.assessmentId).map((w) => w.inputId);
    expect(first.slice(0, 3)).toEqual(["x.0", "x.1", "x.2"]);
    const stored = await ctx.repos.inputs.list(assessments[7]!);
    expect(stored).toHaveLength(5000);
    expect(stored.find((v) => v.inputId === "x.14")).toMatchObject({ value: "văn bản 14", version: 1 });
    expect(stored.find((v) => v.inputId === "x.22")).toMatchObject({ value: true, version: 1 });
    expect(stored.find((v) => v.inputId === "x.3")).toMatchObject({ value: 4.5, version: 1, source: null });
    expect(stored.find((v) => v.inputId === "x.1000")).toMatchObject({ source: "Niên giám 2022", comment: null });
    const audit = await ctx.repos.audit.list({ entity: "input_value", entityId: `${assessments[7]}:x.3` });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      action: "input.set",
      before: null,
      after: { value: 4.5, version: 1, source: null, comment: null },
    });

    const again = items.map((i) => ({
      ...i,
      value: typeof i.value === "number" ? i.value + 1 : i.value,
      expectedVersion: 1,
      source: undefined,
    }));
    await ctx.repos.inputs.setMany(again, SYSTEM_ACTOR);
    const after = await ctx.repos.inputs.list(assessments[7]!);
    expect(after.find((v) => v.inputId === "x.3")).toMatchObject({ value: 5.5, version: 2 });
    // Provenance omitted: kept.
    expect(after.find((v) => v.inputId === "x.1000")).toMatchObject({ value: 1501, version: 2, source: "Niên giám 2022" });
    const history = await ctx.repos.audit.list({ entity: "input_value", entityId: `${assessments[7]}:x.3` });
    expect(history.entries.map((e) => [e.before, e.after])).toContainEqual([
      { value: 4.5, version: 1, source: null, comment: null },
      { value: 5.5, version: 2, source: null, comment: null },
    ]);
    expect((await countRows(ctx.database, "audit_log")) - auditBefore).toBe(200_000);
  });
});

import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { bulkSeedAssessments, bulkSeedValues } from "./bulk-seed";
import { cohortStampsQuery, manyValuesQuery } from "./repositories/assessments";
import { seedAssessment, testBackends, uniqueId, useRepositories } from "./testing/index";
import { SYSTEM_ACTOR } from "./repositories/transaction";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The statements that read a whole cohort (computed rankings over 3,321 communes) must be able to use
 * an index, not only scan tables: planned with sequential scans discouraged (the planner rightly
 * scans small tables), each table is reached through the index meant for it — or the plan shows a
 * scan that no index can avoid, and this test fails naming it.
 */
describe.each(testBackends())("query plans of the cohort reads on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("the cohort of a period under a pack and its values: assessments by assessments_period_pack, values documents by assessment_values_docs_pk", async () => {
    const { assessment } = await seedAssessment(ctx.repos, { period: 2019 });
    const units = Array.from({ length: 300 }, (_, i) => {
      const id = uniqueId(`x${i}`);
      return {
        id,
        code: id,
        name: `Xã tổng hợp ${i} (dữ liệu tổng hợp)`,
        shortName: id,
        region: "red-river-delta",
        validFrom: "2008-08-01",
      };
    });
    await ctx.repos.units.seed(units, [], SYSTEM_ACTOR);
    for (const period of [2020, 2021, 2022, 2023, 2024]) {
      const made = await bulkSeedAssessments(
        ctx.database.db,
        units.map((u) => ({ unitId: u.id, period, packRowId: assessment.packRowId })),
      );
      await bulkSeedValues(
        ctx.database.db,
        [...made.values()].flatMap((id) => Array.from({ length: 10 }, (_, k) => ({ assessmentId: id, inputId: `1.${k}`, value: k }))),
      );
    }
    await sql`analyze assessments`.execute(ctx.database.db);
    await sql`analyze input_values`.execute(ctx.database.db);

    const planOf = (statement: ReturnType<typeof cohortStampsQuery> | ReturnType<typeof manyValuesQuery>) =>
      ctx.database.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const { rows } = await sql<{ "QUERY PLAN": [{ Plan: PlanNode }] | string }>`explain (format json) ${statement}`.execute(trx);
        const raw = rows[0]!["QUERY PLAN"];
        return (typeof raw === "string" ? (JSON.parse(raw) as [{ Plan: PlanNode }]) : raw)[0].Plan;
      });
    const members = await ctx.repos.assessments.cohortStamps(2022, assessment.packRowId);
    const all = [
      ...nodes(await planOf(cohortStampsQuery(2022, assessment.packRowId))),
      ...nodes(await planOf(manyValuesQuery(members.map((m) => m.id)))),
    ];
    const scans = all.filter((n) => ["assessments", "assessment_values_docs"].includes(n["Relation Name"] ?? ""));
    const seq = scans.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"]);
    expect(seq, `sequential scans left: ${seq.join(", ")}`).toEqual([]);
    const indexes = new Set(all.map((n) => n["Index Name"]).filter(Boolean));
    expect(indexes).toContain("assessments_period_pack");
    expect(indexes).toContain("assessment_values_docs_pk");

    // And the repository reads the same cohort: 300 units, 10 values each.
    expect(members).toHaveLength(300);
    const values = await ctx.repos.assessments.manyValuesForScoring(members.map((m) => m.id));
    expect([...values.values()].every((v) => Object.keys(v.values).length === 10 && v.valuesStamp === members[0]!.valuesStamp)).toBe(true);
  });
});

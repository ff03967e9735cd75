import { describe, expect, it } from "vitest";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { requireOpenAssessment } from "./assessments";
import { SYSTEM_ACTOR } from "./transaction";

/**
 * The values stamp keys the scorecard's kept scores: it must move with every write of a value and
 * never with anything else, and raising it (a trigger on the assessment's row) must not make
 * concurrent writers of one assessment deadlock.
 */
describe.each(testBackends())("the values stamp on %s", (kind) => {
  const ctx = useRepositories(kind);
  const stampOf = async (id: string) => (await ctx.repos.assessments.getForScoring(id)).valuesStamp;
  /** The stored rows themselves (cleared values left out): what the values document must agree with. */
  const rowsOf = async (id: string) =>
    Object.fromEntries((await ctx.repos.inputs.list(id)).filter((v) => v.value !== null).map((v) => [v.inputId, v.value]));

  it("rises with every write of values (set, change, clear, import), and the values document follows", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const seen = [await stampOf(assessment.id)];
    const moved = async () => {
      const now = await stampOf(assessment.id);
      expect(BigInt(now)).toBeGreaterThan(BigInt(seen.at(-1)!));
      seen.push(now);
      // The values document the cohort reads agrees with the rows, stamp included.
      const fromDoc = (await ctx.repos.assessments.manyValuesForScoring([assessment.id])).get(assessment.id);
      expect(fromDoc).toEqual({ values: await rowsOf(assessment.id), valuesStamp: now });
    };
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: 1, expectedVersion: null }, SYSTEM_ACTOR);
    await moved();
    await ctx.repos.inputs.set({ assessmentId: assessment.id, inputId: "1.1.a", value: 2, expectedVersion: 1 }, SYSTEM_ACTOR);
    await moved();
    await ctx.repos.inputs.clear({ assessmentId: assessment.id, inputId: "1.1.a", expectedVersion: 2 }, SYSTEM_ACTOR);
    await moved();
    await ctx.repos.inputs.setMany(
      [
        { assessmentId: assessment.id, inputId: "1.1.b", value: 3, expectedVersion: null },
        { assessmentId: assessment.id, inputId: "1.2", value: "yes", expectedVersion: null },
      ],
      SYSTEM_ACTOR,
    );
    await moved();
    const read = await ctx.repos.assessments.valuesForScoring(assessment.id);
    expect(read).toEqual({ values: { "1.1.b": 3, "1.2": "yes" }, valuesStamp: seen.at(-1) });

    // Not a write of values: the stamp stays.
    await ctx.repos.assessments.list({});
    expect(await stampOf(assessment.id)).toBe(seen.at(-1));
  });

  it("two imports into one assessment at the same time both land, one after the other (no deadlock)", async () => {
    const { assessment } = await seedAssessment(ctx.repos);
    const before = BigInt(await stampOf(assessment.id));
    const batch = (prefix: string) =>
      Array.from({ length: 40 }, (_, i) => ({ assessmentId: assessment.id, inputId: `${prefix}.${i}`, value: i, expectedVersion: null }));
    // Each checks the assessment is open (its lock), waits, then writes: with a shared lock both
    // would hold it when their writes raise the stamp, and PostgreSQL would abort one as a deadlock.
    const writer = (prefix: string) =>
      ctx.database.db.transaction().execute(async (trx) => {
        await requireOpenAssessment(trx, assessment.id);
        await new Promise((resolve) => setTimeout(resolve, 150));
        await ctx.repos.inputs.setMany(batch(prefix), SYSTEM_ACTOR, trx);
      });
    await Promise.all([writer("7"), writer("8")]);
    expect(Object.keys((await ctx.repos.assessments.valuesForScoring(assessment.id)).values)).toHaveLength(80);
    expect((await ctx.repos.assessments.manyValuesForScoring([assessment.id])).get(assessment.id)?.values).toEqual(
      await rowsOf(assessment.id),
    );
    expect(BigInt(await stampOf(assessment.id))).toBeGreaterThanOrEqual(before + 2n);
  });
});

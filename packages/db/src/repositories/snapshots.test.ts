import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { toDbError } from "../errors";
import { seedAssessment, testBackends, useRepositories } from "../testing/index";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("score snapshots on %s", (kind) => {
  const ctx = useRepositories(kind);
  const reference = { units: ["p63-01", "p63-48"], minMax: { "2.1": [0, 10] } };

  it("stores a snapshot and pins its pack in the same transaction", async () => {
    const { assessment, pack } = await seedAssessment(ctx.repos);
    expect(pack.pinnedAt).toBeNull();
    const snapshot = await ctx.repos.snapshots.create(
      { assessmentId: assessment.id, period: 2022, packRowId: pack.id, packHash: pack.hash, reference, result: { overall: 0.61 } },
      SYSTEM_ACTOR,
    );
    expect(snapshot).toMatchObject({
      assessmentId: assessment.id,
      period: 2022,
      packHash: pack.hash,
      reference,
      result: { overall: 0.61 },
    });
    expect((await ctx.repos.packs.get(pack.id)).pinnedAt).toBeInstanceOf(Date);
    expect((await ctx.repos.audit.list({ entity: "snapshot", entityId: snapshot.id })).entries.map((e) => e.action)).toEqual([
      "snapshot.create",
    ]);
    expect((await ctx.repos.audit.list({ entity: "pack", entityId: pack.id })).entries[0]!.action).toBe("pack.pin");
    await expect(ctx.repos.packs.remove(pack.id, SYSTEM_ACTOR)).rejects.toMatchObject({ code: "PACK_PINNED" });
  });

  it("refuses a hash that is not the pack's, pinning nothing", async () => {
    const { assessment, pack } = await seedAssessment(ctx.repos);
    await expect(
      ctx.repos.snapshots.create(
        { assessmentId: assessment.id, period: 2022, packRowId: pack.id, packHash: "sha256:other", reference, result: {} },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "packHash", expected: pack.hash },
    });
    await expect(
      ctx.repos.snapshots.create(
        {
          assessmentId: "00000000-0000-4000-8000-000000000000",
          period: 2022,
          packRowId: pack.id,
          packHash: pack.hash,
          reference,
          result: {},
        },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ctx.repos.packs.get(pack.id)).pinnedAt).toBeNull();
  });

  it("lists without results, reads one, and finds an assessment's latest", async () => {
    const { assessment, pack } = await seedAssessment(ctx.repos, { period: 2031 });
    const first = await ctx.repos.snapshots.create(
      { assessmentId: assessment.id, period: 2031, packRowId: pack.id, packHash: pack.hash, reference, result: { overall: 0.5 } },
      SYSTEM_ACTOR,
    );
    const second = await ctx.repos.snapshots.create(
      { assessmentId: assessment.id, period: 2031, packRowId: pack.id, packHash: pack.hash, reference, result: { overall: 0.6 } },
      SYSTEM_ACTOR,
    );
    const cohort = await ctx.repos.snapshots.create(
      { assessmentId: null, period: 2031, packRowId: pack.id, packHash: pack.hash, reference, result: { ranking: [] } },
      SYSTEM_ACTOR,
    );
    const ofAssessment = await ctx.repos.snapshots.list({ assessmentId: assessment.id });
    expect(ofAssessment.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(ofAssessment.some((s) => "result" in s)).toBe(false);
    expect((await ctx.repos.snapshots.list({ period: 2031 })).map((s) => s.id).sort()).toEqual([first.id, second.id, cohort.id].sort());
    expect((await ctx.repos.snapshots.latest(assessment.id))?.result).toEqual({ overall: 0.6 });
    expect((await ctx.repos.snapshots.get(cohort.id)).assessmentId).toBeNull();
    expect(await ctx.repos.snapshots.latest("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    await expect(ctx.repos.snapshots.get("nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("can never be changed or deleted (IMMUTABLE, from the trigger)", async () => {
    const { assessment, pack } = await seedAssessment(ctx.repos);
    const snapshot = await ctx.repos.snapshots.create(
      { assessmentId: assessment.id, period: 2022, packRowId: pack.id, packHash: pack.hash, reference, result: { overall: 0.5 } },
      SYSTEM_ACTOR,
    );
    const update = await sql`update score_snapshots set result = '{"overall":1}'::jsonb where id = ${snapshot.id}`
      .execute(ctx.database.db)
      .catch((e: unknown) => e);
    expect(toDbError(update)).toMatchObject({ code: "IMMUTABLE" });
    const remove = await ctx.database.db
      .deleteFrom("score_snapshots")
      .where("id", "=", snapshot.id)
      .execute()
      .catch((e: unknown) => e);
    expect(toDbError(remove)).toMatchObject({ code: "IMMUTABLE" });
    expect((await ctx.repos.snapshots.get(snapshot.id)).result).toEqual({ overall: 0.5 });
  });
});

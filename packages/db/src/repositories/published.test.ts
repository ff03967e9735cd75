import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";
import type { PublishedRowInput } from "./published";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("published results on %s", (kind) => {
  const ctx = useRepositories(kind);

  async function units(n: number): Promise<string[]> {
    const ids = Array.from({ length: n }, () => uniqueId("unit"));
    await ctx.repos.units.seed(
      ids.map((id) => ({ id, code: id, name: id, shortName: id, region: "r", validFrom: "2008-08-01" })),
      [],
      SYSTEM_ACTOR,
    );
    return ids;
  }
  const rowsFor = (unitIds: string[], packId: string, overall: number[]): PublishedRowInput[] =>
    unitIds.map((unitId, i) => ({
      unitId,
      period: 2022,
      packId,
      overall: overall[i]!,
      rank: i + 1,
      indices: { "1": overall[i]! },
      pillars: { government: overall[i]! },
      source: "Bộ TTTT, 2023",
    }));
  const importsOf = async (target: string) => (await ctx.repos.published.listImports({ target })).length;

  it("imports a table; the same file again changes nothing", async () => {
    const ids = await units(3);
    const packId = uniqueId("pack");
    const target = `${packId}:2022`;
    const input = { kind: "published_results" as const, checksum: "sha256:aaa", target, rows: rowsFor(ids, packId, [0.8, 0.7, 0.6]) };
    const first = await ctx.repos.published.importRows(input, SYSTEM_ACTOR);
    expect(first).toMatchObject({ status: "imported", rows: 3 });
    const again = await ctx.repos.published.importRows(input, SYSTEM_ACTOR);
    expect(again).toEqual({ status: "unchanged", importId: first.importId, rows: 3 });
    const listed = await ctx.repos.published.list({ period: 2022, packId });
    expect(listed.map((r) => [r.unitId, r.overall, r.rank])).toEqual([
      [ids[0], 0.8, 1],
      [ids[1], 0.7, 2],
      [ids[2], 0.6, 3],
    ]);
    expect(listed[0]).toMatchObject({
      importId: first.importId,
      indices: { "1": 0.8 },
      pillars: { government: 0.8 },
      source: "Bộ TTTT, 2023",
    });
    expect(await importsOf(target)).toBe(1);
    expect((await ctx.repos.audit.list({ entity: "import", entityId: first.importId })).entries.map((e) => e.action)).toEqual([
      "published.import",
    ]);
  });

  it("replaces the rows of a period and pack with a corrected file, and restores the first file imported again", async () => {
    const ids = await units(2);
    const packId = uniqueId("pack");
    const target = `${packId}:2022`;
    const a = { kind: "published_results" as const, checksum: "sha256:a", target, rows: rowsFor(ids, packId, [0.8, 0.7]) };
    const b = { ...a, checksum: "sha256:b", rows: rowsFor(ids, packId, [0.81, 0.7]) };
    const first = await ctx.repos.published.importRows(a, SYSTEM_ACTOR);
    const corrected = await ctx.repos.published.importRows(b, SYSTEM_ACTOR);
    expect(corrected).toMatchObject({ status: "replaced", rows: 2 });
    expect((await ctx.repos.published.list({ period: 2022, packId })).map((r) => r.overall)).toEqual([0.81, 0.7]);
    const audit = await ctx.repos.audit.list({ entity: "import", entityId: corrected.importId });
    expect(audit.entries[0]).toMatchObject({
      action: "published.replace",
      before: { replaced: [{ period: 2022, packId, rows: 2, importIds: [first.importId] }] },
    });
    expect(await ctx.repos.published.importRows(a, SYSTEM_ACTOR)).toMatchObject({ status: "replaced", importId: first.importId });
    expect((await ctx.repos.published.list({ period: 2022, packId })).map((r) => r.overall)).toEqual([0.8, 0.7]);
    expect(await ctx.repos.published.importRows(a, SYSTEM_ACTOR)).toMatchObject({ status: "unchanged" });
  });

  it("is all-or-nothing: a duplicate unit, an unknown unit or a malformed row writes nothing", async () => {
    const ids = await units(2);
    const packId = uniqueId("pack");
    const target = `${packId}:2022`;
    const good = rowsFor(ids, packId, [0.8, 0.7]);
    await expect(
      ctx.repos.published.importRows({ kind: "published_results", checksum: "c1", target, rows: [...good, good[0]!] }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({
      code: "IMPORT_DUPLICATE",
      details: { duplicates: [{ unitId: ids[0], rows: [1, 3] }] },
    });
    await expect(
      ctx.repos.published.importRows(
        { kind: "published_results", checksum: "c2", target, rows: [...good, { ...good[0]!, unitId: "p99-99" }] },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { ids: ["p99-99"] },
    });
    await expect(
      ctx.repos.published.importRows(
        { kind: "published_results", checksum: "c3", target, rows: [good[0]!, { ...good[1]!, overall: Number.NaN, rank: 0 }] },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: {
        problems: [
          { row: 1, field: "overall" },
          { row: 1, field: "rank" },
        ],
      },
    });
    await expect(
      ctx.repos.published.importRows({ kind: "published_results", checksum: "c4", target, rows: [] }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await ctx.repos.published.list({ period: 2022, packId })).toEqual([]);
    expect(await importsOf(target)).toBe(0);
  });

  it("keeps the earlier rows when a replacing import fails", async () => {
    const ids = await units(2);
    const packId = uniqueId("pack");
    const target = `${packId}:2022`;
    await ctx.repos.published.importRows(
      { kind: "published_results", checksum: "ok", target, rows: rowsFor(ids, packId, [0.8, 0.7]) },
      SYSTEM_ACTOR,
    );
    const broken = [...rowsFor(ids, packId, [0.9, 0.9]), { ...rowsFor(ids, packId, [0.1])[0]!, unitId: "p99-98" }];
    await expect(
      ctx.repos.published.importRows({ kind: "published_results", checksum: "broken", target, rows: broken }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ctx.repos.published.list({ period: 2022, packId })).map((r) => r.overall)).toEqual([0.8, 0.7]);
  });

  it("lets concurrent imports of one file agree: one imports, the others are unchanged", async () => {
    const ids = await units(2);
    const packId = uniqueId("pack");
    const input = {
      kind: "published_results" as const,
      checksum: "same",
      target: `${packId}:2022`,
      rows: rowsFor(ids, packId, [0.8, 0.7]),
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => ctx.repos.published.importRows(input, SYSTEM_ACTOR)));
    expect(results.map((r) => r.status).sort()).toEqual(["imported", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(new Set(results.map((r) => r.importId)).size).toBe(1);
    expect(await ctx.repos.published.list({ period: 2022, packId })).toHaveLength(2);
  });
});

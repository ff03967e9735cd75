import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";
import { diffPublished, type PublishedRowInput } from "./published-record";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("the published record on %s", (kind) => {
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
  const base = (packId: string): Omit<PublishedRowInput, "unitId" | "overall" | "rank"> => ({
    period: 2020,
    packId,
    indices: {},
    pillars: {},
    source: null,
    cohort: "63",
    cohortSize: 63,
    framework: "1726/QĐ-BTTTT",
  });

  it("keeps a rank without a value, an average without a unit, pillar ranks, notes and sources as given", async () => {
    const [a, b] = await units(2);
    const packId = uniqueId("pack");
    const rows: PublishedRowInput[] = [
      {
        ...base(packId),
        unitId: a!,
        overall: 0.4096,
        rank: 3,
        pillars: { cqs: 0.4449, kts: 0.3668, xhs: 0.4052 },
        pillarRanks: { cqs: 8, kts: 2, xhs: 2 },
        nameAsPublished: "Bắc Ninh",
        sources: ["https://example.vn/a", "https://example.vn/b"],
      },
      { ...base(packId), unitId: b!, overall: null, rank: 5, note: "rank from ordered top-5 list", sources: ["https://example.vn/c"] },
      { ...base(packId), unitId: null, kind: "average", overall: 0.3026, rank: null, sources: ["https://example.vn/d"] },
    ];
    const first = await ctx.repos.published.importRows(
      { kind: "published_results", checksum: "r1", target: `${packId}:2020`, rows },
      SYSTEM_ACTOR,
    );
    expect(first).toMatchObject({ status: "imported", rows: 3 });
    const listed = await ctx.repos.published.list({ period: 2020, packId });
    expect(listed.map((r) => [r.kind, r.unitId, r.rank, r.overall])).toEqual([
      ["province", a, 3, 0.4096],
      ["province", b, 5, null],
      ["average", null, null, 0.3026],
    ]);
    expect(listed[0]).toMatchObject({
      pillarRanks: { cqs: 8, kts: 2, xhs: 2 },
      cohort: "63",
      cohortSize: 63,
      framework: "1726/QĐ-BTTTT",
      nameAsPublished: "Bắc Ninh",
      note: null,
      sources: ["https://example.vn/a", "https://example.vn/b"],
    });
    expect(listed[1]!.note).toBe("rank from ordered top-5 list");
    expect(listed[2]!.cohort).toBe("63");
  });

  it("says what a replacing file changed: rows added, removed and changed with old and new values", async () => {
    const [a, b, c] = await units(3);
    const packId = uniqueId("pack");
    const target = `${packId}:2020`;
    const before: PublishedRowInput[] = [
      { ...base(packId), unitId: a!, overall: null, rank: 1 },
      { ...base(packId), unitId: b!, overall: 0.5, rank: 2 },
      { ...base(packId), unitId: null, kind: "average", overall: 0.3, rank: null },
    ];
    const after: PublishedRowInput[] = [
      { ...base(packId), unitId: a!, overall: 0.6, rank: 1, note: "value found" },
      { ...base(packId), unitId: c!, overall: null, rank: 3 },
      { ...base(packId), unitId: null, kind: "average", overall: 0.3, rank: null },
    ];
    await ctx.repos.published.importRows({ kind: "published_results", checksum: "one", target, rows: before }, SYSTEM_ACTOR);
    const replaced = await ctx.repos.published.importRows(
      { kind: "published_results", checksum: "two", target, rows: after },
      SYSTEM_ACTOR,
    );
    expect(replaced.status).toBe("replaced");
    expect(replaced.changes).toEqual({
      added: [expect.objectContaining({ unitId: c, rank: 3, overall: null })],
      removed: [expect.objectContaining({ unitId: b, rank: 2, overall: 0.5 })],
      changed: [
        expect.objectContaining({
          unitId: a,
          fields: [
            { field: "overall", before: null, after: 0.6 },
            { field: "note", before: null, after: "value found" },
          ],
        }),
      ],
    });
    const audit = await ctx.repos.audit.list({ entity: "import", entityId: replaced.importId });
    expect(audit.entries[0]).toMatchObject({ action: "published.replace", after: { changes: { added: [{ unitId: c }] } } });
  });

  it("refuses two averages of one cohort, an average with a unit or a rank, and a province without a unit", async () => {
    const [a] = await units(1);
    const packId = uniqueId("pack");
    const target = `${packId}:2020`;
    const average: PublishedRowInput = { ...base(packId), unitId: null, kind: "average", overall: 0.3, rank: null };
    await expect(
      ctx.repos.published.importRows({ kind: "published_results", checksum: "d", target, rows: [average, average] }, SYSTEM_ACTOR),
    ).rejects.toMatchObject({ code: "IMPORT_DUPLICATE" });
    await expect(
      ctx.repos.published.importRows(
        {
          kind: "published_results",
          checksum: "e",
          target,
          rows: [
            { ...average, unitId: a!, rank: 1 },
            { ...base(packId), unitId: null, overall: 0.5, rank: 2 },
          ],
        },
        SYSTEM_ACTOR,
      ),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: {
        problems: [
          { row: 0, field: "unitId" },
          { row: 0, field: "rank" },
          { row: 1, field: "unitId" },
        ],
      },
    });
    // Two cohorts' averages in one period (2024: the 63 and the 34) are two rows.
    const two = await ctx.repos.published.importRows(
      { kind: "published_results", checksum: "f", target, rows: [average, { ...average, cohort: "34", cohortSize: 34 }] },
      SYSTEM_ACTOR,
    );
    expect(two.rows).toBe(2);
  });
});

describe("diffPublished", () => {
  it("matches rows by unit and averages by cohort", () => {
    const row = (unitId: string | null, overall: number | null, extra: Partial<PublishedRowInput> = {}): PublishedRowInput => ({
      unitId,
      period: 2024,
      packId: "p",
      overall,
      rank: null,
      indices: {},
      pillars: {},
      source: null,
      ...extra,
    });
    const changes = diffPublished(
      [row(null, 0.69, { kind: "average", cohort: "63?" }), row("p63-01", null, { rank: 4 })],
      [row(null, 0.69, { kind: "average", cohort: "63" }), row("p63-01", 0.8241, { rank: 4, indices: { I: 1 } })],
    );
    expect(changes.added.map((r) => r.key)).toEqual(["average:63"]);
    expect(changes.removed.map((r) => r.key)).toEqual(["average:63?"]);
    expect(changes.changed).toEqual([
      expect.objectContaining({
        key: "unit:p63-01",
        fields: [
          { field: "overall", before: null, after: 0.8241 },
          { field: "index:I", before: null, after: 1 },
        ],
      }),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { testBackends, uniqueId, useRepositories } from "../testing/index";
import { registryUnits, seedUnitsFromRegistry } from "./seed-units";
import { SYSTEM_ACTOR } from "./transaction";

describe.each(testBackends())("units on %s", (kind) => {
  const ctx = useRepositories(kind);
  const registryIds = new Set(registryUnits().units.map((u) => u.id));
  const fromRegistry = <T extends { id: string }>(units: T[]) => units.filter((u) => registryIds.has(u.id));

  it("seeds the registry of @dti/units once: a second run changes nothing and writes no audit row", async () => {
    const first = await seedUnitsFromRegistry(ctx.repos);
    expect(first.unitsChanged).toBe(registryIds.size);
    expect(first.lineageChanged).toBeGreaterThanOrEqual(63);
    const again = await seedUnitsFromRegistry(ctx.repos);
    expect(again).toEqual({ unitsChanged: 0, lineageChanged: 0 });
    const audit = await ctx.repos.audit.list({ entity: "units" });
    expect(audit.entries.map((e) => e.after)).toEqual([first]);
  });

  it("lists the units valid on a day, in code order", async () => {
    await seedUnitsFromRegistry(ctx.repos);
    const before = fromRegistry(await ctx.repos.units.list({ at: "2025-06-30" }));
    const after = fromRegistry(await ctx.repos.units.list({ at: "2025-07-01" }));
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(after[0]).toEqual({
      id: "p34-01",
      code: "01",
      name: "Thành phố Hà Nội",
      shortName: "Hà Nội",
      region: "red-river-delta",
      validFrom: "2025-07-01",
      validTo: null,
    });
    expect(before.map((u) => u.code)).toEqual([...before.map((u) => u.code)].sort());
    await expect(ctx.repos.units.list({ at: "2025-13-01" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("reads a unit with ISO dates and its lineage", async () => {
    await seedUnitsFromRegistry(ctx.repos);
    expect(await ctx.repos.units.get("p63-48")).toMatchObject({ shortName: "Đà Nẵng", validFrom: "2008-08-01", validTo: "2025-06-30" });
    expect(await ctx.repos.units.lineage({ unitId: "p34-48" })).toEqual([
      { fromUnitId: "p63-48", toUnitId: "p34-48", effective: "2025-07-01", relation: "merged" },
      { fromUnitId: "p63-49", toUnitId: "p34-48", effective: "2025-07-01", relation: "merged" },
    ]);
    await expect(ctx.repos.units.get("p99-99")).rejects.toMatchObject({ code: "NOT_FOUND", message: "unit p99-99 not found" });
  });

  it("updates a unit whose data changed (upsert)", async () => {
    const id = uniqueId("unit");
    const unit = { id, code: "99", name: "Tỉnh Thử", shortName: "Thử", region: "southeast", validFrom: "2008-08-01" };
    expect(await ctx.repos.units.seed([unit], [], SYSTEM_ACTOR)).toEqual({ unitsChanged: 1, lineageChanged: 0 });
    expect(await ctx.repos.units.seed([{ ...unit, validTo: "2025-06-30" }], [], SYSTEM_ACTOR)).toEqual({
      unitsChanged: 1,
      lineageChanged: 0,
    });
    expect((await ctx.repos.units.get(id)).validTo).toBe("2025-06-30");
    await expect(ctx.repos.units.seed([{ ...unit, validFrom: "1.1.2008" }], [], SYSTEM_ACTOR)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("gives the units with the given ids, in code order, leaving unknown ids out", async () => {
    await seedUnitsFromRegistry(ctx.repos);
    const units = await ctx.repos.units.byIds(["p63-48", "p63-22", "p63-48", "nowhere"]);
    expect(units.map((u) => [u.id, u.region])).toEqual([
      ["p63-22", expect.any(String)],
      ["p63-48", expect.any(String)],
    ]);
    expect(await ctx.repos.units.byIds([])).toEqual([]);
  });
});

import pack from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_SUFFIX, syntheticCohorts, syntheticUnits } from "./synthetic";

describe("synthetic cohorts", () => {
  const loaded = createEngine().load(pack);

  it("has 63, 34 and 3,321 units, each clearly synthetic", () => {
    expect(syntheticUnits("provinces-63")).toHaveLength(63);
    expect(syntheticUnits("provinces-34")).toHaveLength(34);
    const communes = syntheticUnits("communes-3321");
    expect(communes).toHaveLength(3321);
    expect(communes[0]).toMatchObject({ id: "syn-xa-0001", name: "Xã tổng hợp 0001 (dữ liệu tổng hợp)", region: "synthetic" });
    expect(syntheticUnits("provinces-63")[62]!.name).toBe("Tỉnh tổng hợp 063 (dữ liệu tổng hợp)");
    for (const u of [...communes, ...syntheticUnits("provinces-34")]) {
      expect(u.id.startsWith("syn-")).toBe(true);
      expect(u.name.endsWith(SYNTHETIC_SUFFIX)).toBe(true);
    }
    expect(new Set(communes.map((u) => u.id)).size).toBe(3321);
  });

  it("is deterministic for a seed, differs by year, and scores in strict mode", () => {
    const a = syntheticCohorts(loaded.pack, "provinces-34", { seed: 7 });
    const b = syntheticCohorts(loaded.pack, "provinces-34", { seed: 7 });
    expect(a.map((c) => c.period)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a[0]!.units)).not.toBe(JSON.stringify(a[1]!.units));
    expect(JSON.stringify(syntheticCohorts(loaded.pack, "provinces-34", { seed: 8 })[0])).not.toBe(JSON.stringify(a[0]));
    const scored = createEngine().score(loaded, { period: 2022, units: a[2]!.units }, { explain: false });
    expect(scored.units).toHaveLength(34);
    expect(scored.units[0]!.code).toMatch(/^syn-p34-/);
  });
});

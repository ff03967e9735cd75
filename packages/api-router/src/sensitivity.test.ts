import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, refusal, type TestApi } from "./testing/index";

describe.each(testBackends())("rank sensitivity and pack comparability on %s", (kind) => {
  let api: TestApi;
  let packRowId: string;
  let row2020: string;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    // Three provinces with 7.1's and 7.2's figures only (lenient: the rest scores 0), close enough for
    // 7.1's and 7.2's alternatives to reorder them.
    const data: [string, "adminDN" | "adminQN" | "national", string, number, number][] = [
      ["p63-48", "adminDN", "7.1", 15, 100],
      ["p63-22", "adminQN", "7.1", 19, 100],
      ["p63-01", "national", "7.1", 17, 100],
    ];
    for (const [unitId, user, , a, b] of data) {
      const id = (await api.as(user).assessments.create({ unitId, period: 2022 })).id;
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "7.1.b", value: b, expectedVersion: null });
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "7.1.a", value: a, expectedVersion: null });
    }
    const list = await api.as("national").packs.list();
    packRowId = list.find((p) => p.packId === "dti-province-2022")!.id;
    // A pillar-level framework like DTI 2020: main indices and pillars, no indicators.
    const pillar = JSON.parse(JSON.stringify(api.engine.load(pack2022).pack));
    pillar.meta = { ...pillar.meta, id: "pillar-level-demo", years: [2020], coverage: "indices" };
    Object.assign(pillar, { indicators: [], inputs: [], generalInfo: [], crosswalks: [] });
    delete pillar.sensitivity;
    row2020 = (await api.as("national").packs.upload({ bundle: { format: "dti-pack-bundle@1", pack: pillar } })).pack.id;
  });
  afterAll(() => api?.close());

  it("ranks the period's assessments under seeded draws: fixed seeds give fixed bands", async () => {
    const first = await api.as("national").variants.sensitivity({ packId: packRowId, period: 2022, runs: 300, seed: 5 });
    const again = await api.as("national").variants.sensitivity({ packId: packRowId, period: 2022, runs: 300, seed: 5 });
    expect(again.result).toEqual(first.result);
    expect(first.result).toMatchObject({ runs: 300, seed: 5, mode: "lenient" });
    expect(first.result.units.map((u) => u.code).sort()).toEqual(["p63-01", "p63-22", "p63-48"]);
    // 19 %, 17 % and 15 % of GRDP: 7.1's literal reading and thresholds move the three apart or together.
    expect(first.result.units[0]!.code).toBe("p63-22");
    expect(first.result.alternatives.find((a) => a.id === "t-7-1")).toMatchObject({ kind: "threshold", indicator: "7.1", official: 0.2 });
    expect(first.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it("national admins only; coded 4xx", async () => {
    expect((await refusal(api.as("adminDN").variants.sensitivity({ packId: packRowId, period: 2022 }))).code).toBe("FORBIDDEN");
    expect((await refusal(api.as("national").variants.sensitivity({ packId: packRowId, period: 2030 }))).code).toBe("NOT_FOUND");
    expect((await refusal(api.as("national").variants.sensitivity({ packId: row2020, period: 2020 }))).code).toBe("PACK_COVERAGE");
    // A draft is a national admin's: others do not see it.
    expect((await refusal(api.as("adminDN").packs.comparability({ a: packRowId, b: row2020 }))).code).toBe("NOT_FOUND");
    expect((await refusal(api.as("national").variants.sensitivity({ packId: packRowId, period: 2022, runs: 0 }))).code).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("says how two packs correspond: pillar level for DTI 2020, indicator classes with points for a revision", async () => {
    const pillars = await api.as("national").packs.comparability({ a: packRowId, b: row2020 });
    expect(pillars.level).toBe("pillars");
    expect(pillars.from.packId).toBe("pillar-level-demo");
    expect(pillars.comparability).toBeNull();

    const pack = JSON.parse(JSON.stringify(api.engine.load(pack2022).pack));
    pack.meta = { ...pack.meta, version: `${pack.meta.version}-rev1` };
    pack.indicators.find((i: { code: string }) => i.code === "7.1").rule.target = 0.1;
    const draft = (await api.as("national").packs.upload({ bundle: { format: "dti-pack-bundle@1", pack } })).pack.id;
    const answer = await api.as("national").packs.comparability({ a: packRowId, b: draft });
    expect(answer.level).toBe("indicators");
    const classes = answer.comparability!.indicators;
    expect(classes.find((l) => l.to[0] === "7.1")).toMatchObject({ class: "changed", rescorable: true, max: { from: 20, to: 20 } });
    expect(classes.filter((l) => l.class === "comparable")).toHaveLength(classes.length - 1);
    expect(answer.comparability!.points).toEqual({ rescorable: 1000, notComparable: 0, total: 1000 });
  });
});

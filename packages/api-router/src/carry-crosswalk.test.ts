import { readFileSync } from "node:fs";
import pack2022 from "@dti-packs/dti-province-2022";
import { DEMO_2022_URL } from "@dti-packs/dti-province-2022/demo";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, refusal, successorPack, SUCCESSOR_PACK_ID, type TestApi } from "./testing/index";

/** Demo A's made-up 2022 figures (dữ liệu minh họa), as the API's demo mode seeds them. */
const demo = JSON.parse(readFileSync(DEMO_2022_URL, "utf8")) as {
  units: { code: string; inputs: Record<string, number | boolean | string> }[];
};
const demoA = demo.units.find((u) => u.code === "DEMO-A")!.inputs;

const SOURCE_FIBRE = "Sở TTTT, báo cáo hạ tầng 2022";
const SOURCE_INVEST = "Sở Tài chính, quyết toán 2022";
const SOURCE_RECURRENT = "Sở Tài chính, dự toán 2022";

/**
 * Carry-forward across packs: a 2024 assessment under a test framework that declares a crosswalk
 * from dti-province-2022 (successorPack: one input renamed, one derived, one not collected before)
 * starts from Demo A's 2022 figures entered for Đà Nẵng. Expected values are read off the crosswalk
 * routes and the demo file by hand: households_fibre_broadband ← households_with_fiber = 550400;
 * infosec_spending_bvnd = infosec_invest_bvnd + infosec_recurrent_bvnd = 30 + 14 = 44;
 * platforms_with_ai (3 in 2022) is `none`, so it is skipped with why.
 */
describe.each(testBackends())("carry-forward through a crosswalk's input routes on %s", (kind) => {
  let api: TestApi;
  let dn2022: string;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022, successorPack(pack2022)]);
    dn2022 = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022, packId: "dti-province-2022" })).id;
    const sources: Record<string, string> = {
      households_with_fiber: SOURCE_FIBRE,
      infosec_invest_bvnd: SOURCE_INVEST,
      infosec_recurrent_bvnd: SOURCE_RECURRENT,
    };
    await api.as("adminDN").assessments.importValues({
      assessmentId: dn2022,
      values: Object.entries(demoA).map(([inputId, value]) => ({
        inputId,
        value,
        ...(sources[inputId] ? { source: sources[inputId] } : {}),
      })),
    });
  });
  afterAll(() => api?.close());

  it("carries the mapped values, each marked to confirm; the uncollected input is skipped with why", async () => {
    expect(demoA).toMatchObject({
      households_with_fiber: 550400,
      infosec_invest_bvnd: 30,
      infosec_recurrent_bvnd: 14,
      platforms_with_ai: 3,
    });
    const created = await api
      .as("adminDN")
      .assessments.create({ unitId: "p63-48", period: 2024, packId: SUCCESSOR_PACK_ID, carryForwardFrom: dn2022 });
    expect(created.pack.id).toBe(SUCCESSOR_PACK_ID);
    // Two 2022 values become one (derived), one is not carried (none): every other value keeps its id.
    const expected = Object.keys(demoA).length - 2;
    expect(created.carriedForward).toMatchObject({
      fromAssessmentId: dn2022,
      fromPeriod: 2022,
      fromPack: "dti-province-2022",
      mapping: "crosswalk",
      values: expected,
    });
    expect(created.carriedForward!.skipped).toEqual([
      {
        inputId: "platforms_with_ai",
        code: "NO_EARLIER_DATA",
        reason: expect.stringContaining(`the crosswalk of ${SUCCESSOR_PACK_ID} says dti-province-2022 did not collect it`),
        text: {
          vi: expect.stringContaining("bộ chỉ số dti-province-2022 không thu thập số liệu này"),
          en: expect.stringContaining("Counted per AI application"),
        },
      },
    ]);

    const detail = await api.as("adminDN").assessments.get({ assessmentId: created.id });
    expect(detail.inputs).toHaveLength(expected);
    expect(detail.inputs.every((v) => v.carriedFromPeriod === 2022 && v.carriedPending)).toBe(true);
    const byId = new Map(detail.inputs.map((v) => [v.inputId, v]));
    expect(byId.get("households_fibre_broadband")).toMatchObject({ value: 550400, source: SOURCE_FIBRE });
    expect(byId.get("infosec_spending_bvnd")).toMatchObject({ value: 44, source: `${SOURCE_INVEST}; ${SOURCE_RECURRENT}` });
    expect(byId.has("households_with_fiber")).toBe(false);
    expect(byId.has("platforms_with_ai")).toBe(false);
    expect(byId.get("households_total")?.value).toBe(demoA.households_total);

    // Confirming a carried value clears its mark, as for the same pack.
    const confirmed = await api.as("adminDN").assessments.confirmCarried({ assessmentId: created.id, inputIds: ["infosec_spending_bvnd"] });
    expect(confirmed.confirmed).toEqual(["infosec_spending_bvnd"]);
    const after = await api.as("adminDN").assessments.get({ assessmentId: created.id });
    expect(after.inputs.find((v) => v.inputId === "infosec_spending_bvnd")).toMatchObject({ value: 44, carriedPending: false });
    // And the new assessment scores under its own pack.
    const { result } = await api.as("adminDN").assessments.score({ assessmentId: created.id });
    expect(result.units[0]!.overall).toBeGreaterThan(0);
  });

  it("a derived input short of one of its earlier values is skipped, naming the one missing", async () => {
    const qn2022 = await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2022, packId: "dti-province-2022" });
    await api.as("adminQN").assessments.importValues({
      assessmentId: qn2022.id,
      values: [
        { inputId: "infosec_invest_bvnd", value: 8 },
        { inputId: "households_with_fiber", value: 1200 },
      ],
    });
    const created = await api
      .as("adminQN")
      .assessments.create({ unitId: "p63-22", period: 2024, packId: SUCCESSOR_PACK_ID, carryForwardFrom: qn2022.id });
    expect(created.carriedForward!.values).toBe(1);
    expect(created.carriedForward!.skipped.map((s) => [s.inputId, s.code])).toEqual([
      ["platforms_with_ai", "NO_EARLIER_DATA"],
      ["infosec_spending_bvnd", "OPERANDS_MISSING"],
    ]);
    const short = created.carriedForward!.skipped[1]!;
    expect(short.text.en).toBe(
      "derived as infosec_invest_bvnd + infosec_recurrent_bvnd from dti-province-2022's values, but infosec_recurrent_bvnd has no value",
    );
    expect(short.text.vi).toContain("infosec_recurrent_bvnd chưa có giá trị");
  });

  it("from the later framework back to the earlier one is refused, naming both packs, in Vietnamese and English", async () => {
    const later = await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2022, packId: SUCCESSOR_PACK_ID });
    const refused = await refusal(
      api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2023, packId: "dti-province-2022", carryForwardFrom: later.id }),
    );
    expect(refused.code).toBe("CARRY_FORWARD_UNSUPPORTED");
    expect(refused.status).toBe(422);
    expect(refused.details).toMatchObject({ fromPack: SUCCESSOR_PACK_ID, toPack: "dti-province-2022", direction: "backwards" });
    expect(refused.message).toContain(`${SUCCESSOR_PACK_ID}'s crosswalk maps dti-province-2022 → ${SUCCESSOR_PACK_ID}`);
    const text = refused.details!.text as { vi: string; en: string };
    expect(text.vi).toContain(`ngược về bộ chỉ số dti-province-2022`);
    expect(text.en).toBe(refused.message);
    // Nothing was created.
    expect(await api.as("adminQN").assessments.list({ unitId: "p63-22", period: 2023 })).toEqual([]);
  });

  it("last year's file under the earlier pack is imported mapped the same way, marked to confirm", async () => {
    const qn2024 = (await api.as("adminQN").assessments.list({ unitId: "p63-22", period: 2024 }))[0]!;
    const imported = await api.as("adminQN").assessments.importValues({
      assessmentId: qn2024.id,
      values: [
        { inputId: "3.3.a", value: 1500, source: "Biểu mẫu 2023" }, // households_with_fiber, by its official address
        { inputId: "infosec_invest_bvnd", value: 9 },
        { inputId: "infosec_recurrent_bvnd", value: 2.5 },
        { inputId: "platforms_with_ai", value: 2 },
      ],
      carriedFromPeriod: 2023,
      carriedFromPack: { id: "dti-province-2022", version: pack2022.meta.version },
    });
    expect(imported).toMatchObject({ written: 2, carried: { fromPack: "dti-province-2022", mapping: "crosswalk" } });
    expect(imported.carried!.skipped.map((s) => [s.inputId, s.code])).toEqual([["platforms_with_ai", "NO_EARLIER_DATA"]]);
    const detail = await api.as("adminQN").assessments.get({ assessmentId: qn2024.id });
    const byId = new Map(detail.inputs.map((v) => [v.inputId, v]));
    expect(byId.get("households_fibre_broadband")).toMatchObject({
      value: 1500,
      source: "Biểu mẫu 2023",
      carriedFromPeriod: 2023,
      carriedPending: true,
    });
    expect(byId.get("infosec_spending_bvnd")).toMatchObject({ value: 11.5, carriedFromPeriod: 2023, carriedPending: true });

    const unknown = await refusal(
      api.as("adminQN").assessments.importValues({
        assessmentId: qn2024.id,
        values: [{ inputId: "households_total", value: 1 }],
        carriedFromPeriod: 2023,
        carriedFromPack: { id: "dti-province-2022", version: "9.9.9" },
      }),
    );
    expect(unknown.code).toBe("VALIDATION_FAILED");
    expect(unknown.fields[0]).toMatchObject({ path: "carriedFromPack" });
    const noYear = await refusal(
      api.as("adminQN").assessments.importValues({
        assessmentId: qn2024.id,
        values: [{ inputId: "households_total", value: 1 }],
        carriedFromPack: { id: "dti-province-2022", version: pack2022.meta.version },
      }),
    );
    expect(noYear.fields[0]).toMatchObject({ path: "carriedFromPeriod" });
    // A file of the later framework into an assessment of the earlier one: refused, nothing written.
    const qn2023 = await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2025, packId: "dti-province-2022" });
    const backwards = await refusal(
      api.as("adminQN").assessments.importValues({
        assessmentId: qn2023.id,
        values: [{ inputId: "households_total", value: 1 }],
        carriedFromPeriod: 2024,
        carriedFromPack: { id: SUCCESSOR_PACK_ID, version: "1.0.0" },
      }),
    );
    expect(backwards.code).toBe("CARRY_FORWARD_UNSUPPORTED");
    expect(backwards.fields[0]).toMatchObject({ path: "carriedFromPack" });
    expect((await api.as("adminQN").assessments.get({ assessmentId: qn2023.id })).inputs).toEqual([]);
  });
});

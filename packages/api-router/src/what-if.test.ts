import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, refusal, type TestApi } from "./testing/index";

const lower71 = {
  format: "dti-variant@1",
  id: "lower-7-1",
  base: "dti-province-2022",
  title: { vi: "Hạ ngưỡng 7.1 từ 20% xuống 15%", en: "Lower 7.1's target from 20% to 15%" },
  changes: [{ op: "set_threshold", indicator: "7.1", value: 0.15 }],
};

describe.each(testBackends())("what-if variants, draft packs and ratio checks on %s", (kind) => {
  let api: TestApi;
  let packRowId: string;
  let dn: string;
  let qn: string;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    dn = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    qn = (await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2022 })).id;
    for (const [id, user, a] of [
      [dn, "adminDN", 15],
      [qn, "adminQN", 8],
    ] as const) {
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "7.1.b", value: 100, expectedVersion: null });
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "7.1.a", value: a, expectedVersion: null });
    }
    packRowId = (await api.as("national").packs.list()).find((p) => p.packId === "dti-province-2022")!.id;
  });
  afterAll(() => api?.close());

  describe("variants.score", () => {
    it("scores the pack's assessments under the official pack and the variant, side by side", async () => {
      const answer = await api.as("national").variants.score({ packId: packRowId, period: 2022, variant: lower71 });
      expect(answer.assessments.map((a) => a.unitId).sort()).toEqual(["p63-22", "p63-48"]);
      const official = answer.official.units.find((u) => u.code === "p63-48")!;
      const variant = answer.variant.units.find((u) => u.code === "p63-48")!;
      // 15% of GRDP: three quarters of 7.1's points officially, all of them under a 15% target.
      expect(variant.overall).toBeGreaterThan(official.overall);
      const row = answer.comparison.units.find((u) => u.code === "p63-48")!;
      expect(row.delta.overall).toBeCloseTo(variant.overall - official.overall, 10);
      expect(answer.comparison.seriesBreak).toBe(true);
      expect(answer.variantPack.id).toBe("dti-province-2022-variant-lower-7-1");
    });

    it("a bad overlay is VARIANT_INVALID with every problem", async () => {
      const error = await refusal(
        api.as("national").variants.score({
          packId: packRowId,
          period: 2022,
          variant: { ...lower71, format: "dti-variant@9", changes: [{ op: "set_threshold", indicator: "7.1" }] },
        }),
      );
      expect(error.code).toBe("VARIANT_INVALID");
      expect(error.status).toBe(422);
      expect(error.fields.length).toBeGreaterThanOrEqual(2);
      expect(error.fields.every((f) => f.path.startsWith("variant"))).toBe(true);
      const unknown = await refusal(
        api.as("national").variants.score({
          packId: packRowId,
          period: 2022,
          variant: { ...lower71, changes: [{ op: "set_threshold", indicator: "99.9", value: 0.1 }] },
        }),
      );
      expect(unknown.code).toBe("VARIANT_INVALID");
      expect(unknown.fields[0]!.message).toMatch(/99\.9/);
    });

    it("national admins only; bad input is a coded 4xx", async () => {
      expect((await refusal(api.as("adminDN").variants.score({ packId: packRowId, period: 2022, variant: lower71 }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await refusal(api.as("national").variants.score({ packId: "nope", period: 2022, variant: lower71 } as never))).code).toBe(
        "VALIDATION_FAILED",
      );
      expect((await refusal(api.as("national").variants.score({ packId: packRowId, period: 2030, variant: lower71 }))).code).toBe(
        "NOT_FOUND",
      );
    });
  });

  describe("packs.scoreDataset", () => {
    let draftId: string;

    beforeAll(async () => {
      const pack = JSON.parse(JSON.stringify(api.engine.load(pack2022).pack));
      pack.meta = { ...pack.meta, version: `${pack.meta.version}-rev1` };
      const x71 = pack.indicators.find((i: { code: string }) => i.code === "7.1");
      x71.rule = { ...x71.rule, target: 0.1 };
      draftId = (await api.as("national").packs.upload({ bundle: { format: "dti-pack-bundle@1", pack } })).pack.id;
    });

    it("scores the period's assessments with the draft beside the active pack it revises", async () => {
      const answer = await api.as("national").packs.scoreDataset({ packRowId: draftId, period: 2022 });
      expect(answer.pack).toMatchObject({ id: draftId, status: "draft" });
      expect(answer.revises).toMatchObject({ id: packRowId, status: "active" });
      expect(answer.result.units).toHaveLength(2);
      const row = answer.comparison!.units.find((u) => u.code === "p63-22")!;
      expect(row.delta.overall).toBeGreaterThan(0);
      expect(answer.warnings).toEqual([]);
      const one = await api.as("national").packs.scoreDataset({ packRowId: draftId, period: 2022, assessmentIds: [dn] });
      expect(one.result.units.map((u) => u.code)).toEqual(["p63-48"]);
    });

    it("inputs the pack does not know are warnings, not failures", async () => {
      const pack = JSON.parse(JSON.stringify(api.engine.load(pack2022).pack));
      pack.meta = { ...pack.meta, version: `${pack.meta.version}-rev2` };
      // The revision renames 7.1's numerator: the stored value under the old id is not the pack's.
      const renamed = JSON.stringify(pack).replaceAll('"digital_economy_value_added_bvnd"', '"digital_economy_va_bvnd"');
      Object.assign(pack, JSON.parse(renamed));
      const uploaded = await api.as("national").packs.upload({ bundle: { format: "dti-pack-bundle@1", pack } });
      const answer = await api.as("national").packs.scoreDataset({ packRowId: uploaded.pack.id, period: 2022 });
      expect(answer.warnings.some((w) => w.pack === "draft" && w.inputIds.includes("digital_economy_value_added_bvnd"))).toBe(true);
    });

    it("refuses a pack that does not score raw inputs with PACK_COVERAGE; national admins only; coded 4xx", async () => {
      const pack = JSON.parse(JSON.stringify(api.engine.load(pack2022).pack));
      pack.meta = { ...pack.meta, id: "dti-test-indices", version: "0.1.0", coverage: "indices" };
      const uploaded = await api.as("national").packs.upload({ bundle: { format: "dti-pack-bundle@1", pack } });
      const error = await refusal(api.as("national").packs.scoreDataset({ packRowId: uploaded.pack.id, period: 2022 }));
      expect(error.code).toBe("PACK_COVERAGE");
      expect(error.status).toBe(422);
      expect((await refusal(api.as("adminDN").packs.scoreDataset({ packRowId: draftId, period: 2022 }))).code).toBe("FORBIDDEN");
      expect((await refusal(api.as("national").packs.scoreDataset({ packRowId: draftId, period: 1900 }))).code).toBe("VALIDATION_FAILED");
      expect(
        (
          await refusal(
            api
              .as("national")
              .packs.scoreDataset({ packRowId: draftId, period: 2022, assessmentIds: ["3f2b8c1e-0000-4000-8000-000000000000"] }),
          )
        ).code,
      ).toBe("NOT_FOUND");
    });
  });

  describe("assessments.setInput checks ratios with the unit's other values", () => {
    it("refuses a numerator above its denominator, naming both fields; nothing written", async () => {
      await api.as("adminDN").assessments.setInput({ assessmentId: dn, inputId: "8.4.b", value: 640000, expectedVersion: null });
      const error = await refusal(
        api.as("adminDN").assessments.setInput({ assessmentId: dn, inputId: "8.4.a", value: 650000, expectedVersion: null }),
      );
      expect(error.code).toBe("INPUT_INVALID");
      expect(error.status).toBe(422);
      expect(error.details).toMatchObject({
        engineCode: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
        indicators: ["8.4"],
        others: [{ indicator: "8.4", inputId: "households_total", address: "8.4.b", value: 640000, side: "denominator" }],
      });
      expect(error.fields[0]).toMatchObject({ path: "value" });
      expect(error.fields.find((f) => f.path === "inputs.8.4.b")).toMatchObject({
        message: expect.stringContaining("640000"),
        expected: expect.stringContaining("≤"),
      });
      const detail = await api.as("adminDN").assessments.get({ assessmentId: dn });
      expect(detail.inputs.find((i) => i.inputId === "households_with_digital_address")).toBeUndefined();
      // The denominator side too: lowering 8.4.b below a stored 8.4.a is refused.
      await api.as("adminDN").assessments.setInput({ assessmentId: dn, inputId: "8.4.a", value: 600000, expectedVersion: null });
      const lower = await refusal(
        api.as("adminDN").assessments.setInput({ assessmentId: dn, inputId: "8.4.b", value: 500000, expectedVersion: 1 }),
      );
      expect(lower.code).toBe("INPUT_INVALID");
      expect(lower.fields.some((f) => f.path === "inputs.8.4.a" && f.message.includes("600000"))).toBe(true);
      expect(lower.details).toMatchObject({ others: [{ address: "8.4.a", value: 600000, side: "numerator" }] });
      expect(
        (await api.as("adminDN").assessments.get({ assessmentId: dn })).inputs.find((i) => i.inputId === "households_total"),
      ).toMatchObject({ value: 640000, version: 1 });
      // The assessment still scores.
      await api.as("adminDN").assessments.score({ assessmentId: dn });
    });

    it("refuses an import that breaks a ratio with the stored values, reporting the row; nothing imported (regression: imports skipped the check)", async () => {
      // Stored now: 8.4.a = 600000, 8.4.b = 640000 (previous test). The import raises 8.4.a above 8.4.b
      // and also sets an unrelated value, which must not be written either.
      const error = await refusal(
        api.as("adminDN").assessments.importValues({
          assessmentId: dn,
          values: [
            { inputId: "press_has_dts_section", value: true },
            { inputId: "8.4.a", value: 700000 },
          ],
        }),
      );
      expect(error.code).toBe("INPUT_INVALID");
      expect(error.fields.some((f) => f.path === "values.1.value")).toBe(true);
      expect(error.fields.some((f) => f.path === "inputs.8.4.b" && f.message.includes("640000"))).toBe(true);
      const after = await api.as("adminDN").assessments.get({ assessmentId: dn });
      expect(after.inputs.find((i) => i.inputId === "households_with_digital_address")).toMatchObject({ value: 600000 });
      expect(after.inputs.find((i) => i.inputId === "press_has_dts_section")).toBeUndefined();
    });
  });
});

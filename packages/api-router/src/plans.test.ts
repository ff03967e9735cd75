import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, refusal, type TestApi } from "./testing/index";

/** Three other provinces of 2022, as published (values on 0..1). */
const PUBLISHED = [
  "unit,rank,overall,I,II,III,IV,V,VI,VII,VIII",
  "p63-01,2,0.7250,0.9,0.9,0.8,0.7,0.7,0.8,0.6,0.5",
  "p63-22,3,0.7024,0.9581,0.9,0.7648,0.625,0.5382,0.8385,0.5904,0.4505",
  "p63-79,4,0.0010,0.001,0.001,0.001,0.001,0.001,0.001,0.001,0.001",
].join("\n");

describe.each(testBackends())("plans that add up on %s", (kind) => {
  let api: TestApi;
  let assessmentId: string;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    assessmentId = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    await api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.b", value: 640000, expectedVersion: null });
    await api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.a", value: 320000, expectedVersion: null });
  });
  afterAll(() => api?.close());

  it("a target is values of the indicator's inputs; its points are computed by the pack's rule", async () => {
    const preview = await api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "3.3", targetInputs: { "3.3.a": 480000 } });
    // 3.3 = a/b × 10: 320000/640000 now (5 points), 480000/640000 with the target (7.5 points).
    expect(preview).toMatchObject({
      currentPoints: 5,
      maxPoints: 10,
      inputs: [{ input: "households_with_fiber", address: "3.3.a", value: 480000, current: 320000 }],
    });
    expect(preview.points).toBeCloseTo(7.5, 10);
    expect(preview.gain).toBeCloseTo(2.5, 10);
    const item = await api
      .as("adminDN")
      .plans.create({ assessmentId, indicatorCode: "3.3", targetInputs: { "3.3.a": 640000 }, leadAgency: "Sở TTTT" });
    expect(item.targetInputs).toEqual({ households_with_fiber: 640000 });
    expect(item.targetPoints).toBe(10);
    expect(item.target).toMatchObject({ points: 10, currentPoints: 5, gain: 5 });
    expect(item.targetValue).toBe("3.3.a = 640.000");
  });

  it("refuses impossible targets with PLAN_TARGET_INVALID naming the field and the expected form", async () => {
    const above = await refusal(api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "3.3", targetInputs: { "3.3.a": 650000 } }));
    expect(above.code).toBe("PLAN_TARGET_INVALID");
    expect(above.status).toBe(422);
    expect(above.fields[0]).toMatchObject({ path: "targetInputs.3.3.a", expected: expect.stringMatching(/at most 3\.3\.b \(640000\)/) });
    expect(above.details?.problems).toEqual([
      { field: "3.3.a", kind: "above_denominator", value: 650000, other: "3.3.b", otherValue: 640000 },
    ]);
    const created = await refusal(
      api.as("adminDN").plans.create({ assessmentId, indicatorCode: "3.3", targetInputs: { households_with_fiber: 990000 } }),
    );
    expect(created.code).toBe("PLAN_TARGET_INVALID");
    const negative = await refusal(api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "3.3", targetInputs: { "3.3.a": -5 } }));
    expect(negative).toMatchObject({ code: "PLAN_TARGET_INVALID", fields: [{ path: "targetInputs.3.3.a" }] });
    const fraction = await refusal(api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "3.3", targetInputs: { "3.3.a": 1.5 } }));
    expect(fraction.code).toBe("PLAN_TARGET_INVALID");
    const other = await refusal(api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "3.3", targetInputs: { "7.1.a": 5 } }));
    expect(other.fields[0]).toMatchObject({
      path: "targetInputs.7.1.a",
      expected: expect.stringMatching(/one of 3\.3\.a \(households_with_fiber\), 3\.3\.b/),
    });
    // 7.1 reads 7.1.a over 7.1.b: without 7.1.b stored or given, the target cannot be scored.
    const missing = await refusal(api.as("adminDN").plans.preview({ assessmentId, indicatorCode: "7.1", targetInputs: { "7.1.a": 5 } }));
    expect(missing.code).toBe("PLAN_TARGET_INVALID");
    expect(missing.fields.map((f) => f.path)).toContain("targetInputs.7.1.b");
    // Typed points are refused: they are computed.
    expect((await refusal(api.as("adminDN").plans.create({ assessmentId, indicatorCode: "3.3", targetPoints: 99 } as never))).code).toBe(
      "VALIDATION_FAILED",
    );
  });

  it("a free-text target of an old client is kept as the item's note, without points", async () => {
    const item = await api.as("adminDN").plans.create({ assessmentId, indicatorCode: "1.1", targetValue: "Ban hành nghị quyết" });
    expect(item).toMatchObject({
      targetNote: "Ban hành nghị quyết",
      targetInputs: null,
      target: null,
      targetPoints: null,
      targetValue: "Ban hành nghị quyết",
    });
    await api.as("adminDN").plans.remove({ id: item.id, expectedVersion: 1 });
  });

  it("sums the plan into a projected DTI value and rank against the last published cohort, and says whether the goal is reached", async () => {
    const none = await api.as("adminDN").plans.projection({ assessmentId });
    expect(none.cohort).toBeNull();
    expect(none.current.rank).toBeNull();
    expect(none.counted).toBe(1);
    expect(none.projected.points - none.current.points).toBeCloseTo(5, 10);
    expect(none.projected.overall).toBeGreaterThan(none.current.overall);
    expect(none.goal).toBeNull();

    await api.as("national").published.importCsv({ packId: "dti-province-2022", period: 2022, csv: PUBLISHED });
    const ranked = await api.as("adminDN").plans.projection({ assessmentId });
    expect(ranked.cohort).toMatchObject({ period: 2022, packId: "dti-province-2022", size: 3, withoutValue: 0 });
    // Almost nothing is entered: above only the 0.001 province.
    expect(ranked.current.rank).toBe(3);

    const goal = await api.as("adminDN").plans.setGoal({ assessmentId, goal: { kind: "rank", target: 1 }, expectedVersion: null });
    expect(goal).toEqual({ kind: "rank", target: 1, version: 1 });
    const missed = await api.as("adminDN").plans.projection({ assessmentId });
    expect(missed.goal).toMatchObject({ kind: "rank", target: 1, reached: false, rankGap: 2, valueNeeded: 0.725 });
    expect(missed.goal!.valueGap).toBeCloseTo(0.725 - missed.projected.overall, 10);

    await api
      .as("adminDN")
      .plans.setGoal({ assessmentId, goal: { kind: "value", target: missed.projected.overall / 2 }, expectedVersion: 1 });
    const reached = await api.as("adminDN").plans.projection({ assessmentId });
    expect(reached.goal).toMatchObject({ kind: "value", reached: true, version: 2 });
    expect(reached.goal!.valueGap!).toBeLessThan(0);

    const beyond = await refusal(api.as("adminDN").plans.setGoal({ assessmentId, goal: { kind: "rank", target: 9 }, expectedVersion: 2 }));
    expect(beyond).toMatchObject({ code: "PLAN_TARGET_INVALID", fields: [{ path: "goal.target", expected: "a rank from 1 to 4" }] });
    expect(
      (await refusal(api.as("adminDN").plans.setGoal({ assessmentId, goal: { kind: "value", target: 1.5 }, expectedVersion: 2 }))).code,
    ).toBe("VALIDATION_FAILED");
    expect((await refusal(api.as("adminDN").plans.setGoal({ assessmentId, goal: null, expectedVersion: 1 }))).code).toBe("CONFLICT");
    expect((await refusal(api.as("ttttDN").plans.setGoal({ assessmentId, goal: null, expectedVersion: 2 }))).code).toBe("FORBIDDEN");
    expect((await refusal(api.as("adminQN").plans.projection({ assessmentId }))).code).toBe("NOT_FOUND");
  });

  it("a cancelled item does not count, and a stored target the values no longer allow says why", async () => {
    const [item] = await api.as("adminDN").plans.list({ assessmentId });
    await api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.a", value: 100000, expectedVersion: 1 });
    await api.as("adminDN").assessments.setInput({ assessmentId, inputId: "3.3.b", value: 200000, expectedVersion: 1 });
    const [broken] = await api.as("adminDN").plans.list({ assessmentId });
    expect(broken).toMatchObject({ target: null, targetPoints: null, targetProblem: expect.stringMatching(/3\.3\.a/) });
    await api.as("adminDN").plans.update({ id: item!.id, expectedVersion: item!.version, status: "cancelled" });
    const projection = await api.as("adminDN").plans.projection({ assessmentId });
    expect(projection.counted).toBe(0);
    expect(projection.projected.points).toBeCloseTo(projection.current.points, 10);
  });
});

import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApi, type TestApi } from "./testing/index";

/**
 * The scorecard keeps a score per stamp of the stored values (count and sum of versions): a read
 * without a change in between gets the kept answer, and every kind of write — a value set, changed,
 * cleared, imported — is seen by the next read.
 */
describe.each(testBackends())("the scorecard's kept scores on %s", (kind) => {
  let api: TestApi;
  let id: string;
  const points = async () => (await api.as("adminDN").assessments.score({ assessmentId: id })).result.units[0]!.indicators!["3.3"]?.points;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    id = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
  });
  afterAll(() => api?.close());

  it("answers a repeated read without reading the values again, and follows every write", async () => {
    const reads = vi.spyOn(api.repos.assessments, "valuesForScoring");
    const first = await api.as("adminDN").assessments.score({ assessmentId: id });
    expect(await api.as("adminDN").assessments.score({ assessmentId: id })).toEqual(first);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(first.result.units[0]!.indicators!["3.3"]?.points ?? 0).toBe(0);

    // 3.3: households with a digital address; set both sides of the ratio.
    await api.as("adminDN").assessments.setInput({ assessmentId: id, inputId: "3.3.b", value: 400000, expectedVersion: null });
    await api.as("adminDN").assessments.setInput({ assessmentId: id, inputId: "3.3.a", value: 200000, expectedVersion: null });
    const afterSet = await points();
    expect(afterSet).toBeGreaterThan(0);

    await api.as("adminDN").assessments.setInput({ assessmentId: id, inputId: "3.3.a", value: 400000, expectedVersion: 1 });
    const afterChange = await points();
    expect(afterChange).toBeGreaterThan(afterSet!);

    await api.as("adminDN").assessments.setInput({ assessmentId: id, inputId: "3.3.a", value: null, expectedVersion: 2 });
    expect((await points()) ?? 0).toBe(0);

    await api.as("adminDN").assessments.importValues({ assessmentId: id, values: [{ inputId: "3.3.a", value: 200000 }] });
    expect(await points()).toBe(afterSet);
    // Five writes, five reads of the values after them (and none for the repeated first read).
    expect(reads).toHaveBeenCalledTimes(5);
    reads.mockRestore();
  });
});

import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApi, type TestApi } from "./testing/index";

/**
 * The computed ranking reads the cohort's values stamps, then the values only of the assessments
 * whose stamp moved since it last read them: a change in one province is ranked at once, and the
 * others' values are not read again.
 */
describe.each(testBackends())("the computed ranking's kept values on %s", (kind) => {
  let api: TestApi;
  let dn: string;
  let qn: string;
  const ranking = async () => (await api.as("national").rankings.computed({ period: 2022 })).units;

  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    dn = (await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    qn = (await api.as("adminQN").assessments.create({ unitId: "p63-22", period: 2022 })).id;
    for (const [user, id, fibre] of [
      ["adminDN", dn, 200000],
      ["adminQN", qn, 300000],
    ] as const) {
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "3.3.b", value: 400000, expectedVersion: null });
      await api.as(user).assessments.setInput({ assessmentId: id, inputId: "3.3.a", value: fibre, expectedVersion: null });
    }
  });
  afterAll(() => api?.close());

  it("ranks a change at once and reads again only the values that changed", async () => {
    const reads = vi.spyOn(api.repos.assessments, "manyValuesForScoring");
    const first = await ranking();
    expect(Object.fromEntries(first.map((u) => [u.unitId, u.rank]))).toEqual({ "p63-22": 1, "p63-48": 2 });
    expect(await ranking()).toEqual(first);
    // The second ranking read no values: nothing changed.
    expect(reads.mock.calls.map((c) => c[0].length)).toEqual([2]);

    await api.as("adminDN").assessments.setInput({ assessmentId: dn, inputId: "3.3.a", value: 400000, expectedVersion: 1 });
    const after = await ranking();
    expect(Object.fromEntries(after.map((u) => [u.unitId, u.rank]))).toEqual({ "p63-48": 1, "p63-22": 2 });
    expect(reads.mock.calls.at(-1)![0]).toEqual([dn]);
    reads.mockRestore();
  });
});

import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_COLUMNS } from "./services/published-record";
import { createTestApi, refusal, type TestApi } from "./testing/index";

/** A table in the published record's layout: each line "province,rank,overall,cohort", every other column empty. */
function recordCsv(period: number, lines: string[]): string {
  const rows = lines.map((line) => {
    const [province, rank, overall, cohort] = line.split(",");
    const cells: Record<string, string> = {
      year: String(period),
      framework: "922/QĐ-BTTTT",
      province: province!,
      rank: rank!,
      overall: overall!,
      cohort: cohort!,
      source_url: "https://example.test",
    };
    return RECORD_COLUMNS.map((c) => cells[c] ?? "").join(",");
  });
  return [RECORD_COLUMNS.join(","), ...rows].join("\n");
}

/**
 * The map of any year with data: its figures on the 63 or the 34, or the back-cast of the 63's
 * figures onto the 34 (each new unit the mean of its old units' values, only where every old unit
 * has one), clearly marked; a year without data (2025) is a back-cast, never an error.
 */
describe.each(testBackends())("map.get on %s", (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind, [pack2022]);
    // The published record's layout (apps/api/data/published): a rank without a value stays rank-only.
    const table = (period: number, lines: string[]) =>
      api.as("national").published.importCsv({ packId: "dti-province-2022", period, csv: recordCsv(period, lines) });
    // 2022: Hà Nội (unchanged in 2025), Đà Nẵng and Quảng Nam (one unit since 1/7/2025), Bình Dương
    // (one of the three old units of today's Hồ Chí Minh City, the other two without a value), and a rank only.
    await table(2022, [
      "Hà Nội,24,0.6500,63",
      "Đà Nẵng,1,0.8002,63",
      "Quảng Nam,20,0.6000,63",
      "Bình Dương,5,0.7000,63",
      "Quảng Ninh,3,,63",
    ]);
    // 2023: ranks only, no value to carry.
    await table(2023, ["Đà Nẵng,1,,63", "Quảng Nam,30,,63"]);
  });
  afterAll(() => api?.close());

  const map = (input: Parameters<ReturnType<TestApi["as"]>["map"]["get"]>[0], who: "viewerDN" | "national" = "viewerDN") =>
    api.as(who).map.get(input);

  it("draws a year on the units its figures describe, ranked as published", async () => {
    const out = await map({ period: 2022 });
    expect(out).toMatchObject({
      period: 2022,
      units: 63,
      defaultUnits: 63,
      source: "published",
      mode: "own",
      reason: null,
      backcast: null,
    });
    expect(out.rows.map((r) => [r.unitId, r.rank, r.overall])).toEqual([
      ["p63-48", 1, 0.8002],
      ["p63-22", 3, null],
      ["p63-74", 5, 0.7],
      ["p63-49", 20, 0.6],
      ["p63-01", 24, 0.65],
    ]);
    expect(out.rows[0]).toMatchObject({ unitName: "Thành phố Đà Nẵng", cohort: "63", from: [] });
  });

  it("lists every year with data and the years of the 34 from 2025, newest first", async () => {
    const { years } = await map({ period: 2022 });
    const published = years.filter((y) => y.published).map((y) => y.period);
    expect(published).toEqual([2023, 2022]);
    expect(years.map((y) => y.period)).toContain(2025);
    expect(years.map((y) => y.period)).not.toContain(2021);
    expect(years.every((y) => !y.computed)).toBe(true);
    expect(years.map((y) => y.period)).toEqual([...years.map((y) => y.period)].sort((a, b) => b - a));
  });

  it("back-casts a year of the 63 onto the 34: the mean of the old units' values where every one has a value", async () => {
    const out = await map({ period: 2022, units: 34 });
    expect(out).toMatchObject({ units: 34, mode: "backcast", backcast: { from: 2022, fromYears: [2022], rule: "mean", withValue: 2 } });
    expect(out.rows).toHaveLength(34);
    const row = (id: string) => out.rows.find((r) => r.unitId === id)!;
    // Đà Nẵng (new) = (0.8002 + 0.6000) / 2; Hà Nội and Quảng Ninh unchanged (Quảng Ninh: rank only, no value).
    expect(row("p34-48").overall).toBeCloseTo(0.7001, 10);
    expect(row("p34-48").from.map((f) => [f.unitId, f.overall, f.rank])).toEqual([
      ["p63-48", 0.8002, 1],
      ["p63-49", 0.6, 20],
    ]);
    expect(row("p34-01").overall).toBe(0.65);
    expect(row("p34-22")).toMatchObject({ overall: null, from: [{ unitId: "p63-22", overall: null, rank: 3 }] });
    // Hồ Chí Minh City: Bình Dương's value alone is not the mean of three; no value, its old units listed.
    expect(row("p34-79").overall).toBeNull();
    expect(row("p34-79").from.map((f) => [f.unitId, f.overall])).toEqual(
      expect.arrayContaining([
        ["p63-79", null],
        ["p63-74", 0.7],
        ["p63-77", null],
      ]),
    );
    // A mean of old values is not a rank anyone gave.
    expect(out.rows.every((r) => r.rank === null && r.cohort === null)).toBe(true);
  });

  it("2025, with nothing of its own: the 34, from the latest year whose back-cast gives a value — no error", async () => {
    const out = await map({ period: 2025 });
    expect(out).toMatchObject({
      period: 2025,
      units: 34,
      mode: "backcast",
      backcast: { from: 2022, fromYears: [2023, 2022], withValue: 2 },
    });
    // Another year of the 63 on request: 2023 had ranks only, so nothing is coloured, but every new unit says why.
    const ranks = await map({ period: 2025, from: 2023 });
    expect(ranks.backcast).toMatchObject({ from: 2023, withValue: 0 });
    expect(ranks.rows.find((r) => r.unitId === "p34-48")!.from.map((f) => f.rank)).toEqual([1, 30]);
    const wrong = await refusal(map({ period: 2025, from: 2021 }));
    expect(wrong.code).toBe("VALIDATION_FAILED");
    expect(wrong.fields[0]).toMatchObject({ path: "from", expected: "one of 2023, 2022" });
  });

  it("says why a map has nothing: no data that year, or figures of the 34 that cannot be split into the 63", async () => {
    expect(await map({ period: 2021 })).toMatchObject({ units: 63, mode: "none", reason: "no_data", rows: [] });
    await api
      .as("national")
      .published.importCsv({ packId: "dti-province-2022", period: 2021, csv: recordCsv(2021, ["Đà Nẵng,1,0.7100,34"]) });
    const of34 = await map({ period: 2021 });
    expect(of34).toMatchObject({ units: 34, mode: "own" });
    expect(of34.rows.map((r) => [r.unitId, r.overall])).toEqual([["p34-48", 0.71]]);
    expect(await map({ period: 2021, units: 63 })).toMatchObject({ defaultUnits: 34, mode: "none", reason: "cannot_split" });
  });

  it("computed figures: national admins only, from the assessments of real provinces, back-cast the same way", async () => {
    expect((await refusal(map({ period: 2022, source: "computed" }))).code).toBe("FORBIDDEN");
    const values = { "3.3.a": { dn: 250000, qn: 90000 }, A6: { dn: 300000, qn: 400000 } };
    for (const [unitId, key] of [
      ["p63-48", "dn"],
      ["p63-49", "qn"],
    ] as const) {
      const { id } = await api.as("national").assessments.create({ unitId, period: 2022 });
      await api.as("national").assessments.importValues({
        assessmentId: id,
        values: Object.entries(values).map(([inputId, v]) => ({ inputId, value: v[key] })),
      });
    }
    const own = await map({ period: 2022, source: "computed" }, "national");
    expect(own).toMatchObject({ mode: "own", units: 63, source: "computed" });
    expect(own.rows.map((r) => r.unitId)).toEqual(["p63-48", "p63-49"]);
    expect(own.years.find((y) => y.period === 2022)).toMatchObject({ published: true, computed: true });
    const [dn, qn] = own.rows.map((r) => r.overall!);
    const carried = await map({ period: 2025, source: "computed" }, "national");
    expect(carried).toMatchObject({ mode: "backcast", backcast: { from: 2022, withValue: 1 } });
    expect(carried.rows.find((r) => r.unitId === "p34-48")!.overall).toBeCloseTo((dn! + qn!) / 2, 12);
  });
});

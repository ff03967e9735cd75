import { describe, expect, it } from "vitest";
import { backcast, checkBackcast, defaultFrom, type BackcastOptions } from "./backcast";
import { UnitsError, type UnitsProblem } from "./errors";
import { roundTo } from "./rank";
import { predecessorsOf, unitsAt } from "./registry";
import type { BackcastRow } from "./rows";

const DA_NANG_2024 = [
  { unit: "TP. Đà Nẵng", overall: 0.8335 },
  { unit: "Quảng Nam", overall: 0.5803 },
];

/** Made-up but reproducible values for all 63 (by code), with a planned tie and a near tie among the 34. */
function sixtyThreeRows(): BackcastRow[] {
  return unitsAt("2025-06-30").map((u) => {
    const n = Number(u.code);
    const overall = { "01": 0.8, "46": 0.8, "42": 0.61234, "38": 0.61236 }[u.code] ?? 0.4 + ((n * 37) % 50) / 200;
    return { unit: u.shortName, overall, indices: { I: n / 100, VI: 1 - n / 100 } };
  });
}

function problemsOf(rows: readonly unknown[], options?: BackcastOptions): UnitsProblem[] {
  const outcome = checkBackcast(rows, options);
  if (outcome.ok) throw new Error("expected problems");
  return outcome.problems;
}

describe("back-cast to the 34 units (rule: mean)", () => {
  it("averages Đà Nẵng 0,8335 and Quảng Nam 0,5803 into the new Đà Nẵng 0,7069, as the ministry published", () => {
    const result = backcast(DA_NANG_2024, { to: "2025-07-01" });
    const daNang = result.units.find((u) => u.unitId === "p34-48")!;
    expect(roundTo(daNang.overall!)).toBe(0.7069);
    expect(daNang.from.map((s) => [s.unitId, s.shortName, s.overall])).toEqual([
      ["p63-48", "Đà Nẵng", 0.8335],
      ["p63-49", "Quảng Nam", 0.5803],
    ]);
    expect(daNang.rank.overall).toBe(1);
    expect(result).toMatchObject({ mode: "backcast", from: "2025-06-30", rule: "mean", complete: false });
    expect(result.units).toHaveLength(34);
    expect(result.units.find((u) => u.unitId === "p34-01")).toMatchObject({ indices: {}, rank: { indices: {} }, from: [] });
  });

  it("back-casts all 63 into 34, averaging overall and every index, ranking with shared ranks", () => {
    const rows = sixtyThreeRows();
    const result = backcast(rows);
    expect(result.complete).toBe(true);
    expect(result.units).toHaveLength(34);
    expect(result.measures).toEqual({ overall: true, indices: ["I", "VI"] });

    const hcm = result.units.find((u) => u.unitId === "p34-79")!;
    const parts = predecessorsOf("p34-79").map((p) => rows.find((r) => r.unit === p.shortName)!);
    expect(hcm.overall).toBeCloseTo(parts.reduce((s, r) => s + r.overall!, 0) / 3, 12);
    expect(hcm.indices.I).toBeCloseTo((0.79 + 0.74 + 0.77) / 3, 12);
    expect(hcm.from.map((s) => s.unitId)).toEqual(["p63-79", "p63-74", "p63-77"]);

    // Hà Nội and Huế both 0,8000: a shared first place, then 3rd.
    const rankOf = (id: string) => result.units.find((u) => u.unitId === id)!.rank.overall;
    expect(rankOf("p34-01")).toBe(1);
    expect(rankOf("p34-46")).toBe(1);
    expect(result.units.filter((u) => u.rank.overall === 2)).toHaveLength(0);
    // A near tie that does not survive printing: Thanh Hóa 0,61236 → 0,6124 ranks above Hà Tĩnh 0,61234 → 0,6123.
    expect(rankOf("p34-42")).toBe(rankOf("p34-38")! + 1);

    // Competition ranking throughout: a rank is 1 + the number of strictly better printed values.
    const printed = result.units.map((u) => roundTo(u.overall!));
    result.units.forEach((u, i) => expect(u.rank.overall).toBe(1 + printed.filter((v) => v > printed[i]!).length));
    for (const key of ["I", "VI"]) {
      const values = result.units.map((u) => roundTo(u.indices[key]!));
      result.units.forEach((u, i) => expect(u.rank.indices[key]).toBe(1 + values.filter((v) => v > values[i]!).length));
    }
  });

  it("ties units whose values print the same at 4 decimals", () => {
    const result = backcast([
      { unit: "Hà Tĩnh", overall: 0.61231 },
      { unit: "Thanh Hóa", overall: 0.61229 },
      { unit: "Nghệ An", overall: 0.7 },
      { unit: "Cao Bằng", overall: 0.5 },
    ]);
    const rank = (id: string) => result.units.find((u) => u.unitId === id)!.rank.overall;
    expect([rank("p34-40"), rank("p34-42"), rank("p34-38"), rank("p34-04")]).toEqual([1, 2, 2, 4]);
  });

  it("accepts rows by id, code or name, in any order", () => {
    const result = backcast([
      { unit: "49", overall: 0.5803 },
      { unit: "p63-48", overall: 0.8335 },
    ]);
    expect(roundTo(result.units.find((u) => u.unitId === "p34-48")!.overall!)).toBe(0.7069);
  });

  it("defaults `from` to the eve of the last change", () => {
    expect(defaultFrom("2025-07-01")).toBe("2025-06-30");
    expect(defaultFrom("2031-01-01")).toBe("2025-06-30");
  });
});

describe("rule: weighted", () => {
  it("weights each predecessor by the weight given", () => {
    const result = backcast(
      [
        { unit: "Đà Nẵng", overall: 0.8, weight: 1 },
        { unit: "Quảng Nam", overall: 0.5, weight: 2 },
      ],
      { rule: "weighted" },
    );
    expect(result.units.find((u) => u.unitId === "p34-48")!.overall).toBeCloseTo(0.6, 12);
    expect(result.units.find((u) => u.unitId === "p34-48")!.from.map((s) => s.weight)).toEqual([1, 2]);
  });

  it("requires a weight on every row", () => {
    const problems = problemsOf(
      [
        { unit: "Đà Nẵng", overall: 0.8, weight: 1 },
        { unit: "Quảng Nam", overall: 0.5 },
      ],
      { rule: "weighted" },
    );
    expect(problems).toEqual([expect.objectContaining({ code: "WEIGHT_MISSING", row: 1, unitId: "p63-49" })]);
  });
});

describe("pass-through (rows already in the target units)", () => {
  it("keeps the values and ranks them when from equals to", () => {
    const rows = unitsAt("2025-07-01").map((u, i) => ({ unit: u.shortName, overall: 0.5 + i / 100 }));
    const result = backcast(rows, { from: "2025-07-01" });
    expect(result.mode).toBe("passthrough");
    expect(result.complete).toBe(true);
    const cauMau = result.units.find((u) => u.unitId === "p34-96")!;
    expect(cauMau.overall).toBeCloseTo(0.83, 12);
    expect(cauMau.rank.overall).toBe(1);
    expect(cauMau.from.map((s) => s.unitId)).toEqual(["p34-96"]);
  });

  it("refuses an old unit among them", () => {
    expect(problemsOf([{ unit: "p63-49", overall: 0.5 }], { from: "2025-07-01" })).toEqual([
      expect.objectContaining({ code: "UNIT_NOT_VALID", row: 0 }),
    ]);
  });

  it("hints at from = to when 34 names are read as old units", () => {
    const rows = unitsAt("2025-07-01").map((u) => ({ unit: u.shortName, overall: 0.5 }));
    const problems = problemsOf(rows);
    expect(problems.every((p) => p.code === "PREDECESSOR_MISSING")).toBe(true);
    expect(problems[0]!.message).toContain("set from to 2025-07-01");
  });
});

describe("errors: every problem at once, each coded", () => {
  it("UNIT_UNKNOWN names the row and the unit as written", () => {
    const problems = problemsOf([...DA_NANG_2024, { unit: "Quảng Nom", overall: 0.5 }]);
    expect(problems).toEqual([expect.objectContaining({ code: "UNIT_UNKNOWN", row: 2, input: "Quảng Nom" })]);
    expect(problems[0]!.message).toContain("Quảng Nam (p63-49)");
  });

  it("UNIT_NOT_PREDECESSOR for a row of a unit valid on the target date", () => {
    const problems = problemsOf([...DA_NANG_2024, { unit: "p34-01", overall: 0.8 }]);
    expect(problems).toEqual([expect.objectContaining({ code: "UNIT_NOT_PREDECESSOR", row: 2, unitId: "p34-01" })]);
  });

  it("PREDECESSOR_MISSING names the new unit and the missing old ones", () => {
    const problems = problemsOf([{ unit: "Hồ Chí Minh", overall: 0.8 }]);
    expect(problems).toEqual([expect.objectContaining({ code: "PREDECESSOR_MISSING", unitId: "p34-79", missing: ["p63-74", "p63-77"] })]);
    expect(problems[0]!.message).toContain("Bình Dương");
  });

  it("PREDECESSOR_MISSING for units without rows when requireAll is set", () => {
    const problems = problemsOf(DA_NANG_2024, { requireAll: true });
    expect(problems).toHaveLength(33);
    expect(problems.find((p) => p.unitId === "p34-79")!.missing).toEqual(["p63-79", "p63-74", "p63-77"]);
  });

  it("UNIT_DUPLICATE for two rows naming one unit, however spelt", () => {
    const problems = problemsOf([...DA_NANG_2024, { unit: "da nang", overall: 0.8 }]);
    expect(problems).toEqual([expect.objectContaining({ code: "UNIT_DUPLICATE", row: 2, unitId: "p63-48" })]);
  });

  it("MEASURE_MISSING for a row lacking a measure others have", () => {
    const problems = problemsOf([
      { unit: "Đà Nẵng", overall: 0.8, indices: { I: 1 } },
      { unit: "Quảng Nam", overall: 0.5 },
    ]);
    expect(problems).toEqual([expect.objectContaining({ code: "MEASURE_MISSING", row: 1, measure: "I" })]);
  });

  it("ROW_INVALID for values off 0..1, misspelt keys, rows without values, and no rows", () => {
    const problems = problemsOf([{ unit: "Đà Nẵng", overall: 83.35 }, { unit: "Quảng Nam", overal: 0.5 }, { unit: "Huế" }, "Hà Nội"]);
    expect(problems.map((p) => [p.code, p.row])).toEqual([
      ["ROW_INVALID", 0],
      ["ROW_INVALID", 1],
      ["ROW_INVALID", 2],
      ["ROW_INVALID", 3],
    ]);
    expect(problems[0]!.field).toBe("overall");
    expect(problemsOf([])).toEqual([expect.objectContaining({ code: "ROW_INVALID" })]);
    expect(problemsOf({ unit: "Hà Nội" } as never)).toEqual([expect.objectContaining({ code: "ROW_INVALID" })]);
  });

  it("DATE_INVALID, DATE_OUT_OF_RANGE and OPTION_INVALID for bad options", () => {
    expect(problemsOf(DA_NANG_2024, { to: "2025-7-1" })[0]!.code).toBe("DATE_INVALID");
    expect(problemsOf(DA_NANG_2024, { from: "2025-07-02" })[0]!.code).toBe("DATE_INVALID");
    expect(problemsOf(DA_NANG_2024, { from: "2001-01-01" })[0]!.code).toBe("DATE_OUT_OF_RANGE");
    expect(problemsOf(DA_NANG_2024, { rule: "median" as never })[0]!.code).toBe("OPTION_INVALID");
  });

  it("lists every problem of one input together", () => {
    const problems = problemsOf([
      { unit: "Đà Nẵng", overall: 0.8 },
      { unit: "Quảng Nom", overall: 0.5 },
      { unit: "Đà Nẵng", overall: 0.8 },
      { unit: "p34-01", overall: 0.8 },
      { unit: "Hà Giang", overall: 1.2 },
    ]);
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set(["ROW_INVALID", "UNIT_UNKNOWN", "UNIT_NOT_PREDECESSOR", "UNIT_DUPLICATE", "PREDECESSOR_MISSING"]),
    );
  });

  it("backcast throws BACKCAST_INVALID carrying the problems", () => {
    try {
      backcast([{ unit: "Hồ Chí Minh", overall: 0.8 }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnitsError);
      expect((error as UnitsError).code).toBe("BACKCAST_INVALID");
      expect((error as UnitsError).problems[0]!.code).toBe("PREDECESSOR_MISSING");
      expect((error as UnitsError).message).toContain("[PREDECESSOR_MISSING]");
    }
  });
});

describe("roundTo", () => {
  it("rounds half up in decimal, not in binary", () => {
    expect(roundTo(0.12345)).toBe(0.1235);
    expect(roundTo((0.8335 + 0.5803) / 2)).toBe(0.7069);
    expect(roundTo(0.61234)).toBe(0.6123);
  });
});

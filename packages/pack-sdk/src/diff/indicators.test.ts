import type { Pack } from "../schema/pack";
import { describe, expect, it } from "vitest";
import { indicatorDiff } from "./indicators";

const base: Pack = {
  meta: {
    id: "p",
    version: "1.0.0",
    title: { vi: "P" },
    legalBasis: { decision: "1/QĐ", date: "2022-01-01", issuer: { vi: "Bộ" } },
    years: [2022],
    level: "province",
    engine: "^0.1.0",
    languages: ["vi"],
    coverage: "full",
  },
  agencies: [],
  generalInfo: [],
  inputs: [
    { id: "has_section", label: { vi: "Có chuyên mục" }, unit: "boolean" },
    { id: "households", label: { vi: "Số hộ" }, unit: "count" },
  ],
  indices: [{ code: "I", name: { vi: "Nhận thức số" }, maxPoints: 20, group: "foundation" }],
  indicators: [
    {
      code: "1.1",
      index: "I",
      name: { vi: "Chuyên mục" },
      maxPoints: 10,
      inputs: [{ input: "has_section" }],
      rule: { kind: "boolean", input: "has_section" },
      method: { vi: "…" },
      leadAgency: "Sở TTTT",
      cooperatingAgencies: [],
    },
    {
      code: "1.2",
      index: "I",
      name: { vi: "Hộ" },
      maxPoints: 10,
      inputs: [{ input: "households" }],
      rule: { kind: "boolean", input: "has_section" },
      method: { vi: "…" },
      leadAgency: null,
      cooperatingAgencies: [],
    },
  ],
  aggregation: { overall: "points_over_max", pillars: [], precision: 4 },
  crosswalks: [],
} as Pack;

describe("indicatorDiff", () => {
  it("finds codes added, removed and changed, with the formula before and after", () => {
    const revised: Pack = {
      ...base,
      indicators: [
        { ...base.indicators[0]!, maxPoints: 15, name: { vi: "Chuyên mục về CĐS" } },
        { ...base.indicators[1]!, code: "1.3" },
      ],
    };
    const diff = indicatorDiff(base, revised);
    expect(diff.map((d) => [d.code, d.status])).toEqual([
      ["1.1", "changed"],
      ["1.2", "removed"],
      ["1.3", "added"],
    ]);
    expect(diff[0]!.changes).toEqual([
      { what: "name", before: "Chuyên mục", after: "Chuyên mục về CĐS" },
      { what: "maxPoints", before: "10", after: "15" },
    ]);
  });

  it("renders a changed rule as readable formulas", () => {
    const revised: Pack = {
      ...base,
      indicators: [
        { ...base.indicators[0]!, rule: { kind: "choice", input: "has_section", fractions: { yes: 1, no: 0.5 } } as never },
        base.indicators[1]!,
      ],
    };
    const rule = indicatorDiff(base, revised)[0]!.changes.find((c) => c.what === "rule")!;
    expect(rule.before).toBe("1.1 = Có: Điểm tối đa; Không: 0 điểm");
    expect(rule.after).toContain("1.1 = no: 1/2 × Điểm tối đa");
  });

  it("is empty for the same pack", () => {
    expect(indicatorDiff(base, base)).toEqual([]);
  });
});

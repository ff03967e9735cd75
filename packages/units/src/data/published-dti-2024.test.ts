import { describe, expect, it } from "vitest";
import { backcast } from "../backcast";
import { roundTo } from "../rank";
import { isValidOn, predecessorsOf, unitById } from "../registry";
import { DTI_2024_PUBLISHED as DTI, type PublishedValue } from "./published-dti-2024";

type WithValue = PublishedValue & { overall: number };
const hasValue = (p: PublishedValue): p is WithValue => p.overall !== undefined;
const OLD_VALUES = DTI.cohort63.filter(hasValue);
const NEW_VALUES = DTI.cohort34.filter(hasValue);

describe("published DTI 2024", () => {
  it("names units of the right cohort, each once", () => {
    for (const p of DTI.cohort63) expect(isValidOn(unitById(p.unitId), "2025-06-30"), p.unitId).toBe(true);
    for (const p of DTI.cohort34) expect(isValidOn(unitById(p.unitId), "2025-07-01"), p.unitId).toBe(true);
    expect(new Set(DTI.cohort63.map((p) => p.unitId)).size).toBe(DTI.cohort63.length);
    expect(new Set(DTI.cohort34.map((p) => p.unitId)).size).toBe(DTI.cohort34.length);
  });

  it("orders the published values as their published ranks do", () => {
    const ranked = NEW_VALUES.filter((p) => p.rank !== undefined).sort((a, b) => a.rank! - b.rank!);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.overall).toBeLessThan(ranked[i - 1]!.overall);
  });

  it("says it is incomplete until both cohorts are listed in full", () => {
    const full = DTI.cohort63.length === 63 && DTI.cohort34.length === 34 && OLD_VALUES.length === 63;
    expect(DTI.complete).toBe(full);
  });

  it("reproduces every published 34-unit value whose old provinces' values were all found", () => {
    const found = new Map(OLD_VALUES.map((p) => [p.unitId, p.overall]));
    const checkable = NEW_VALUES.filter((p) => predecessorsOf(p.unitId).every((u) => found.has(u.id)));
    expect(checkable.map((p) => p.unitId)).toContain("p34-48");
    const rows = checkable.flatMap((p) => predecessorsOf(p.unitId).map((u) => ({ unit: u.id, overall: found.get(u.id)! })));
    const result = backcast(rows, { to: "2025-07-01" });
    for (const p of checkable) {
      expect(roundTo(result.units.find((u) => u.unitId === p.unitId)!.overall!), p.unitId).toBe(p.overall);
    }
  });
});

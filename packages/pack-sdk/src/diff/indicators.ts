import { compareCodes } from "@dti/conventions";
import { officialAddress } from "../addresses";
import { renderRule } from "../render";
import type { IndicatorDefinition, Pack } from "../schema/pack";

export type IndicatorChange = "name" | "maxPoints" | "rule" | "index" | "inputs" | "leadAgency" | "provisional";

export interface IndicatorDiffRow {
  code: string;
  status: "added" | "removed" | "changed";
  changes: { what: IndicatorChange; before: string; after: string }[];
  /**
   * The mapping of the newer pack's crosswalk from the older one that names this code, when there is
   * one: a merge (3.2 + 3.3 → 3.2) shows on 3.2's row (its points and rule before and after) and on
   * 3.3's (removed), each with the relation that explains it.
   */
  crosswalk?: { relation: string; from: string[]; to: string[]; note?: string };
}

const text = (i: IndicatorDefinition, what: IndicatorChange, pack: Pack): string => {
  switch (what) {
    case "name":
      return i.name.vi;
    case "maxPoints":
      return i.maxPoints === null ? "?" : String(i.maxPoints);
    case "rule": {
      const address = new Map(i.inputs.map((x) => [x.input, officialAddress(i.code, x)]));
      return renderRule(i.rule, "vi", (id) => address.get(id) ?? pack.inputs.find((p) => p.id === id)?.generalInfo ?? id);
    }
    case "index":
      return i.index;
    case "inputs":
      return i.inputs.map((x) => `${x.address ?? "·"}=${x.input}`).join(", ");
    case "leadAgency":
      return i.leadAgency ?? "—";
    case "provisional":
      return i.provisional ? "tạm xác định" : "xác định";
  }
};

const ASPECTS: IndicatorChange[] = ["name", "index", "maxPoints", "rule", "inputs", "leadAgency", "provisional"];

/**
 * Indicator by indicator and code by code (no crosswalk: the codes of one pack's revisions), what a
 * revision changes: codes added or removed, and for the codes in
 * both, which of name, index, points, rule (as its rendered formula), inputs, lead agency and
 * provisional status differ, with the before and after.
 */
export function indicatorDiff(before: Pack, after: Pack): IndicatorDiffRow[] {
  const a = new Map(before.indicators.map((i) => [i.code, i]));
  const b = new Map(after.indicators.map((i) => [i.code, i]));
  const codes = [...new Set([...a.keys(), ...b.keys()])].sort(compareCodes);
  const mappings = after.crosswalks.find((c) => c.from === before.meta.id)?.indicators ?? [];
  const mappingOf = (code: string, side: "from" | "to") => {
    const m = mappings.find((x) => x[side].includes(code) && x.relation !== "same");
    return m ? { crosswalk: { relation: m.relation, from: m.from, to: m.to, ...(m.note ? { note: m.note } : {}) } } : {};
  };
  return codes.flatMap((code): IndicatorDiffRow[] => {
    const x = a.get(code);
    const y = b.get(code);
    if (!x) return [{ code, status: "added", changes: [], ...mappingOf(code, "to") }];
    if (!y) return [{ code, status: "removed", changes: [], ...mappingOf(code, "from") }];
    const changes = ASPECTS.map((what) => ({ what, before: text(x, what, before), after: text(y, what, after) })).filter(
      (c) => c.before !== c.after,
    );
    return changes.length ? [{ code, status: "changed", changes, ...mappingOf(code, "to") }] : [];
  });
}

import { compareCodes } from "@dti/conventions";
import { officialAddress } from "../addresses";
import { renderRule } from "../render";
import type { IndicatorDefinition, Pack } from "../schema/pack";

export type IndicatorChange = "name" | "maxPoints" | "rule" | "index" | "inputs" | "leadAgency" | "provisional";

export interface IndicatorDiffRow {
  code: string;
  status: "added" | "removed" | "changed";
  changes: { what: IndicatorChange; before: string; after: string }[];
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
  return codes.flatMap((code): IndicatorDiffRow[] => {
    const x = a.get(code);
    const y = b.get(code);
    if (!x) return [{ code, status: "added", changes: [] }];
    if (!y) return [{ code, status: "removed", changes: [] }];
    const changes = ASPECTS.map((what) => ({ what, before: text(x, what, before), after: text(y, what, after) })).filter(
      (c) => c.before !== c.after,
    );
    return changes.length ? [{ code, status: "changed", changes }] : [];
  });
}

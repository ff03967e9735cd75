import type { PackRef, ScoreRequest, ScoreResult } from "@dti/contracts";
import { infoOnlyCodes, inputKeys, type CrosswalkMapping, type Pack } from "@dti/pack-sdk";
import type { Engine } from "./engine";
import { EngineError } from "./errors";
import type { LoadedPack } from "./load";

/**
 * Values and ranks of each unit under two results (two years, two framework versions, or a pack
 * and its what-if variant), their differences, and which parts cannot be compared because the
 * method changed (a series break).
 */
export interface IndexLink {
  from: string[];
  to: string[];
  relation: CrosswalkMapping["relation"];
  comparable: boolean;
  note?: string;
}

export interface UnitSide {
  overall: number;
  rank: number;
  indices: Record<string, { value: number; rank?: number }>;
}

export interface UnitComparison {
  code: string;
  name?: string;
  from: UnitSide | null;
  to: UnitSide | null;
  delta: {
    overall: number | null;
    /** Places gained (positive) or lost (negative). */
    rank: number | null;
    /** Per comparable index of the later result. */
    indices: Record<string, number>;
  };
  /** Where raw data for both periods was scored under both packs: the change split in two. */
  decomposition?: Decomposition;
}

export interface Decomposition {
  /** Overall of the later period under the later pack minus the earlier period under the earlier pack. */
  total: number;
  /** The earlier period's data re-scored under the later pack, minus its official value: the method. */
  method: number;
  /** The later period minus the earlier one, both under the later pack: the province's own progress. */
  progress: number;
}

export interface Comparison {
  from: { pack: PackRef; period: number; basis: ScoreResult["basis"] };
  to: { pack: PackRef; period: number; basis: ScoreResult["basis"] };
  /** The two results were computed under different packs (or pack versions): the series breaks. */
  seriesBreak: boolean;
  indices: IndexLink[];
  /** Plain-language list of what cannot be compared. */
  notComparable: string[];
  units: UnitComparison[];
}

/** How the indices of two packs correspond: identity for one pack, else a crosswalk either way. */
export function linkIndices(from: Pack, to: Pack): { links: IndexLink[]; viaCrosswalk: boolean } {
  if (from.meta.id === to.meta.id)
    return {
      links: to.indices.map((x) => ({
        from: [x.code],
        to: [x.code],
        relation: "same",
        comparable: from.meta.version === to.meta.version || sameIndex(from, to, x.code),
      })),
      viaCrosswalk: false,
    };
  const forward = to.crosswalks.find((c) => c.from === from.meta.id);
  const backward = from.crosswalks.find((c) => c.from === to.meta.id);
  const mappings: CrosswalkMapping[] | undefined =
    forward?.indices ??
    backward?.indices.map((m) => ({
      ...m,
      from: m.to,
      to: m.from,
      relation:
        m.relation === "new"
          ? "removed"
          : m.relation === "removed"
            ? "new"
            : m.relation === "split"
              ? "merged"
              : m.relation === "merged"
                ? "split"
                : m.relation,
    }));
  if (!mappings) return { links: [], viaCrosswalk: false };
  return {
    links: mappings.map((m) => ({
      from: m.from,
      to: m.to,
      relation: m.relation,
      comparable: m.relation === "same" || m.relation === "renamed",
      ...(m.note ? { note: m.note } : {}),
    })),
    viaCrosswalk: true,
  };
}

function sameIndex(from: Pack, to: Pack, code: string): boolean {
  const a = from.indices.find((x) => x.code === code);
  const b = to.indices.find((x) => x.code === code);
  return a !== undefined && b !== undefined && a.maxPoints === b.maxPoints;
}

function side(unit: ScoreResult["units"][number] | undefined): UnitSide | null {
  if (!unit) return null;
  return {
    overall: unit.overall,
    rank: unit.rank,
    indices: Object.fromEntries(
      Object.entries(unit.indices).map(([code, v]) => [code, { value: v.value, ...(v.rank !== undefined ? { rank: v.rank } : {}) }]),
    ),
  };
}

export function compareResults(from: { result: ScoreResult; pack: Pack }, to: { result: ScoreResult; pack: Pack }): Comparison {
  const { links, viaCrosswalk } = linkIndices(from.pack, to.pack);
  const samePack = from.pack.meta.id === to.pack.meta.id;
  const seriesBreak = !samePack || from.result.pack.hash !== to.result.pack.hash;
  const notComparable: string[] = [];
  if (!samePack && !viaCrosswalk)
    notComparable.push(
      `${to.pack.meta.id} declares no crosswalk from ${from.pack.meta.id} (nor the reverse): only overall values are compared`,
    );
  for (const link of links.filter((l) => !l.comparable))
    notComparable.push(
      `${link.from.join(" + ") || "—"} → ${link.to.join(" + ") || "—"} (${link.relation})${link.note ? `: ${link.note}` : ""}`,
    );
  if (seriesBreak && !samePack)
    notComparable.push(
      `overall: the method changed from ${from.pack.meta.id} to ${to.pack.meta.id}; the difference mixes method and progress`,
    );

  const codes = [...new Set([...from.result.units.map((u) => u.code), ...to.result.units.map((u) => u.code)])];
  const common = codes.filter((c) => from.result.units.some((u) => u.code === c) && to.result.units.some((u) => u.code === c));
  if (common.length === 0)
    throw new EngineError("COMPARE_INVALID", "the two results have no unit in common; back-cast one of them to the other's units first");

  const units = codes.map((code): UnitComparison => {
    const a = from.result.units.find((u) => u.code === code);
    const b = to.result.units.find((u) => u.code === code);
    const indices: Record<string, number> = {};
    for (const link of links) {
      if (!link.comparable || link.from.length !== 1 || link.to.length !== 1) continue;
      const x = a?.indices[link.from[0]!]?.value;
      const y = b?.indices[link.to[0]!]?.value;
      if (x !== undefined && y !== undefined) indices[link.to[0]!] = y - x;
    }
    const name = b?.name ?? a?.name;
    return {
      code,
      ...(name ? { name } : {}),
      from: side(a),
      to: side(b),
      delta: {
        overall: a && b ? b.overall - a.overall : null,
        rank: a && b ? a.rank - b.rank : null,
        indices,
      },
    };
  });
  return {
    from: { pack: from.result.pack, period: from.result.period, basis: from.result.basis },
    to: { pack: to.result.pack, period: to.result.period, basis: to.result.basis },
    seriesBreak,
    indices: links,
    notComparable,
    units,
  };
}

/**
 * Splits the change between two periods into method and progress: the earlier period's raw data
 * is re-scored under the later pack. Both packs must score raw inputs; inputs the later pack does
 * not know are reported as warnings (lenient), not silently dropped.
 */
export function decompose(
  engine: Engine,
  from: { pack: LoadedPack; data: ScoreRequest },
  to: { pack: LoadedPack; data: ScoreRequest },
): { byUnit: Map<string, Decomposition>; rescored: ScoreResult; official: { from: ScoreResult; to: ScoreResult } } {
  for (const side of [from, to])
    if (side.pack.pack.meta.coverage !== "full")
      throw new EngineError(
        "PACK_COVERAGE",
        `${side.pack.ref.id} does not score raw inputs, so the change cannot be split into method and progress`,
      );
  const strip = (request: ScoreRequest): ScoreRequest => ({ period: request.period, units: request.units });
  const officialFrom = engine.score(from.pack, strip(from.data), { mode: "lenient", explain: false });
  const officialTo = engine.score(to.pack, strip(to.data), { mode: "lenient", explain: false });
  // Lenient allows missing inputs only: keys the later pack does not know are left out of the
  // re-scoring and reported as warnings (until an input-level mapping replaces this).
  const known = inputKeys(to.pack.pack);
  const info = infoOnlyCodes(to.pack.pack, known);
  const left: { unit: string; key: string }[] = [];
  const rescoredData = {
    period: from.data.period,
    units: from.data.units.map((unit) => ({
      ...unit,
      inputs: Object.fromEntries(
        Object.entries(unit.inputs).filter(([key]) => known.has(key) || info.has(key) || (left.push({ unit: unit.code, key }), false)),
      ),
    })),
  };
  const rescored = engine.score(to.pack, rescoredData, { mode: "lenient", explain: false });
  for (const { unit, key } of left)
    rescored.warnings.push({
      code: "INPUT_UNKNOWN",
      unit,
      input: key,
      message: `unit ${unit}: "${key}" is not an input of ${to.pack.ref.id}; left out of the re-scoring`,
    });
  const byUnit = new Map<string, Decomposition>();
  for (const unit of officialTo.units) {
    const before = officialFrom.units.find((u) => u.code === unit.code);
    const again = rescored.units.find((u) => u.code === unit.code);
    if (!before || !again) continue;
    byUnit.set(unit.code, {
      total: unit.overall - before.overall,
      method: again.overall - before.overall,
      progress: unit.overall - again.overall,
    });
  }
  return { byUnit, rescored, official: { from: officialFrom, to: officialTo } };
}

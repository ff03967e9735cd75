import { compareCodes } from "@dti/conventions";
import { addressOf } from "../addresses";
import { canonicalJson } from "../canonical-json";
import { renderRule } from "../render";
import type { CrosswalkMapping, IndicatorDefinition, Pack } from "../schema/pack";
import { inputKey } from "../input-key";
import type { LocalizedText } from "../schema/text";

/**
 * What changed between two packs: indices and indicators added, removed, renamed, re-weighted,
 * moved or with a changed rule, and the points that moved between indices. Codes are matched
 * through the newer pack's crosswalk from the older one when it has one, else by code.
 */
export interface PackDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  /** Whether the newer pack's crosswalk was used to match codes. */
  crosswalk: boolean;
  indices: ItemDiff;
  indicators: ItemDiff & {
    /** `extendsOnly`: a choice rule that only scores new options (existing scores do not change). */
    ruleChanged: { code: string; fromCode: string; from: LocalizedTextPair; to: LocalizedTextPair; extendsOnly?: true }[];
    moved: { code: string; fromCode: string; fromIndex: string; toIndex: string }[];
  };
  /** Max points per index, before and after (null where unknown), and the difference. */
  points: { index: string; from: number | null; to: number | null; delta: number | null }[];
  /**
   * Items of the older pack that a partial newer pack (coverage other than "full") simply does not
   * list: unknown, not known to be removed. Only a crosswalk's "removed" says they are gone.
   */
  notListed: { level: "indices" | "indicators"; code: string; name: string }[];
  /**
   * Split and merged items (from the crosswalk), which have no one-to-one counterpart, with every
   * side: each code before and after with its name, points and (indicators) rule, or null where the
   * code is not in that pack (3.2 + 3.3 merged into 3.2: 3.3 is gone after).
   */
  restructured: {
    level: "indices" | "indicators";
    relation: string;
    from: string[];
    to: string[];
    note?: string;
    before: RestructuredSide[];
    after: RestructuredSide[];
  }[];
  /** Inputs added, removed, accepting something else (unit, range, options, constant), or with new choice options. */
  inputs: {
    added: string[];
    removed: string[];
    changed: { id: string; from: string; to: string }[];
    optionsAdded: { id: string; values: string[] }[];
  };
  /** Whether anything but the version differs (texts included). */
  contentChanged: boolean;
}

/** One code of a split or merge, in one of the two packs. */
export interface RestructuredSide {
  code: string;
  name: string;
  maxPoints: number | null;
  rule?: LocalizedTextPair;
}

interface LocalizedTextPair {
  vi: string;
  en: string;
}

interface ItemDiff {
  added: { code: string; name: string; maxPoints: number | null }[];
  removed: { code: string; name: string; maxPoints: number | null }[];
  renamed: { code: string; fromCode: string; from: string; to: string }[];
  reweighted: { code: string; fromCode: string; from: number | null; to: number | null }[];
}

interface Item {
  code: string;
  name: LocalizedText;
  maxPoints: number | null;
}

function matchItems<T extends Item>(
  older: readonly T[],
  newer: readonly T[],
  mappings: readonly CrosswalkMapping[] | undefined,
  level: "indices" | "indicators",
  restructured: PackDiff["restructured"],
): { pairs: [T, T][]; added: T[]; removed: T[] } {
  const olderBy = new Map(older.map((x) => [x.code, x]));
  const newerBy = new Map(newer.map((x) => [x.code, x]));
  const pairs: [T, T][] = [];
  const usedOld = new Set<string>();
  const usedNew = new Set<string>();
  for (const m of mappings ?? []) {
    if (m.from.length === 1 && m.to.length === 1 && ["same", "renamed", "changed"].includes(m.relation)) {
      const a = olderBy.get(m.from[0]!);
      const b = newerBy.get(m.to[0]!);
      if (a && b) {
        pairs.push([a, b]);
        usedOld.add(a.code);
        usedNew.add(b.code);
      }
    } else if (m.relation === "split" || m.relation === "merged" || (m.from.length > 0 && m.to.length > 0)) {
      restructured.push({
        level,
        relation: m.relation,
        from: m.from,
        to: m.to,
        ...(m.note ? { note: m.note } : {}),
        before: [],
        after: [],
      });
      m.from.forEach((c) => usedOld.add(c));
      m.to.forEach((c) => usedNew.add(c));
    }
  }
  // Without a mapping, an item keeps its code.
  for (const b of newer) {
    if (usedNew.has(b.code)) continue;
    const a = olderBy.get(b.code);
    if (a && !usedOld.has(a.code)) {
      pairs.push([a, b]);
      usedOld.add(a.code);
      usedNew.add(b.code);
    }
  }
  return {
    pairs,
    added: newer.filter((x) => !usedNew.has(x.code)),
    removed: older.filter((x) => !usedOld.has(x.code)),
  };
}

function itemDiff<T extends Item>(match: { pairs: [T, T][]; added: T[]; removed: T[] }): ItemDiff {
  const brief = (x: T) => ({ code: x.code, name: x.name.vi, maxPoints: x.maxPoints });
  return {
    added: match.added.map(brief),
    removed: match.removed.map(brief),
    renamed: match.pairs
      .filter(([a, b]) => a.name.vi !== b.name.vi || a.code !== b.code)
      .map(([a, b]) => ({ code: b.code, fromCode: a.code, from: a.name.vi, to: b.name.vi })),
    reweighted: match.pairs
      .filter(([a, b]) => a.maxPoints !== b.maxPoints)
      .map(([a, b]) => ({ code: b.code, fromCode: a.code, from: a.maxPoints, to: b.maxPoints })),
  };
}

export function diffPacks(older: Pack, newer: Pack): PackDiff {
  const crosswalk = newer.crosswalks.find((c) => c.from === older.meta.id);
  const restructured: PackDiff["restructured"] = [];
  const indexMatch = matchItems(older.indices, newer.indices, crosswalk?.indices, "indices", restructured);
  const indicatorMatch = matchItems(older.indicators, newer.indicators, crosswalk?.indicators, "indicators", restructured);
  const indexPairs = new Map(indexMatch.pairs.map(([a, b]) => [a.code, b.code]));
  const rule = (pack: Pack, code: string) => {
    const x = pack.indicators.find((i) => i.code === code)!;
    const byAddress = (id: string) => addressOf(x, id);
    return { vi: renderRule(x.rule, "vi", byAddress), en: renderRule(x.rule, "en", byAddress) };
  };
  const sort = <T extends { code: string }>(items: T[]) => items.sort((a, b) => compareCodes(a.code, b.code));
  // A pack that does not score raw inputs lists only the indicators its sources name: an older
  // indicator it does not list is unknown there, not removed, unless its crosswalk says "removed".
  const partial = newer.meta.coverage !== "full";
  const explicitlyRemoved = new Set((crosswalk?.indicators ?? []).filter((m) => m.relation === "removed").flatMap((m) => m.from));
  const notListed = partial ? indicatorMatch.removed.filter((x) => !explicitlyRemoved.has(x.code)) : [];
  if (partial) indicatorMatch.removed = indicatorMatch.removed.filter((x) => explicitlyRemoved.has(x.code));
  const indicators = itemDiff(indicatorMatch);
  const points = [...new Set([...older.indices.map((x) => indexPairs.get(x.code) ?? x.code), ...newer.indices.map((x) => x.code)])].map(
    (code) => {
      const fromCode = [...indexPairs.entries()].find(([, to]) => to === code)?.[0] ?? code;
      const from = older.indices.find((x) => x.code === fromCode)?.maxPoints ?? null;
      const to = newer.indices.find((x) => x.code === code)?.maxPoints ?? null;
      return { index: code, from, to, delta: from !== null && to !== null ? to - from : null };
    },
  );
  // Every side of a split or merge: each code before and after, its points and rule.
  const sideOf = (pack: Pack, level: "indices" | "indicators", code: string): RestructuredSide[] => {
    if (level === "indices") {
      const x = pack.indices.find((i) => i.code === code);
      return x ? [{ code, name: x.name.vi, maxPoints: x.maxPoints }] : [];
    }
    const x = pack.indicators.find((i) => i.code === code);
    return x ? [{ code, name: x.name.vi, maxPoints: x.maxPoints, rule: rule(pack, code) }] : [];
  };
  for (const r of restructured) {
    r.before = r.from.flatMap((code) => sideOf(older, r.level, code));
    r.after = r.to.flatMap((code) => sideOf(newer, r.level, code));
  }
  const olderInputs = new Map(older.inputs.map((x) => [x.id, x]));
  const newerInputs = new Map(newer.inputs.map((x) => [x.id, x]));
  const inputs: PackDiff["inputs"] = { added: [], removed: [], changed: [], optionsAdded: [] };
  for (const [id, a] of olderInputs) {
    const b = newerInputs.get(id);
    if (!b) {
      inputs.removed.push(id);
      continue;
    }
    if (inputKey(a) === inputKey(b)) continue;
    const before = a.options?.map((o) => o.value) ?? [];
    const after = b.options?.map((o) => o.value) ?? [];
    const grown =
      inputKey({ ...a, options: undefined }) === inputKey({ ...b, options: undefined }) && before.every((v) => after.includes(v));
    if (grown && after.length > before.length) inputs.optionsAdded.push({ id, values: after.filter((v) => !before.includes(v)) });
    else inputs.changed.push({ id, from: inputKey(a), to: inputKey(b) });
  }
  for (const id of newerInputs.keys()) if (!olderInputs.has(id)) inputs.added.push(id);
  const withoutVersion = (pack: Pack) => canonicalJson({ ...pack, meta: { ...pack.meta, version: "" } });
  return {
    from: { id: older.meta.id, version: older.meta.version },
    to: { id: newer.meta.id, version: newer.meta.version },
    crosswalk: crosswalk !== undefined,
    indices: itemDiff(indexMatch),
    indicators: {
      added: sort(indicators.added),
      removed: sort(indicators.removed),
      renamed: sort(indicators.renamed),
      reweighted: sort(indicators.reweighted),
      ruleChanged: sort(
        indicatorMatch.pairs
          .filter(([a, b]) => canonicalJson(a.rule) !== canonicalJson(b.rule))
          .map(([a, b]) => ({
            code: b.code,
            fromCode: a.code,
            from: rule(older, a.code),
            to: rule(newer, b.code),
            ...(extendsOnly(a, b) ? { extendsOnly: true as const } : {}),
          })),
      ),
      moved: sort(
        indicatorMatch.pairs
          .filter(([a, b]) => (indexPairs.get(a.index) ?? a.index) !== b.index)
          .map(([a, b]) => ({ code: b.code, fromCode: a.code, fromIndex: a.index, toIndex: b.index })),
      ),
    },
    points,
    notListed: notListed.map((x) => ({ level: "indicators" as const, code: x.code, name: x.name.vi })),
    restructured,
    inputs,
    contentChanged: withoutVersion(older) !== withoutVersion(newer),
  };
}

/** A choice rule that only gives fractions to new options, the old ones unchanged: existing scores stay. */
function extendsOnly(a: IndicatorDefinition, b: IndicatorDefinition): boolean {
  if (a.rule.kind !== "choice" || b.rule.kind !== "choice" || a.rule.input !== b.rule.input) return false;
  const before = a.rule.fractions;
  const after = b.rule.fractions;
  return Object.entries(before).every(([k, v]) => after[k] === v) && Object.keys(after).length > Object.keys(before).length;
}

import type { PackRef, ScoreRequest, ScoreResult, ScoreWarning } from "@dti/contracts";
import { canonicalJson, inputUses, type CrosswalkMapping, type IndicatorDefinition, type Pack } from "@dti/pack-sdk";
import type { Engine } from "./engine";
import { EngineError } from "./errors";
import { carryOver, normaliseKeys, planInputs, type InputPlan, type InputRoute } from "./input-map";
import type { LoadedPack } from "./load";
import type { ScoreMode } from "./score-cohort";
import { applyVariant } from "./variant";

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

/**
 * One unit's change, split exactly: total = method + progress + Σ notComparable[].contribution.
 * Method and progress are computed over the indicators that are comparable or changed AND whose
 * inputs the earlier data supplies (through the input mapping); everything else is listed, with its
 * points, as not comparable — never as progress.
 */
export interface Decomposition {
  /** Overall of the later period under the later pack minus the earlier period under the earlier pack. */
  total: number;
  /** Over the re-scorable indicators: the earlier period's data under the later pack minus under the earlier pack. */
  method: number;
  /** Over the re-scorable indicators: the later period minus the earlier one, both under the later pack. */
  progress: number;
  /** What the indicators that cannot be re-scored add to the total (new ones' points, minus removed ones'). */
  notComparable: number;
  /** Those indicators: their points on each side (null where the side has none) and share of the overall change. */
  items: {
    from: string[];
    to: string[];
    class: IndicatorClass;
    points: { from: number | null; to: number | null };
    contribution: number;
  }[];
}

/** How an indicator (or a group of them, for a split or merge) of the later pack relates to the earlier. */
export type IndicatorClass = "comparable" | "changed" | "new" | "removed";

export interface IndicatorLink {
  /** Top-level indicator codes of the earlier pack (empty for a new indicator). */
  from: string[];
  /** Top-level indicator codes of the later pack (empty for a removed one). */
  to: string[];
  /** comparable: same points and rule (inputs mapped); changed: points, rule or grouping differ; new; removed. */
  class: IndicatorClass;
  /** The crosswalk's relation, or "code" when paired by equal codes (same pack, variant, no indicator crosswalk). */
  relation: CrosswalkMapping["relation"] | "code";
  /** Max points on each side (Σ over the group). */
  max: { from: number; to: number };
  /** The earlier data supplies every input the later indicators read: the group is in the method/progress split. */
  rescorable: boolean;
  /** Why the group is not comparable or not re-scorable, in English and Vietnamese. */
  reason?: { vi: string; en: string };
  note?: string;
}

/** A warning of a comparison or decomposition, in Vietnamese and English. */
export interface ComparabilityWarning {
  code:
    "NOT_COMPARABLE" | "NO_EARLIER_DATA" | "INPUTS_NOT_CARRIED" | "PAIRED_BY_CODE" | "CROSSWALK_CONTENT" | "RESCORE_WARNING" | "RESIDUAL";
  vi: string;
  en: string;
  indicators?: string[];
  inputs?: string[];
}

/** What two packs allow a decomposition to compare, before any data: indicator classes and input routes. */
export interface Comparability {
  from: string;
  to: string;
  indicators: IndicatorLink[];
  inputs: InputPlan;
  /** Points of the later pack in the split, and outside it. */
  points: { rescorable: number; notComparable: number; total: number };
  warnings: ComparabilityWarning[];
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

/** Indicators that count towards the overall: top level (no parent), in a scored index. */
function scoredTopLevel(pack: Pack): IndicatorDefinition[] {
  const scored = new Set(pack.indices.filter((x) => x.group !== "unscored" && (x.maxPoints ?? 0) > 0).map((x) => x.code));
  return pack.indicators.filter((x) => !x.parent && scored.has(x.index));
}

/** The top-level indicator a code belongs to (5.12.1 → 5.12). */
function topOf(pack: Pack, code: string): string {
  let x = pack.indicators.find((i) => i.code === code);
  while (x?.parent) x = pack.indicators.find((i) => i.code === x!.parent);
  return x?.code ?? code;
}

/** An indicator and its sub-indicators as data, with the later pack's input ids read as the earlier ones. */
function content(pack: Pack, code: string, rename: (id: string) => string): string {
  const ids = new Set(pack.inputs.map((x) => x.id));
  const own = pack.indicators.filter((x) => x.code === code || x.parent === code).sort((a, b) => (a.code < b.code ? -1 : 1));
  return canonicalJson(own.map((x) => ({ code: x.code, maxPoints: x.maxPoints, rule: x.rule }))).replace(
    /"([a-z][a-z0-9_]*)"/g,
    (all, id: string) => (ids.has(id) ? `"${rename(id)}"` : all),
  );
}

function inputsRead(pack: Pack, codes: readonly string[]): string[] {
  const all = pack.indicators.filter((x) => codes.includes(x.code) || (x.parent !== undefined && codes.includes(topOf(pack, x.code))));
  return [...new Set(all.flatMap((x) => inputUses(x.rule).map((u) => u.input)))];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Classes each top-level indicator of two packs (comparable / changed / new / removed) and says
 * which groups the earlier data can be re-scored on. The indicator crosswalk of the later pack (or of
 * the earlier, reversed) pairs them where it has entries; codes it does not mention pair by equal code.
 */
export function comparability(from: Pack, to: Pack, plan: InputPlan = planInputs(from, to)): Comparability {
  const warnings: ComparabilityWarning[] = [];
  const topFrom = scoredTopLevel(from);
  const topTo = scoredTopLevel(to);
  const maxFrom = new Map(topFrom.map((x) => [x.code, x.maxPoints ?? 0]));
  const maxTo = new Map(topTo.map((x) => [x.code, x.maxPoints ?? 0]));
  const route = new Map(plan.routes.map((r) => [r.input, r]));
  const rename = (id: string) => {
    const r = route.get(id);
    if (r) return r.relation === "same" || r.relation === "renamed" ? r.from! : `${id}§${r.relation}`;
    // A constant of the method text (or a text input) is the same when the earlier pack fixes it alike.
    const a = from.inputs.find((x) => x.id === id);
    const b = to.inputs.find((x) => x.id === id);
    return a && b && a.unit === b.unit && a.constant === b.constant ? id : `${id}§constant`;
  };

  const mappings: { from: string[]; to: string[]; relation: IndicatorLink["relation"]; note?: string }[] = [];
  if (from.meta.id !== to.meta.id) {
    const forward = to.crosswalks.find((c) => c.from === from.meta.id)?.indicators;
    const backward = from.crosswalks.find((c) => c.from === to.meta.id)?.indicators;
    const declared = forward?.length ? forward : backward?.length ? backward.map(reverse) : [];
    for (const m of declared) {
      const f = [...new Set(m.from.map((c) => topOf(from, c)))].filter((c) => maxFrom.has(c));
      const t = [...new Set(m.to.map((c) => topOf(to, c)))].filter((c) => maxTo.has(c));
      if (f.length === 0 && t.length === 0) continue;
      mappings.push({ from: f, to: t, relation: m.relation, ...(m.note ? { note: m.note } : {}) });
    }
  }
  const coveredFrom = new Set(mappings.flatMap((m) => m.from));
  const coveredTo = new Set(mappings.flatMap((m) => m.to));
  const byCode: string[] = [];
  for (const x of topTo) {
    if (coveredTo.has(x.code)) continue;
    if (maxFrom.has(x.code) && !coveredFrom.has(x.code)) {
      mappings.push({ from: [x.code], to: [x.code], relation: "code" });
      byCode.push(x.code);
      coveredFrom.add(x.code);
    } else mappings.push({ from: [], to: [x.code], relation: "new" });
  }
  for (const x of topFrom) if (!coveredFrom.has(x.code)) mappings.push({ from: [x.code], to: [], relation: "removed" });
  if (from.meta.id !== to.meta.id && byCode.length > 0 && coveredTo.size > 0)
    warnings.push({
      code: "PAIRED_BY_CODE",
      vi: `${byCode.length} chỉ tiêu không có trong bảng chuyển đổi (crosswalk) nên được ghép theo mã trùng nhau`,
      en: `${byCode.length} indicator(s) the crosswalk does not mention were paired by equal code`,
      indicators: byCode,
    });

  const indicators = mappings.map((m): IndicatorLink => {
    const max = { from: sum(m.from.map((c) => maxFrom.get(c) ?? 0)), to: sum(m.to.map((c) => maxTo.get(c) ?? 0)) };
    const note = m.note ? { note: m.note } : {};
    if (m.to.length === 0)
      return {
        from: m.from,
        to: [],
        class: "removed",
        relation: m.relation,
        max,
        rescorable: false,
        reason: { vi: `không còn trong ${to.meta.id}`, en: `not in ${to.meta.id}` },
        ...note,
      };
    const missing = inputsRead(to, m.to).filter((id) => (route.get(id)?.relation ?? "same") === "none");
    const noData = missing.length > 0 ? missing : [];
    if (m.from.length === 0)
      return {
        from: [],
        to: m.to,
        class: "new",
        relation: m.relation,
        max,
        rescorable: false,
        reason: { vi: `mới trong ${to.meta.id}: không có trong ${from.meta.id}`, en: `new in ${to.meta.id}: not in ${from.meta.id}` },
        ...note,
      };
    const same = m.from.length === 1 && m.to.length === 1 && content(from, m.from[0]!, (id) => id) === content(to, m.to[0]!, rename);
    if (same !== (m.relation === "same" || m.relation === "renamed" || m.relation === "code") && m.relation !== "code")
      warnings.push({
        code: "CROSSWALK_CONTENT",
        vi: `bảng chuyển đổi ghi ${m.from.join(" + ")} → ${m.to.join(" + ")} là "${m.relation}" nhưng điểm, quy tắc hoặc dữ liệu đầu vào ${same ? "không đổi" : "đã thay đổi"}: xếp loại theo nội dung`,
        en: `the crosswalk calls ${m.from.join(" + ")} → ${m.to.join(" + ")} "${m.relation}" but its points, rule or inputs ${same ? "did not change" : "changed"}: classed by content`,
        indicators: m.to,
      });
    return {
      from: m.from,
      to: m.to,
      class: same ? "comparable" : "changed",
      relation: m.relation,
      max,
      rescorable: noData.length === 0,
      ...(noData.length > 0
        ? {
            reason: {
              vi: `${from.meta.id} không có số liệu cho ${noData.join(", ")}`,
              en: `${from.meta.id} has no data for ${noData.join(", ")}`,
            },
          }
        : {}),
      ...note,
    };
  });

  const outside = indicators.filter((l) => !l.rescorable);
  for (const l of outside)
    warnings.push({
      code: "NOT_COMPARABLE",
      vi: `${describe(l)} (${l.class === "removed" ? `${l.max.from} điểm trong ${from.meta.id}` : `${l.max.to} điểm`}): ${l.reason!.vi}; điểm của chỉ tiêu này được liệt kê riêng là "không so sánh được", không tính vào tiến bộ`,
      en: `${describe(l)} (${l.class === "removed" ? `${l.max.from} points in ${from.meta.id}` : `${l.max.to} points`}): ${l.reason!.en}; its points are listed as not comparable, never as progress`,
      indicators: [...l.from, ...l.to],
    });
  const noEarlier = plan.routes.filter((r) => r.relation === "none").map((r) => r.input);
  if (noEarlier.length > 0)
    warnings.push({
      code: "NO_EARLIER_DATA",
      vi: `${noEarlier.length} dữ liệu đầu vào của ${to.meta.id} không có số liệu tương ứng trong ${from.meta.id}: ${noEarlier.join(", ")}`,
      en: `${noEarlier.length} input(s) of ${to.meta.id} have no earlier data in ${from.meta.id}: ${noEarlier.join(", ")}`,
      inputs: noEarlier,
    });
  if (plan.unused.length > 0)
    warnings.push({
      code: "INPUTS_NOT_CARRIED",
      vi: `${plan.unused.length} dữ liệu đầu vào của ${from.meta.id} không được ${to.meta.id} sử dụng nên không chuyển sang: ${plan.unused.join(", ")}`,
      en: `${plan.unused.length} input(s) of ${from.meta.id} are not read by ${to.meta.id} and are not carried over: ${plan.unused.join(", ")}`,
      inputs: plan.unused,
    });
  const total = sum(topTo.map((x) => x.maxPoints ?? 0));
  const rescorable = sum(indicators.filter((l) => l.rescorable).map((l) => l.max.to));
  return {
    from: from.meta.id,
    to: to.meta.id,
    indicators,
    inputs: plan,
    points: { rescorable, notComparable: total - rescorable, total },
    warnings,
  };
}

function describe(l: IndicatorLink): string {
  return l.class === "new" ? l.to.join(" + ") : l.class === "removed" ? l.from.join(" + ") : `${l.from.join(" + ")} → ${l.to.join(" + ")}`;
}

function reverse(m: CrosswalkMapping): CrosswalkMapping {
  const relation = ({ new: "removed", removed: "new", split: "merged", merged: "split" } as const)[m.relation as "new"] ?? m.relation;
  return { ...m, from: m.to, to: m.from, relation };
}

export interface DecompositionReport {
  byUnit: Map<string, Decomposition>;
  comparability: Comparability;
  /** The earlier period's data re-scored under the later pack, on the re-scorable indicators only. */
  rescored: ScoreResult;
  official: { from: ScoreResult; to: ScoreResult };
  /** Comparability warnings, then those of the re-scoring (lenient mode's missing inputs, …): none is dropped. */
  warnings: ComparabilityWarning[];
}

/**
 * Splits the change between two periods into method and progress. The earlier period's data is
 * keyed by input id (whatever key style it came in), carried to the later pack's inputs by the input
 * mapping, and re-scored — in the same mode as the official results, never more leniently — under
 * the later pack reduced to the indicators the earlier data can feed. Method and progress are summed
 * over those indicators only; new, removed and un-feedable indicators are listed with their points.
 */
export function decompose(
  engine: Engine,
  from: { pack: LoadedPack; data: ScoreRequest },
  to: { pack: LoadedPack; data: ScoreRequest },
  options: { mode?: ScoreMode } = {},
): DecompositionReport {
  for (const side of [from, to])
    if (side.pack.pack.meta.coverage !== "full")
      throw new EngineError(
        "PACK_COVERAGE",
        `${side.pack.ref.id} does not score raw inputs, so the change cannot be split into method and progress`,
      );
  const mode = options.mode ?? "strict";
  const P = from.pack.pack;
  const Q = to.pack.pack;
  const plan = planInputs(P, Q);
  const links = comparability(P, Q, plan);
  const dataFrom = normaliseKeys(P, { period: from.data.period, units: from.data.units });
  const dataTo = normaliseKeys(Q, { period: to.data.period, units: to.data.units });
  const officialFrom = engine.score(from.pack, dataFrom, { mode, explain: false });
  const officialTo = engine.score(to.pack, dataTo, { mode, explain: false });

  // The later pack without what the earlier data cannot feed, so that strict re-scoring asks for
  // nothing the earlier framework did not collect.
  const drop = links.indicators.filter((l) => !l.rescorable).flatMap((l) => l.to);
  const reduced =
    drop.length === 0
      ? to.pack
      : engine.load(
          applyVariant(Q, {
            format: "dti-variant@1",
            id: "rescorable",
            base: Q.meta.id,
            title: { vi: "chỉ các chỉ tiêu tính lại được" },
            changes: drop.map((indicator) => ({ op: "remove_indicator" as const, indicator })),
          }),
        );
  const reads = new Set(reduced.pack.inputs.map((x) => x.id));
  const carried = carryOver(plan, P, dataFrom, reads);
  const rescored = engine.score(reduced, carried, { mode, explain: false });

  const points = (result: ScoreResult, code: string, codes: readonly string[]) => {
    const unit = result.units.find((u) => u.code === code);
    return unit ? sum(codes.map((c) => unit.indicators?.[c]?.points ?? 0)) : 0;
  };
  const byUnit = new Map<string, Decomposition>();
  const split = links.indicators.filter((l) => l.rescorable);
  const outside = links.indicators.filter((l) => !l.rescorable);
  const residuals: string[] = [];
  for (const unit of officialTo.units) {
    const before = officialFrom.units.find((u) => u.code === unit.code);
    const again = rescored.units.find((u) => u.code === unit.code);
    if (!before || !again) continue;
    const maxP = before.max;
    const maxQ = unit.max;
    let method = 0;
    let progress = 0;
    for (const l of split) {
      const p0 = points(officialFrom, unit.code, l.from);
      const q0 = points(rescored, unit.code, l.to);
      const q1 = points(officialTo, unit.code, l.to);
      method += q0 / maxQ - p0 / maxP;
      progress += (q1 - q0) / maxQ;
    }
    const items = outside.map((l) => {
      const p0 = l.from.length > 0 ? points(officialFrom, unit.code, l.from) : null;
      const q1 = l.to.length > 0 ? points(officialTo, unit.code, l.to) : null;
      return {
        from: l.from,
        to: l.to,
        class: l.class,
        points: { from: p0, to: q1 },
        contribution: (q1 ?? 0) / maxQ - (p0 ?? 0) / maxP,
      };
    });
    const notComparable = sum(items.map((i) => i.contribution));
    const total = unit.overall - before.overall;
    if (Math.abs(method + progress + notComparable - total) > 1e-9) residuals.push(unit.code);
    byUnit.set(unit.code, { total, method, progress, notComparable, items });
  }
  const warnings: ComparabilityWarning[] = [...links.warnings];
  // Re-scoring an earlier year under a later pack is outside the later pack's years by design.
  for (const w of (rescored.warnings as ScoreWarning[]).filter((w) => w.code !== "PERIOD_OUTSIDE_PACK"))
    warnings.push({
      code: "RESCORE_WARNING",
      vi: `tính lại số liệu ${from.data.period} theo ${Q.meta.id}: ${w.message}`,
      en: `re-scoring ${from.data.period} under ${Q.meta.id}: ${w.message}`,
      ...(w.indicator ? { indicators: [w.indicator] } : {}),
      ...(w.input ? { inputs: [w.input] } : {}),
    });
  if (residuals.length > 0)
    warnings.push({
      code: "RESIDUAL",
      vi: `phương pháp + tiến bộ + phần không so sánh được không bằng tổng thay đổi với ${residuals.join(", ")} (chỉ số tổng hợp không phải tổng điểm / tổng điểm tối đa?)`,
      en: `method + progress + not comparable does not add up to the total change for ${residuals.join(", ")} (an overall that is not points over max?)`,
    });
  return { byUnit, comparability: links, rescored, official: { from: officialFrom, to: officialTo }, warnings };
}

export type { InputPlan, InputRoute };

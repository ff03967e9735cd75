import type { AggregateValue, IndicatorResult, Localized, PackRef, ScoreResult, UnitResult } from "@dti/contracts";
import type { CompiledPack } from "./compile-pack";
import { explainIndicator, ruleText } from "./explain";
import { compareCodes } from "@dti/conventions";
import { rowOf, STATUS_MISSING, STATUS_NOT_SCORED, type ScoreMode, type ScoredCohort } from "./score-cohort";

const STATUS_NAMES = ["scored", "missing", "not_scored"] as const;

function share(points: number, max: number): number {
  return max > 0 ? points / max : 0;
}

/** Index, pillar and overall values of one unit, shared by raw scoring and index aggregation. */
export function unitAggregates(
  pack: CompiledPack,
  scored: Pick<ScoredCohort, "indexPoints" | "totalPoints" | "overall" | "ranks" | "indexRanks" | "pillarPoints" | "pillarRanks">,
  u: number,
): Pick<UnitResult, "overall" | "rank" | "points" | "max" | "indices" | "pillars"> {
  const q = pack.indexCodes.length;
  const indices: Record<string, AggregateValue> = {};
  pack.indexCodes.forEach((code, i) => {
    const points = scored.indexPoints[u * q + i]!;
    const max = pack.indexMax[i]!;
    indices[code] = { points, max, value: share(points, max), ...(pack.indexScored[i] ? { rank: scored.indexRanks[i]![u]! } : {}) };
  });
  const pillars: Record<string, AggregateValue> = {};
  pack.pillars.forEach((pillar, p) => {
    const points = scored.pillarPoints[p]![u]!;
    pillars[pillar.id] = { points, max: pillar.max, value: share(points, pillar.max), rank: scored.pillarRanks[p]![u]! };
  });
  return {
    overall: scored.overall[u]!,
    rank: scored.ranks[u]!,
    points: scored.totalPoints[u]!,
    max: pack.totalMax,
    pillars,
    indices,
  };
}

interface FixedParts {
  /** The rule of each indicator in words (frozen: every result shares them). */
  rules: readonly Localized[];
  /** Indicator codes in the official order. */
  order: readonly string[];
}

const fixedByPack = new WeakMap<CompiledPack, FixedParts>();

/**
 * What a result's explanations share whatever the inputs, computed once per compiled pack (a pack
 * never changes once compiled): scoring one unit with explanations rendered every rule again.
 */
function fixedParts(pack: CompiledPack): FixedParts {
  let parts = fixedByPack.get(pack);
  if (!parts) {
    parts = {
      rules: pack.indicators.map((x) => Object.freeze(ruleText(x.definition))),
      order: [...pack.indicators].sort((a, b) => compareCodes(a.definition.code, b.definition.code)).map((x) => x.definition.code),
    };
    fixedByPack.set(pack, parts);
  }
  return parts;
}

/** Turns a columnar scored cohort into the documented JSON result, with explanations if asked. */
export function toScoreResult(
  pack: CompiledPack,
  ref: PackRef,
  period: number,
  mode: ScoreMode,
  scored: ScoredCohort,
  options: { explain: boolean },
): ScoreResult {
  const m = pack.indicators.length;
  const best = new Map(scored.references.map((r) => [r.indicator, r.max ?? undefined]));
  // Kept per compiled pack, not rebuilt per call or per unit: the rule texts and the official order of codes.
  const { rules: allRules, order } = fixedParts(pack);
  const rules = options.explain ? allRules : [];
  const units: UnitResult[] = scored.units.map((unit, u) => {
    const indicators: Record<string, IndicatorResult> = {};
    const hintsByCode = new Map<string, NonNullable<IndicatorResult["explanation"]>["toFullPoints"]>();
    // Evaluation order puts sub-indicators first, so a parent can gather its children's hints.
    for (let k = 0; k < m; k++) {
      const indicator = pack.indicators[k]!;
      const definition = indicator.definition;
      const points = scored.points[u * m + k]!;
      const status = scored.status[u * m + k]!;
      const max = indicator.maxPoints;
      const result: IndicatorResult = {
        points,
        max,
        lost: status === STATUS_NOT_SCORED ? 0 : max - points,
        value: share(points, max),
        status: STATUS_NAMES[status]!,
        ...(definition.provisional ? { provisional: true } : {}),
      };
      if (options.explain && status !== STATUS_NOT_SCORED) {
        const childHints = indicator.children.flatMap((c) => hintsByCode.get(pack.indicators[c]!.definition.code) ?? []);
        const explanation = explainIndicator(pack, definition, rowOf(scored, u), points, best.get(definition.code), childHints, rules[k]);
        if (status === STATUS_MISSING)
          explanation.notes.unshift({ vi: "Thiếu số liệu: chấm 0 điểm (chế độ nới lỏng)", en: "Data missing: scored 0 (lenient mode)" });
        hintsByCode.set(definition.code, explanation.toFullPoints);
        result.explanation = explanation;
      }
      indicators[definition.code] = result;
    }
    const ordered = Object.fromEntries(order.map((code) => [code, indicators[code]!]));
    return { code: unit.code, ...(unit.name ? { name: unit.name } : {}), ...unitAggregates(pack, scored, u), indicators: ordered };
  });
  return { pack: ref, period, basis: "raw", mode, units, reference: scored.references, warnings: scored.warnings };
}

import type { PackRef, ScoreRequest } from "@dti/contracts";
import { rankValues } from "@dti/conventions";
import { walkRules, type LocalizedText, type Pack, type SensitivityAlternative, type SensitivityOption } from "@dti/pack-sdk";
import type { Engine } from "./engine";
import { EngineError } from "./errors";
import type { LoadedPack } from "./load";
import { mulberry32 } from "./random";
import { normaliseKeys } from "./input-map";
import type { ScoreMode } from "./score-cohort";
import { applyVariant, type VariantChange } from "./variant";

export interface SensitivityOptions {
  /** Random draws of the alternatives (default 1000). */
  runs?: number;
  /** Seed of the PRNG (mulberry32; default 1): the same seed gives the same bands. */
  seed?: number;
  mode?: ScoreMode;
}

/** A rank band: order statistics of a unit's rank over the runs (nearest-rank percentiles). */
export interface RankBand {
  p5: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export interface SensitivityUnit {
  code: string;
  name?: string;
  official: { overall: number; rank: number };
  band: RankBand;
  /** Share of runs in which the unit keeps its official rank. */
  sameRank: number;
}

export interface SensitivityAlternativeResult {
  id: string;
  kind: SensitivityAlternative["kind"];
  indicator?: string;
  index?: string;
  /** The official value (points or threshold) or rule kind, then each option's. */
  official: number | string;
  options: (number | string)[];
  note: LocalizedText;
  source?: string;
  /** One at a time (every other alternative official): mean |rank change| over units, averaged over the options; and the largest. */
  influence: { meanAbsRankChange: number; maxAbsRankChange: number };
}

export interface SensitivityResult {
  pack: PackRef;
  period: number;
  runs: number;
  seed: number;
  mode: ScoreMode;
  note: LocalizedText;
  /** Sorted by influence, largest first. */
  alternatives: SensitivityAlternativeResult[];
  /** In official rank order. */
  units: SensitivityUnit[];
}

/** What one alternative's choice does to a leaf indicator: its max points, or its fractions for every unit. */
interface Choice {
  max?: number;
  fractions?: Float64Array;
  indexMax?: number;
}

function optionLabel(option: SensitivityOption): number | string {
  return typeof option === "number" ? option : option.rule.kind;
}

function officialOf(pack: Pack, alt: SensitivityAlternative): number | string {
  if (alt.index !== undefined) return pack.indices.find((x) => x.code === alt.index)!.maxPoints ?? 0;
  const x = pack.indicators.find((i) => i.code === alt.indicator)!;
  if (alt.kind === "weight") return x.maxPoints ?? 0;
  if (alt.kind === "normalisation") return x.rule.kind;
  const rule = x.rule;
  return rule.kind === "ratio_to_target"
    ? rule.target
    : rule.kind === "ratio_full_above" || rule.kind === "all_or_nothing"
      ? rule.threshold
      : NaN;
}

/** nearest-rank percentile of sorted values */
function percentile(sorted: Int32Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * How stable each unit's rank is under the alternatives the pack declares (`sensitivity`): in each of
 * `runs` runs every alternative takes the official method or one of its options, with equal chances
 * (seeded mulberry32 draws), and the cohort is ranked again. Each unit gets its rank band (5th
 * percentile, median, 95th, nearest-rank) and each alternative its one-at-a-time influence.
 *
 * Threshold and normalisation options are what-if variants (applyVariant, one change each) scored once
 * with the fast cohort scorer; weights only rescale max points. A run then sums points over max, so
 * a thousand runs cost a thousand small sums, not a thousand scorings. The official draw reproduces the
 * engine's overall values exactly (checked), and any draw equals scoring its variant in full (tested).
 */
export function rankSensitivity(
  engine: Engine,
  loaded: LoadedPack,
  request: ScoreRequest,
  options: SensitivityOptions = {},
): SensitivityResult {
  const runs = options.runs ?? 1000;
  const seed = options.seed ?? 1;
  const mode = options.mode ?? "strict";
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000)
    throw new EngineError("REQUEST_INVALID", `runs must be a whole number from 1 to 100000, not ${runs}`);
  const model = sensitivityModel(engine, loaded, request, mode);
  const { official, alternatives, choices, declared } = model;
  const pack = loaded.pack;
  const n = official.units.length;
  const units = official.units;
  const precision = pack.aggregation.precision;
  const ranksFor = (pick: ArrayLike<number>) => rankValues(model.overall(pick), precision);
  const officialRanks = ranksFor(new Int32Array(alternatives.length));

  const random = mulberry32(seed);
  const ranks = new Int32Array(runs * n);
  const pick = new Int32Array(alternatives.length);
  for (let r = 0; r < runs; r++) {
    for (let a = 0; a < alternatives.length; a++) pick[a] = Math.floor(random() * choices[a]!.length);
    ranks.set(ranksFor(pick), r * n);
  }

  const column = new Int32Array(runs);
  const bands = units.map((u, k): SensitivityUnit => {
    let same = 0;
    for (let r = 0; r < runs; r++) {
      column[r] = ranks[r * n + k]!;
      if (column[r] === officialRanks[k]) same++;
    }
    column.sort();
    return {
      code: u.code,
      ...(u.name ? { name: u.name } : {}),
      official: { overall: u.overall, rank: u.rank },
      band: {
        p5: percentile(column, 0.05),
        median: percentile(column, 0.5),
        p95: percentile(column, 0.95),
        min: column[0]!,
        max: column[runs - 1]!,
      },
      sameRank: same / runs,
    };
  });

  const influence = alternatives.map((alt, a): SensitivityAlternativeResult => {
    let total = 0;
    let most = 0;
    for (let o = 1; o < choices[a]!.length; o++) {
      const one = new Int32Array(alternatives.length);
      one[a] = o;
      const moved = ranksFor(one);
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const d = Math.abs(moved[k]! - officialRanks[k]!);
        sum += d;
        if (d > most) most = d;
      }
      total += sum / n;
    }
    return {
      id: alt.id,
      kind: alt.kind,
      ...(alt.indicator !== undefined ? { indicator: alt.indicator } : {}),
      ...(alt.index !== undefined ? { index: alt.index } : {}),
      official: officialOf(pack, alt),
      options: alt.options.map(optionLabel),
      note: alt.note,
      ...(alt.source ? { source: alt.source } : {}),
      influence: { meanAbsRankChange: total / alt.options.length, maxAbsRankChange: most },
    };
  });

  return {
    pack: loaded.ref,
    period: official.period,
    runs,
    seed,
    mode,
    note: declared.note,
    alternatives: influence.sort((a, b) => b.influence.meanAbsRankChange - a.influence.meanAbsRankChange || a.id.localeCompare(b.id)),
    units: bands.sort((a, b) => a.official.rank - b.official.rank || a.code.localeCompare(b.code)),
  };
}

/**
 * The model behind rankSensitivity: the official result, the alternatives with their choices (0 =
 * official), and the overall of every unit for a pick of one choice per alternative.
 */
export function sensitivityModel(engine: Engine, loaded: LoadedPack, request: ScoreRequest, mode: ScoreMode = "strict") {
  const pack = loaded.pack;
  const declared = pack.sensitivity;
  if (!declared)
    throw new EngineError("PACK_COVERAGE", `${pack.meta.id} declares no sensitivity alternatives (a "sensitivity" section) to draw from`);
  const official = engine.score(loaded, request, { mode, explain: false });
  const n = official.units.length;
  const units = official.units;

  // Leaves: indicators without sub-indicators, in indices that count towards the overall.
  const scoredIndex = new Set(pack.indices.filter((x) => x.group !== "unscored" && (x.maxPoints ?? 0) > 0).map((x) => x.code));
  const parents = new Set(pack.indicators.flatMap((x) => (x.parent ? [x.parent] : [])));
  const leaves = pack.indicators.filter((x) => scoredIndex.has(x.index) && !parents.has(x.code));
  const leafAt = new Map(leaves.map((x, i) => [x.code, i]));
  const baseMax = Float64Array.from(leaves, (x) => x.maxPoints ?? 0);
  const baseFractions = leaves.map((x) => {
    const f = new Float64Array(n);
    units.forEach((u, k) => {
      const r = u.indicators?.[x.code];
      f[k] = r && r.max > 0 ? r.points / r.max : 0;
    });
    return f;
  });

  const fractionsUnder = (alt: SensitivityAlternative, change: VariantChange): Float64Array => {
    const variant = engine.load(
      applyVariant(pack, {
        format: "dti-variant@1",
        id: `sensitivity-${alt.id}`,
        base: pack.meta.id,
        title: { vi: alt.note.vi },
        changes: [change],
      }),
    );
    const scored = engine.score(variant, request, { mode, explain: false });
    const f = new Float64Array(n);
    scored.units.forEach((u, k) => {
      const r = u.indicators?.[alt.indicator!];
      f[k] = r && r.max > 0 ? r.points / r.max : 0;
    });
    return f;
  };

  // choices[a][0] is the official method; then one per option.
  const alternatives = declared.alternatives;
  const choices: Choice[][] = alternatives.map((alt) => {
    const own: Choice[] = [{}];
    if (alt.index === undefined && !leafAt.has(alt.indicator!))
      throw new EngineError(
        "PACK_INVALID",
        `sensitivity alternative ${alt.id}: ${alt.indicator} is not an indicator that counts towards the overall`,
      );
    for (const option of alt.options) {
      if (alt.index !== undefined) own.push({ indexMax: option as number });
      else if (alt.kind === "weight") own.push({ max: option as number });
      else if (alt.kind === "threshold")
        own.push({ fractions: fractionsUnder(alt, { op: "set_threshold", indicator: alt.indicator!, value: option as number }) });
      else
        own.push({
          fractions: fractionsUnder(alt, { op: "replace_rule", indicator: alt.indicator!, rule: (option as { rule: never }).rule }),
        });
    }
    return own;
  });

  // Indices touched by some alternative are summed per run; the others once.
  const touched = new Set(alternatives.map((a) => a.index ?? pack.indicators.find((x) => x.code === a.indicator)!.index));
  const restPoints = new Float64Array(n);
  let restMax = 0;
  leaves.forEach((x, i) => {
    if (touched.has(x.index)) return;
    restMax += baseMax[i]!;
    for (let k = 0; k < n; k++) restPoints[k]! += baseFractions[i]![k]! * baseMax[i]!;
  });
  const groups = [...touched].map((code) => ({
    code,
    leaves: leaves.flatMap((x, i) => (x.index === code ? [i] : [])),
  }));

  // count_capped gives absolute points (N per item, capped at max): when its max is rescaled its share
  // changes, so its uncapped points (count × points per item) are kept and capped at the new max.
  const normalised = normaliseKeys(pack, request);
  const absolute: (Float64Array | undefined)[] = leaves.map((x) => {
    if (!touched.has(x.index)) return undefined;
    const nested = [...walkRules(x.rule, [])].slice(1).some(({ rule }) => rule.kind === "count_capped");
    if (nested)
      throw new EngineError(
        "PACK_COVERAGE",
        `${pack.meta.id}: ${x.code} counts absolute points inside another rule, so its weight cannot be varied for rank sensitivity`,
      );
    if (x.rule.kind !== "count_capped") return undefined;
    const rule = x.rule;
    return Float64Array.from(normalised.units, (u) => {
      const count = u.inputs[rule.input];
      return typeof count === "number" ? count * rule.pointsPerItem : 0;
    });
  });
  for (const [a, alt] of alternatives.entries())
    alt.options.forEach((option) => {
      if (typeof option !== "number" && [...walkRules(option.rule, [])].some(({ rule }) => rule.kind === "count_capped"))
        throw new EngineError(
          "PACK_COVERAGE",
          `${pack.meta.id}: sensitivity alternative ${alternatives[a]!.id} offers a count_capped rule, whose points do not scale with weights: not supported`,
        );
    });

  const max = new Float64Array(leaves.length);
  const fractions: Float64Array[] = baseFractions.slice();
  const overall = new Float64Array(n);
  /** Every unit's overall when alternative a takes choice pick[a] (a fresh array). */
  const overallFor = (pick: ArrayLike<number>): Float64Array => {
    max.set(baseMax);
    for (let i = 0; i < leaves.length; i++) fractions[i] = baseFractions[i]!;
    const indexMax = new Map<string, number>();
    for (let a = 0; a < alternatives.length; a++) {
      const c = choices[a]![pick[a]!]!;
      const alt = alternatives[a]!;
      if (c.indexMax !== undefined) indexMax.set(alt.index!, c.indexMax);
      else if (c.max !== undefined) max[leafAt.get(alt.indicator!)!] = c.max;
      else if (c.fractions) fractions[leafAt.get(alt.indicator!)!] = c.fractions;
    }
    overall.set(restPoints);
    let totalMax = restMax;
    for (const g of groups) {
      let gMax = 0;
      for (const i of g.leaves) gMax += max[i]!;
      const target = indexMax.get(g.code);
      const factor = target !== undefined && gMax > 0 ? target / gMax : 1;
      for (const i of g.leaves) {
        const m = max[i]! * factor;
        const f = fractions[i]!;
        const uncapped = f === baseFractions[i] ? absolute[i] : undefined;
        if (uncapped) for (let k = 0; k < n; k++) overall[k]! += Math.min(m, uncapped[k]!);
        else for (let k = 0; k < n; k++) overall[k]! += f[k]! * m;
      }
      totalMax += target ?? gMax;
    }
    for (let k = 0; k < n; k++) overall[k] = overall[k]! / totalMax;
    return overall.slice();
  };
  const atOfficial = overallFor(new Int32Array(alternatives.length));
  official.units.forEach((u, k) => {
    if (Math.abs(atOfficial[k]! - u.overall) > 1e-9)
      throw new EngineError(
        "PACK_COVERAGE",
        `${pack.meta.id}: the overall of ${u.code} is not Σ points / Σ max of its indicators (${atOfficial[k]} ≠ ${u.overall}); rank sensitivity cannot be computed`,
      );
  });
  return { official, declared, alternatives, choices, overall: overallFor };
}

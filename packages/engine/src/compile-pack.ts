import type { IndicatorDefinition, Pack } from "@dti/pack-sdk";
import { compileRule, type CompiledRule, type Kernel } from "./compile-rule";
import { layoutInputs, type InputLayout } from "./inputs";

export interface CompiledIndicator {
  position: number;
  definition: IndicatorDefinition;
  /** Max points (0 where the pack does not know them: such packs never score raw inputs). */
  maxPoints: number;
  compiled: CompiledRule;
  /** Position of the main index it counts towards; -1 for sub-indicators (counted via their parent). */
  indexPosition: number;
  /** Positions of the children a sum_children parent adds up. */
  children: number[];
  scored: boolean;
}

export interface CompiledPillar {
  id: string;
  indexPositions: number[];
  max: number;
}

export interface CompiledPack {
  layout: InputLayout;
  /** In evaluation order: sub-indicators before the parent that sums them. */
  indicators: CompiledIndicator[];
  byCode: Map<string, CompiledIndicator>;
  indexCodes: string[];
  indexMax: Float64Array;
  /** Whether an index counts towards overall (an unscored index such as Đô thị thông minh does not). */
  indexScored: boolean[];
  totalMax: number;
  pillars: CompiledPillar[];
  precision: number;
  evaluation: Evaluation;
}

/** The kernels scoreCohort runs for every unit, in one pass over its row. */
export interface Evaluation {
  /** Plain indicators (scored, neither cohort-relative nor sums of children): each yields a fraction of max. */
  plainKernels: Kernel[];
  plainPosition: Int32Array;
  plainMax: Float64Array;
  /** Cohort-relative indicators: each yields the unit's raw value. */
  cohortKernels: Kernel[];
  /** Per indicator position: its place among cohortKernels, or -1. */
  cohortSlot: Int32Array;
  cohortIndicators: CompiledIndicator[];
  /** Positions scored after the cohort's references are known, in position order (children before their parent), and how. */
  late: Int32Array;
  lateKind: Uint8Array;
  /** Per main index i: the positions that count towards it, in position order, at indexMembers[indexFrom[i] … indexFrom[i + 1]). */
  indexMembers: Int32Array;
  indexFrom: Int32Array;
  /** plainKernels then cohortKernels, for one runKernels per unit: fractions at [0, plain), raw values after. */
  kernels: Kernel[];
}

export const LATE_NOT_SCORED = 0;
export const LATE_CHILDREN = 1;
export const LATE_MIN_MAX = 2;
export const LATE_X_OVER_MAX = 3;

function evaluationOf(indicators: CompiledIndicator[], indexCount: number): Evaluation {
  const plain = indicators.filter((x) => x.scored && x.children.length === 0 && !x.compiled.cohort);
  const cohort = indicators.filter((x) => x.scored && x.children.length === 0 && x.compiled.cohort);
  const cohortSlot = new Int32Array(indicators.length).fill(-1);
  cohort.forEach((x, i) => (cohortSlot[x.position] = i));
  const plainKernels = plain.map((x) => (x.compiled.cohort ? x.compiled.raw : x.compiled.kernel));
  const cohortKernels = cohort.map((x) => (x.compiled.cohort ? x.compiled.raw : x.compiled.kernel));
  const late = indicators.filter((x) => !x.scored || x.children.length > 0 || x.compiled.cohort);
  const members = Array.from({ length: indexCount }, (_, i) => indicators.filter((x) => x.indexPosition === i).map((x) => x.position));
  return {
    late: Int32Array.from(late, (x) => x.position),
    lateKind: Uint8Array.from(late, (x) =>
      !x.scored
        ? LATE_NOT_SCORED
        : x.children.length > 0
          ? LATE_CHILDREN
          : x.compiled.cohort && x.compiled.form === "min_max"
            ? LATE_MIN_MAX
            : LATE_X_OVER_MAX,
    ),
    indexMembers: Int32Array.from(members.flat()),
    indexFrom: Int32Array.from({ length: indexCount + 1 }, (_, i) => members.slice(0, i).reduce((sum, list) => sum + list.length, 0)),
    cohortIndicators: cohort,
    plainKernels,
    plainPosition: Int32Array.from(plain, (x) => x.position),
    plainMax: Float64Array.from(plain, (x) => x.maxPoints),
    cohortKernels,
    cohortSlot,
    kernels: [...plainKernels, ...cohortKernels],
  };
}

export function compilePack(pack: Pack): CompiledPack {
  const layout = layoutInputs(pack);
  const indexCodes = pack.indices.map((x) => x.code);
  const indexPos = new Map(indexCodes.map((code, i) => [code, i]));
  const childFirst = [...pack.indicators.filter((x) => x.parent !== undefined), ...pack.indicators.filter((x) => x.parent === undefined)];
  const indicators: CompiledIndicator[] = childFirst.map((definition, position) => ({
    position,
    definition,
    maxPoints: definition.maxPoints ?? 0,
    compiled: compileRule(definition.rule, layout, definition.maxPoints ?? 0),
    indexPosition: definition.parent === undefined ? (indexPos.get(definition.index) ?? -1) : -1,
    children: [],
    scored: definition.rule.kind !== "not_scored",
  }));
  const byCode = new Map(indicators.map((x) => [x.definition.code, x]));
  for (const indicator of indicators) {
    const rule = indicator.definition.rule;
    if (rule.kind === "sum_children") indicator.children = rule.children.map((code) => byCode.get(code)!.position);
  }
  const indexMax = Float64Array.from(pack.indices, (x) => x.maxPoints ?? 0);
  const indexScored = pack.indices.map((x, i) => x.group !== "unscored" && indexMax[i]! > 0);
  const totalMax = pack.indices.reduce((sum, _x, i) => sum + (indexScored[i] ? indexMax[i]! : 0), 0);
  const pillars = pack.aggregation.pillars.map((pillar) => {
    const indexPositions = pillar.indices.map((code) => indexPos.get(code)!);
    return { id: pillar.id, indexPositions, max: indexPositions.reduce((sum, i) => sum + indexMax[i]!, 0) };
  });
  return {
    layout,
    indicators,
    byCode,
    indexCodes,
    indexMax,
    indexScored,
    totalMax,
    pillars,
    precision: pack.aggregation.precision,
    evaluation: evaluationOf(indicators, indexCodes.length),
  };
}

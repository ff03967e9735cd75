import type { IndicatorDefinition, Pack } from "@dti/pack-sdk";
import { compileRule, type CompiledRule } from "./compile-rule";
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
}

export function compilePack(pack: Pack): CompiledPack {
  const layout = layoutInputs(pack);
  const indexCodes = pack.indices.map((x) => x.code);
  const indexPos = new Map(indexCodes.map((code, i) => [code, i]));
  const childFirst = [
    ...pack.indicators.filter((x) => x.parent !== undefined),
    ...pack.indicators.filter((x) => x.parent === undefined),
  ];
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
  return { layout, indicators, byCode, indexCodes, indexMax, indexScored, totalMax, pillars, precision: pack.aggregation.precision };
}

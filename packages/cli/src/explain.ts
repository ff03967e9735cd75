import type { IndicatorResult, ScoreResult, UnitResult } from "@dti/contracts";
import { compareCodes, type LoadedPack } from "@dti/engine";
import type { LocalizedText } from "@dti/pack-sdk";
import { CliError } from "./errors";
import { both } from "./i18n/catalogue";

/** One indicator of one unit, with what it lost and how to win it back. */
export interface ExplainedIndicator {
  code: string;
  name: LocalizedText;
  parent?: string;
  points: number;
  max: number;
  lost: number;
  value: number;
  status: IndicatorResult["status"];
  provisional?: boolean;
  explanation?: IndicatorResult["explanation"];
}

export interface UnitExplanation {
  pack: ScoreResult["pack"];
  period: number;
  mode: ScoreResult["mode"];
  unit: Pick<UnitResult, "code" | "name" | "overall" | "rank" | "points" | "max">;
  cohort: number;
  /** Sorted by points lost, most first ("where to gain points"), unless one indicator was asked. */
  indicators: ExplainedIndicator[];
  /** Indicators already at full points (not listed when showing where to gain). */
  atFullPoints: number;
}

export function explainUnit(
  result: ScoreResult,
  loaded: LoadedPack,
  unitCode: string,
  options: { indicator?: string; top?: number } = {},
): UnitExplanation {
  const unit = result.units.find((u) => u.code === unitCode);
  if (!unit)
    throw new CliError(
      "UNIT_NOT_FOUND",
      both("explain.unitNotFound", { unit: unitCode, units: result.units.map((u) => u.code).join(", ") }),
    );
  const definitions = new Map(loaded.pack.indicators.map((x) => [x.code, x]));
  if (options.indicator !== undefined && !definitions.has(options.indicator))
    throw new CliError(
      "INDICATOR_NOT_FOUND",
      both("explain.indicatorNotFound", {
        pack: loaded.ref.id,
        indicator: options.indicator,
        examples: loaded.pack.indicators
          .slice(0, 3)
          .map((x) => x.code)
          .join(", "),
      }),
    );
  const all: ExplainedIndicator[] = Object.entries(unit.indicators ?? {}).map(([code, r]) => {
    const d = definitions.get(code)!;
    return {
      code,
      name: d.name,
      ...(d.parent ? { parent: d.parent } : {}),
      points: r.points,
      max: r.max,
      lost: r.lost,
      value: r.value,
      status: r.status,
      ...(r.provisional ? { provisional: true } : {}),
      ...(r.explanation ? { explanation: r.explanation } : {}),
    };
  });
  // A parent that sums its sub-indicators would count their lost points twice: list the leaves.
  const leaves = all.filter((x) => definitions.get(x.code)!.rule.kind !== "sum_children" && x.status !== "not_scored");
  const EPS = 1e-9;
  const indicators =
    options.indicator !== undefined
      ? all.filter((x) => x.code === options.indicator)
      : leaves
          .filter((x) => x.lost > EPS)
          .sort((a, b) => b.lost - a.lost || compareCodes(a.code, b.code))
          .slice(0, options.top ?? Infinity);
  return {
    pack: result.pack,
    period: result.period,
    mode: result.mode,
    unit: {
      code: unit.code,
      ...(unit.name ? { name: unit.name } : {}),
      overall: unit.overall,
      rank: unit.rank,
      points: unit.points,
      max: unit.max,
    },
    cohort: result.units.length,
    indicators,
    atFullPoints: leaves.filter((x) => x.lost <= EPS).length,
  };
}

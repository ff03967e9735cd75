import type { IndicatorExplanation, InputValue, Localized } from "@dti/contracts";
import {
  addressOf,
  inputUses,
  operandIds,
  provisionalNotes,
  renderRule,
  type IndicatorDefinition,
  type Operand,
  type Rule,
} from "@dti/pack-sdk";
import type { CompiledPack } from "./compile-pack";
import { decodeValue } from "./inputs";

type Hint = IndicatorExplanation["toFullPoints"][number];

interface ExplainContext {
  pack: CompiledPack;
  indicator: IndicatorDefinition;
  row: Float64Array;
  /** Best raw value of the cohort, for cohort-relative rules. */
  cohortBest?: number;
}

const EPS = 1e-9;

function value(ctx: ExplainContext, id: string): number {
  return ctx.row[ctx.pack.layout.byId.get(id)!.index]!;
}

function sum(ctx: ExplainContext, operand: Operand): number {
  return operandIds(operand).reduce((total, id) => total + value(ctx, id), 0);
}

function roundUp(x: number, unit: string): number {
  return unit === "count" ? Math.ceil(x - EPS) : Math.ceil(x * 100 - EPS) / 100;
}

function hint(ctx: ExplainContext, input: string, v: InputValue, note?: Localized): Hint {
  return { input, address: addressOf(ctx.indicator, input), value: v, ...(note ? { note } : {}) };
}

/** The numerator that reaches `ratio` given the current denominator (and the other numerator parts). */
function numeratorHint(ctx: ExplainContext, a: Operand, b: Operand, ratio: number): Hint[] {
  const ids = operandIds(a);
  const denominator = sum(ctx, b);
  if (!Number.isFinite(denominator) || denominator <= 0) return [];
  const first = ids[0]!;
  const others = ids.slice(1).reduce((total, id) => total + (Number.isNaN(value(ctx, id)) ? 0 : value(ctx, id)), 0);
  const unit = ctx.pack.layout.byId.get(first)!.definition.unit;
  const needed = roundUp(ratio * denominator - others, unit);
  const note =
    ids.length > 1
      ? {
          vi: `hoặc tăng tổng ${ids.map((id) => addressOf(ctx.indicator, id)).join(" + ")} tương ứng`,
          en: `or raise the sum ${ids.map((id) => addressOf(ctx.indicator, id)).join(" + ")} accordingly`,
        }
      : undefined;
  return [hint(ctx, first, Math.max(0, needed), note)];
}

function topBand(rule: { bands: { min: number; minInclusive?: boolean; fraction: number }[] }): { min: number; inclusive: boolean } {
  const best = rule.bands.reduce((a, b) => (b.fraction > a.fraction ? b : a));
  return { min: best.min, inclusive: best.minInclusive !== false };
}

function gateHints(ctx: ExplainContext, gate: string | undefined): Hint[] {
  return gate !== undefined && value(ctx, gate) !== 1 ? [hint(ctx, gate, true)] : [];
}

/** What to change, input by input, to earn the rule's full points, all else unchanged. */
function hintsFor(rule: Rule, ctx: ExplainContext): Hint[] {
  switch (rule.kind) {
    case "ratio":
      return numeratorHint(ctx, rule.a, rule.b, 1);
    case "ratio_to_target":
      return numeratorHint(ctx, rule.a, rule.b, rule.target);
    case "ratio_full_above":
    case "all_or_nothing":
      return numeratorHint(ctx, rule.a, rule.b, rule.threshold);
    case "ratio_bands": {
      const band = topBand(rule);
      return [...gateHints(ctx, rule.gate), ...numeratorHint(ctx, rule.a, rule.b, band.min + (band.inclusive ? 0 : 1e-6))];
    }
    case "count_bands":
    case "amount_bands": {
      const band = topBand(rule);
      const unit = ctx.pack.layout.byId.get(rule.input)!.definition.unit;
      const needed = band.inclusive ? band.min : unit === "count" ? Math.floor(band.min) + 1 : band.min + 0.01;
      return [...gateHints(ctx, rule.gate), ...(value(ctx, rule.input) >= needed ? [] : [hint(ctx, rule.input, needed)])];
    }
    case "boolean":
      return [hint(ctx, rule.input, true)];
    case "choice": {
      const best = Object.entries(rule.fractions).reduce((a, b) => (b[1] > a[1] ? b : a));
      return [hint(ctx, rule.input, best[0])];
    }
    case "count_capped": {
      const max = ctx.indicator.maxPoints ?? 0;
      return [hint(ctx, rule.input, Math.ceil(max / rule.pointsPerItem - EPS))];
    }
    case "parts":
      return rule.parts.flatMap((part) => {
        if (part.input !== undefined) return value(ctx, part.input) === 1 ? [] : [hint(ctx, part.input, true)];
        return hintsFor(part.rule!, ctx).filter((h) => {
          const slot = ctx.pack.layout.byId.get(h.input)!;
          return decodeValue(slot, value(ctx, h.input)) !== h.value;
        });
      });
    case "min_max":
    case "relative_to_best": {
      const best = ctx.cohortBest;
      if (best === undefined || !Number.isFinite(best)) return [];
      const note = {
        vi: "bằng đơn vị dẫn đầu hiện nay; điểm phụ thuộc vào các tỉnh khác",
        en: "equal to the current leader; points depend on the other provinces",
      };
      if (rule.kind === "min_max" && rule.value !== undefined) {
        const first = operandIds(rule.value)[0]!;
        return [hint(ctx, first, best, note)];
      }
      return numeratorHint(ctx, rule.a!, rule.b!, best).map((h) => ({ ...h, note }));
    }
    case "expression":
    case "sum_children":
    case "not_scored":
    case "unknown":
      return [];
  }
}

function cohortNote(best: number | undefined): Localized[] {
  return best === undefined
    ? []
    : [
        {
          vi: `Chỉ số so sánh giữa các tỉnh: giá trị cao nhất của nhóm là ${best}`,
          en: `Cohort-relative indicator: the best value in the cohort is ${best}`,
        },
      ];
}

/** The rule in words, by official address: the same for every unit, so rendered once per indicator. */
export function ruleText(indicator: IndicatorDefinition): Localized {
  const name = (id: string) => addressOf(indicator, id);
  return { vi: renderRule(indicator.rule, "vi", name), en: renderRule(indicator.rule, "en", name) };
}

export function explainIndicator(
  pack: CompiledPack,
  indicator: IndicatorDefinition,
  row: Float64Array,
  points: number,
  cohortBest: number | undefined,
  childHints: Hint[],
  rule: Localized = ruleText(indicator),
): IndicatorExplanation {
  const ctx: ExplainContext = { pack, indicator, row, ...(cohortBest !== undefined ? { cohortBest } : {}) };
  const name = (id: string) => addressOf(indicator, id);
  const seen = new Set<string>();
  const inputs = inputUses(indicator.rule)
    .filter((use) => (seen.has(use.input) ? false : (seen.add(use.input), true)))
    .map((use) => {
      const slot = pack.layout.byId.get(use.input)!;
      return { input: use.input, address: name(use.input), value: decodeValue(slot, row[slot.index]!) };
    });
  const full = points >= (indicator.maxPoints ?? 0) - EPS;
  const toFullPoints = full ? [] : indicator.rule.kind === "sum_children" ? childHints : hintsFor(indicator.rule, ctx);
  const notes: Localized[] = [...cohortNote(cohortBest)];
  // What is uncertain, in words an officer reads; the OCR transcription note (`reason`) stays in the pack's view.
  if (indicator.provisional)
    for (const note of provisionalNotes(indicator.provisional))
      notes.push({ vi: `Tạm xác định: ${note.vi}`, en: `Provisional: ${note.en ?? note.vi}` });
  return {
    rule,
    inputs,
    toFullPoints,
    notes,
  };
}

import { compareCodes } from "@dti/conventions";
import type { InputValue } from "@dti/contracts";
import { runKernels, INVALID } from "./compile-rule";
import { brokenRatios, ratioIssue, type RatioSide } from "./diagnose";
import type { EngineErrorCode, InputIssue } from "./errors";
import { encodeUnit, type InputLayout } from "./inputs";
import type { LoadedPack } from "./load";

/** An input involved in a problem, with the official address it has there ("8.4.a"). */
export interface CheckedInput {
  id: string;
  address: string;
}

/** One problem with a set of input values, apart from any unit: coded, precise enough to show beside a field. */
export interface InputCheckIssue {
  code: EngineErrorCode;
  /** In English, naming no unit: "households_total: got -3; expected a whole number ≥ 0". */
  message: string;
  /** The indicator whose rule the values break (ratios); absent for a value its input cannot take. */
  indicator?: string;
  /** The key as the caller wrote it (id, address or general-information code), for a value's own problem. */
  key?: string;
  /** The inputs involved, with their official addresses: the one written, or both sides of a ratio. */
  inputs: CheckedInput[];
  /** The expected form: "a whole number ≥ 0", "8.4.a households_with_digital_address ≤ 8.4.b households_total". */
  expected?: string;
  /** INPUT_UNKNOWN: the nearest keys the pack accepts ("did you mean"). */
  suggestions?: string[];
  /** A broken ratio's two sides: each input with its value, and each side's total. */
  ratio?: { numerator: RatioSide; denominator: RatioSide };
}

export interface InputCheck {
  issues: InputCheckIssue[];
}

/**
 * Checks input values as the engine reads them, without scoring anything: each value against its
 * input (form, range, options, constants, one input given twice), unknown keys (with the nearest
 * keys as suggestions), and the ratios the values given already break (a numerator above its
 * denominator, even with other inputs of the indicator not given yet: exactly what scoring refuses).
 * Values not given are not problems here: a form being filled in is checked as it stands.
 */
export function checkInputs(pack: LoadedPack, inputs: Readonly<Record<string, unknown>>): InputCheck {
  const { layout, evaluation, indicators } = pack.compiled;
  const found: InputIssue[] = [];
  const row = encodeUnit(layout, { code: undefined, inputs: inputs as Record<string, InputValue> }, found);
  const issues = found.map((issue) => valueIssue(issue, layout));
  // Every rule evaluated on the row, as scoring does, so that exactly the ratios scoring refuses are refused.
  const { kernels, plainPosition, cohortIndicators, cohortSlot } = evaluation;
  const fractions = new Float64Array(kernels.length);
  runKernels(kernels, row, 0, fractions);
  // INVALID: a ratio broken by the values given; MISSING: some input not given, and the values given
  // may already break a ratio (6.12.b above 6.12.a, whatever 6.12.c is), as scoring refuses in every mode.
  const invalid: number[] = [];
  const doubtful = (f: number) => f === INVALID || f !== f;
  for (let j = 0; j < plainPosition.length; j++) if (doubtful(fractions[j]!)) invalid.push(plainPosition[j]!);
  for (const indicator of cohortIndicators)
    if (doubtful(fractions[plainPosition.length + cohortSlot[indicator.position]!]!)) invalid.push(indicator.position);
  // In the order a person reads the pack, as scoring reports them.
  invalid.sort((a, b) => compareCodes(indicators[a]!.definition.code, indicators[b]!.definition.code));
  for (const position of invalid) {
    const definition = indicators[position]!.definition;
    for (const ratio of brokenRatios(definition, layout, row)) {
      const { unit: _unit, ratio: _totals, ...issue } = ratioIssue(definition, ratio, undefined);
      issues.push({
        ...issue,
        inputs: [...ratio.numerator.inputs, ...ratio.denominator.inputs].map(({ id, address }) => ({ id, address })),
        ratio: { numerator: ratio.numerator, denominator: ratio.denominator },
      });
    }
  }
  return { issues };
}

/** A value's own problem: the input it names, at the address it was given by (or its first official one). */
function valueIssue(issue: InputIssue, layout: InputLayout): InputCheckIssue {
  const { unit: _unit, input, key, ratio: _ratio, ...rest } = issue;
  const target = key === undefined ? undefined : layout.keys.get(key);
  const id = input ?? (target ? layout.slots[target.slot]!.id : undefined);
  const address = key !== undefined && target?.via !== "id" ? key : id === undefined ? undefined : (layout.addressesOf.get(id)?.[0] ?? id);
  return {
    ...rest,
    ...(key !== undefined ? { key } : {}),
    inputs: id === undefined || address === undefined ? [] : [{ id, address }],
  };
}

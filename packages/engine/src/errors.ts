import type { PackIssue } from "@dti/pack-sdk";

/**
 * Every error the engine raises, with what it means. Codes are stable: the CLI prints them and
 * the API maps them to HTTP answers. A test checks that each is documented in the README.
 */
export const ENGINE_ERROR_CODES = {
  PACK_INVALID: "The pack does not validate; `issues` lists every problem with its path.",
  PACK_ENGINE_INCOMPATIBLE: "The pack declares an engine version range that this engine is not in.",
  PACK_NOT_FOUND: "No installed pack, directory or bundle matches the name given.",
  PACK_LOAD_FAILED: "A pack module or bundle file could not be read or imported.",
  PACK_COVERAGE: "The pack cannot do what was asked (e.g. raw scoring with an indices-only pack).",
  REQUEST_INVALID: "The score or aggregate request does not have the expected shape.",
  UNIT_DUPLICATE: "Two units of one request share a code.",
  INPUT_INVALID: "One or more input values are invalid; `issues` lists each with unit, indicator and input.",
  INPUT_MISSING: "Strict mode: an input an indicator needs was not provided (lenient mode scores the indicator 0 with a warning).",
  INPUT_UNKNOWN:
    "A key of a unit's inputs is not an input id, official address or general-information code of the pack (refused in every mode, with the nearest keys as suggestions).",
  INPUT_NOT_A_NUMBER: "A number was expected (a count or an amount) but something else was given.",
  INPUT_NOT_BOOLEAN: "A yes/no value (true/false) was expected.",
  INPUT_UNKNOWN_CHOICE: "The value is not one of the choice input's options.",
  INPUT_OUT_OF_RANGE: "The number is outside the input's allowed range (negative counts, fractions of a count…).",
  INPUT_CONFLICT: "One input was given twice (e.g. by id and by address) with different values.",
  INPUT_CONSTANT: "A fixed value of the method text was given a different value.",
  INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: "A ratio's numerator is above its denominator where that is impossible.",
  INDEX_VALUE_INVALID: "A main-index value is missing, unknown or outside 0..1.",
  EXPRESSION_INVALID: "An expression rule does not parse or uses something the safe evaluator does not allow.",
  VARIANT_INVALID: "A what-if variant file does not have the expected shape or names what its base pack lacks.",
  COMPARE_INVALID:
    "Two results cannot be compared (no common unit, or packs with no crosswalk between them), or a crosswalk's input mapping names an earlier input that does not exist or a formula that does not compile.",
  PACK_CHOICE_REQUIRED: "More than one pack applies to the year: name the one to use.",
} as const;
export type EngineErrorCode = keyof typeof ENGINE_ERROR_CODES;

/** One problem with a unit's data, precise enough for a person to fix it. */
export interface InputIssue {
  code: EngineErrorCode;
  message: string;
  unit?: string;
  indicator?: string;
  input?: string;
  /** The key as the caller wrote it (id, address or general-information code). */
  key?: string;
  /** The expected form, e.g. "a whole number ≥ 0". */
  expected?: string;
  /** INPUT_UNKNOWN: the nearest keys the pack accepts ("did you mean"), by edit distance. */
  suggestions?: string[];
  /**
   * INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: the totals of the values given, and the addresses of the
   * numerator's inputs not given (the ratio is impossible whatever they are).
   */
  ratio?: { numerator: number; denominator: number; missing?: string[] };
}

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  /** Every pack problem (PACK_INVALID) or input problem (INPUT_INVALID), all at once. */
  readonly issues: readonly (PackIssue | InputIssue)[];

  constructor(code: EngineErrorCode, message: string, options: { issues?: (PackIssue | InputIssue)[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "EngineError";
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError;
}

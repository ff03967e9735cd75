/**
 * Every error this package raises. Codes are stable: the CLI prints them and the API maps them to
 * HTTP answers. A test checks that each is documented in the README's error table.
 */
export const UNITS_ERROR_CODES = {
  UNIT_UNKNOWN: "No unit matches the id, code, ISO code or name given (on the date asked); `suggestions` lists close names.",
  UNIT_AMBIGUOUS: "More than one unit matches (e.g. a name or code used before and after 2025-07-01); `candidates` lists them.",
  UNIT_NOT_PREDECESSOR: "Back-cast: a row names a unit that is not valid before the target date, so it cannot be back-cast.",
  UNIT_NOT_VALID: "Pass-through (`from` equal to `to`): a row names a unit that is not valid on the target date.",
  PREDECESSOR_MISSING:
    "Back-cast: a new unit has rows for some of its predecessors but not all (or none, with `requireAll`); names the new unit and the missing old ones.",
  UNIT_DUPLICATE: "Two rows name the same unit (possibly spelled differently).",
  MEASURE_MISSING: "A row lacks a measure (overall or a main index) that other rows have.",
  WEIGHT_MISSING: "The `weighted` rule needs a positive `weight` on every row; a row has none.",
  ROW_INVALID: "A row does not have the expected shape (values on 0..1, weight positive, known keys only), or there are no rows.",
  DATE_INVALID: "A date is not an ISO calendar date (YYYY-MM-DD), or `from` is after `to`.",
  OPTION_INVALID: "A back-cast option is not one of its allowed values (rule: mean or weighted).",
  DATE_OUT_OF_RANGE: "The date is before 2008-08-01, the start of the 63-unit configuration the registry begins with.",
  BACKCAST_INVALID: "The back-cast could not run; `problems` lists every problem at once, each with its own code.",
} as const;
export type UnitsErrorCode = keyof typeof UNITS_ERROR_CODES;

/** One problem, precise enough for a person to fix it. */
export interface UnitsProblem {
  code: UnitsErrorCode;
  message: string;
  /** Index of the row at fault (back-cast). */
  row?: number;
  /** The text as the caller wrote it. */
  input?: string;
  /** The unit concerned (e.g. the new unit whose predecessors are missing). */
  unitId?: string;
  /** Ids of the old units missing from the rows (PREDECESSOR_MISSING). */
  missing?: string[];
  /** Units that matched (UNIT_AMBIGUOUS), as "id (name, valid from–to)". */
  candidates?: string[];
  /** Close names (UNIT_UNKNOWN). */
  suggestions?: string[];
  /** Measure name ("overall" or an index key) for MEASURE_MISSING. */
  measure?: string;
  /** Field of the row at fault for ROW_INVALID, e.g. "indices.I". */
  field?: string;
}

export class UnitsError extends Error {
  readonly code: UnitsErrorCode;
  /** For BACKCAST_INVALID, every problem found; otherwise the one problem this error is. */
  readonly problems: readonly UnitsProblem[];

  constructor(code: UnitsErrorCode, message: string, options: { problems?: UnitsProblem[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UnitsError";
    this.code = code;
    this.problems = Object.freeze(options.problems ?? [{ code, message }]);
  }

  static from(problem: UnitsProblem): UnitsError {
    return new UnitsError(problem.code, problem.message, { problems: [problem] });
  }
}

export function isUnitsError(error: unknown): error is UnitsError {
  return error instanceof UnitsError;
}

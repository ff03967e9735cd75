import { ENGINE_ERROR_CODES, isEngineError, type InputIssue } from "@dti/engine";
import type { PackIssue } from "@dti/pack-sdk";
import { isUnitsError, UNITS_ERROR_CODES, type UnitsErrorCode, type UnitsProblem } from "@dti/units";

/**
 * The CLI's own error codes (file and usage problems), beside the engine's. Each says what it
 * means and the exit code it gives: 1 for data and pack problems, 2 for usage. A test checks that
 * every code is documented in the README.
 */
export const CLI_ERROR_CODES = {
  USAGE: { exit: 2, meaning: "The command line is wrong: unknown command or option, missing argument, bad option value." },
  PACK_REQUIRED: {
    exit: 2,
    meaning: "No pack was named and there is no period to choose one by: give --pack, name the pack in the JSON input, or give the period.",
  },
  PERIOD_REQUIRED: { exit: 2, meaning: "The period is unknown: CSV files carry none, so give --period." },
  PACK_ID_INVALID: {
    exit: 2,
    meaning:
      "`dti pack new` was given an id that is not kebab-case (lower-case letters and digits joined by single hyphens, starting with a letter).",
  },
  FILE_NOT_FOUND: { exit: 1, meaning: "An input file does not exist." },
  FILE_UNREADABLE: {
    exit: 1,
    meaning: "A file exists but cannot be read (a directory, no permission), or an output file cannot be written.",
  },
  JSON_INVALID: { exit: 1, meaning: "A JSON file does not parse, or lacks the expected shape; the line and column are given." },
  CSV_INVALID: {
    exit: 1,
    meaning: "A CSV file is malformed or a cell cannot be read as its input's unit; each problem names its row and column.",
  },
  CSV_UNKNOWN_COLUMN: { exit: 1, meaning: "A column of an index-values CSV names no main index; the accepted names are listed." },
  UNIT_NOT_FOUND: { exit: 1, meaning: "`dti explain --unit` names a unit that is not in the input." },
  INDICATOR_NOT_FOUND: { exit: 1, meaning: "`dti explain --indicator` names an indicator the pack does not have." },
  PACK_EXISTS: { exit: 1, meaning: "`dti pack new` would write into a directory that already exists." },
  PERIOD_NOT_FOUND: { exit: 1, meaning: "`dti compare`: the input has no rows or dataset for a year named in --from or --to." },
  RAW_DATA_REQUIRED: {
    exit: 1,
    meaning: "`dti compare --decompose` needs raw inputs for both years, scored by two packs that score raw inputs.",
  },
  INTERNAL: { exit: 1, meaning: "An unexpected failure (a bug): please report it with the command that caused it." },
} as const;
export type CliErrorCode = keyof typeof CLI_ERROR_CODES;

/** A problem in a file or on the command line, as precise as an engine issue. */
export interface CliIssue {
  code: string;
  message: string;
  file?: string;
  /** 1-based line of a JSON file. */
  line?: number;
  /** 1-based line of the file (a CSV row counts its header as row 1). */
  row?: number;
  /** 1-based column. */
  column?: number;
  /** The CSV column header or JSON key. */
  key?: string;
  unit?: string;
  input?: string;
  expected?: string;
}

export type AnyIssue = CliIssue | InputIssue | PackIssue;

/** A problem of @dti/units (back-cast, unit lookup) as a CLI issue: its code, message and unit. */
export function unitsIssue(problem: UnitsProblem): CliIssue {
  return { code: problem.code, message: problem.message, ...(problem.input !== undefined ? { key: problem.input } : {}) };
}

/**
 * An error the CLI raises itself: one of its own codes, or a code of @dti/units when the CLI reports a
 * units problem with the file and row it came from (exit 1).
 */
export class CliError extends Error {
  readonly code: CliErrorCode | UnitsErrorCode;
  readonly issues: readonly AnyIssue[];

  constructor(code: CliErrorCode | UnitsErrorCode, message: string, options: { issues?: AnyIssue[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.code = code;
    this.issues = options.issues ?? [];
  }

  get exitCode(): number {
    return this.code in CLI_ERROR_CODES ? CLI_ERROR_CODES[this.code as CliErrorCode].exit : 1;
  }
}

export interface ReportedError {
  code: string;
  message: string;
  issues: readonly AnyIssue[];
  exitCode: number;
}

/** Any thrown value as code, message, issues and exit code. Engine errors are data or pack errors (1). */
export function toReported(error: unknown): ReportedError {
  if (error instanceof CliError) return { code: error.code, message: error.message, issues: error.issues, exitCode: error.exitCode };
  if (isEngineError(error) && error.code in ENGINE_ERROR_CODES)
    return { code: error.code, message: error.message, issues: error.issues, exitCode: 1 };
  if (isUnitsError(error) && error.code in UNITS_ERROR_CODES) {
    // A single problem is the error itself: listing it again below would only repeat the message.
    const issues = error.problems.length === 1 && error.problems[0]!.message === error.message ? [] : error.problems.map(unitsIssue);
    return { code: error.code, message: error.message, issues, exitCode: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL", message, issues: [], exitCode: 1 };
}

import type { EngineErrorCode, InputIssue } from "@dti/engine";
import type { PackIssue } from "@dti/pack-sdk";
import type { UnitsErrorCode } from "@dti/units";
import type { Localized } from "./i18n/message";

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

/**
 * A problem in a file or on the command line, as precise as an engine issue. `message` and `expected`
 * are the English words (as in JSON and for scripts); `localized` and `expectedLocalized` hold both
 * languages, printed in the language of the run.
 */
export interface CliIssue {
  code: string;
  message: string;
  localized?: Localized;
  expectedLocalized?: Localized;
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

/** A CLI issue whose message (and expected form) are given in both languages. */
export function cliIssue(
  where: Omit<CliIssue, "message" | "localized" | "expected" | "expectedLocalized">,
  message: Localized,
  expected?: Localized,
): CliIssue {
  return { ...where, message: message.en, localized: message, ...(expected ? { expected: expected.en, expectedLocalized: expected } : {}) };
}

/**
 * An error the CLI raises itself, worded in both languages: one of its own codes, a code of @dti/units
 * when the CLI reports a units problem with the file and row it came from, or a code of the engine when
 * the CLI finds the problem itself (a pack not found, two packs for a year): exit 1 for those.
 * `message` is the English text; `localized` both.
 */
export class CliError extends Error {
  readonly code: CliErrorCode | UnitsErrorCode | EngineErrorCode;
  readonly issues: readonly AnyIssue[];
  readonly localized: Localized;

  constructor(
    code: CliErrorCode | UnitsErrorCode | EngineErrorCode,
    message: Localized | string,
    options: { issues?: AnyIssue[]; cause?: unknown } = {},
  ) {
    const localized = typeof message === "string" ? { vi: message, en: message } : message;
    super(localized.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.localized = localized;
  }

  get exitCode(): number {
    return this.code in CLI_ERROR_CODES ? CLI_ERROR_CODES[this.code as CliErrorCode].exit : 1;
  }
}

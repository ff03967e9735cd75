import { ENGINE_ERROR_CODES, isEngineError } from "@dti/engine";
import { isUnitsError, UNITS_ERROR_CODES, type UnitsProblem } from "@dti/units";
import { CliError, type AnyIssue, type CliIssue } from "./errors";
import { both } from "./i18n/catalogue";
import { engineErrorText, unitsText } from "./i18n/engine-text";
import type { Localized } from "./i18n/message";

/**
 * Any thrown value as the CLI reports it: its code, its message in both languages (`message` is the
 * English one), its issues and the exit code. Loaded only when something failed, so that commands
 * that succeed never load the engine's error table.
 */
export interface ReportedError {
  code: string;
  message: string;
  localized?: Localized;
  issues: readonly AnyIssue[];
  exitCode: number;
}

/** A problem of @dti/units (back-cast, unit lookup) as a CLI issue: its code, message and unit. */
export function unitsIssue(problem: UnitsProblem): CliIssue {
  return {
    code: problem.code,
    message: problem.message,
    localized: unitsText(problem),
    ...(problem.input !== undefined ? { key: problem.input } : {}),
  };
}

/** Engine errors are data or pack errors (exit 1); anything unexpected is INTERNAL (exit 1). */
export function toReported(error: unknown): ReportedError {
  if (error instanceof CliError)
    return { code: error.code, message: error.message, localized: error.localized, issues: error.issues, exitCode: error.exitCode };
  if (isEngineError(error) && error.code in ENGINE_ERROR_CODES)
    return {
      code: error.code,
      message: error.message,
      localized: engineErrorText(error.code, error.message),
      issues: error.issues,
      exitCode: 1,
    };
  if (isUnitsError(error) && error.code in UNITS_ERROR_CODES) {
    // A single problem is the error itself: listing it again below would only repeat the message.
    const issues = error.problems.length === 1 && error.problems[0]!.message === error.message ? [] : error.problems.map(unitsIssue);
    return { code: error.code, message: error.message, localized: unitsText(error), issues, exitCode: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL", message, localized: both("usage.internal", { detail: message }), issues: [], exitCode: 1 };
}

/**
 * Every error a repository throws on purpose carries one of these codes; each is documented in the
 * README (a test checks). The API translates codes to HTTP/tRPC errors at its edge.
 */
export const DB_ERROR_CODES = {
  NOT_FOUND: "The row named (pack, unit, assessment, evidence file, plan item, …) does not exist.",
  ALREADY_EXISTS:
    "A row with the same natural key exists (an assessment for the unit, period and pack; a pack id and version with another hash).",
  VERSION_CONFLICT: "The write was based on a version that is no longer current; details hold the current value and version.",
  INVALID_TRANSITION: "The status change is not allowed from the current status; the message names from and to.",
  REASON_REQUIRED: "Returning an indicator or reopening an assessment needs a reason.",
  INVALID_INPUT: "An argument does not have the expected form (a date, a limit, a value, pack content without meta).",
  PACK_PINNED: "The pack is used by a score snapshot and can never change or be deleted.",
  IN_USE: "The row is still referenced by others (e.g. a pack used by assessments) and cannot be deleted.",
  IMMUTABLE: "Score snapshots and the audit log can never be changed or deleted.",
  ASSESSMENT_LOCKED: "The assessment is submitted or locked: its inputs, evidence and indicator workflow cannot change.",
  EVIDENCE_TOO_LARGE: "The evidence file is larger than the size limit.",
  EVIDENCE_TYPE_NOT_ALLOWED: "The type found in the evidence file's content is not an allowed type (or none was recognised).",
  IMPORT_DUPLICATE: "An import names the same unit twice for one period and pack.",
} as const;

export type DbErrorCode = keyof typeof DB_ERROR_CODES;

export class DbError extends Error {
  override readonly name = "DbError";
  readonly code: DbErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: DbErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isDbError(error: unknown, code?: DbErrorCode): error is DbError {
  return error instanceof DbError && (code === undefined || error.code === code);
}

interface PgLikeError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  constraint?: unknown;
}

/**
 * Maps what PostgreSQL (or PGlite) raised to a coded error; a DbError passes through and anything
 * unrecognised is returned as it was. The triggers of the initial migration raise P0001 with
 * known messages.
 */
export function toDbError(error: unknown): unknown {
  if (error instanceof DbError || typeof error !== "object" || error === null) return error;
  const { code, message, detail } = error as PgLikeError;
  const text = typeof message === "string" ? message : "";
  const details = { pgCode: code, detail };
  switch (code) {
    case "P0001":
      if (/^pack .* is used by a score snapshot and cannot change/.test(text))
        return new DbError("PACK_PINNED", text, details, { cause: error });
      if (/rows cannot be (update|delete)/.test(text)) return new DbError("IMMUTABLE", text, details, { cause: error });
      return error;
    case "23505":
      return new DbError("ALREADY_EXISTS", text, details, { cause: error });
    case "23503":
      return /^update or delete/.test(text)
        ? new DbError("IN_USE", text, details, { cause: error })
        : new DbError("NOT_FOUND", text, details, { cause: error });
    case "23514":
    case "22021": // a NUL byte in text
    case "22P05": // \u0000 in jsonb
    case "22P02":
    case "22007":
    case "22008":
      return new DbError("INVALID_INPUT", text, details, { cause: error });
    default:
      return error;
  }
}

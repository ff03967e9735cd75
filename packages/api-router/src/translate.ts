import { isConnectionError, isDbError, type DbError, type DbErrorCode } from "@dti/db";
import { isEngineError, type EngineError, type EngineErrorCode } from "@dti/engine";
import { isUnitsError } from "@dti/units";
import { z } from "zod";
import { ApiError, type ApiErrorCode, type FieldIssue } from "./errors";

/**
 * Turns whatever a procedure threw into an ApiError of the registry: our own errors pass through,
 * zod issues become VALIDATION_FAILED with field paths, engine and units errors keep their own code
 * in `details`, and database constraint violations become 4xx answers (bad input must never 500).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return fromZod(error);
  if (isEngineError(error)) return fromEngine(error);
  if (isDbError(error)) return fromDbError(error);
  if (isUnitsError(error)) return new ApiError("UNIT_UNKNOWN", error.message, { details: { unitsCode: error.code }, cause: error });
  const db = fromDatabase(error);
  if (db) return db;
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause && cause !== error && (cause instanceof ApiError || cause instanceof z.ZodError || isEngineError(cause)))
    return toApiError(cause);
  return new ApiError("INTERNAL", "an unexpected error occurred on the server", { cause: error });
}

export function zodFields(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const expected = "expected" in issue && typeof issue.expected === "string" ? issue.expected : undefined;
    return { path: path || "(input)", message: issue.message, ...(expected ? { expected } : {}) };
  });
}

export function fromZod(error: z.ZodError, what = "input"): ApiError {
  const fields = zodFields(error);
  const first = fields[0];
  return new ApiError(
    "VALIDATION_FAILED",
    `${what} is not valid: ${first ? `${first.path}: ${first.message}` : "unknown problem"}${fields.length > 1 ? ` (and ${fields.length - 1} more)` : ""}`,
    {
      fields,
      cause: error,
    },
  );
}

const ENGINE_TO_API: Partial<Record<EngineErrorCode, ApiErrorCode>> = {
  PACK_INVALID: "PACK_INVALID",
  PACK_ENGINE_INCOMPATIBLE: "PACK_INVALID",
  PACK_LOAD_FAILED: "PACK_INVALID",
  PACK_NOT_FOUND: "NOT_FOUND",
  PACK_CHOICE_REQUIRED: "PACK_CHOICE_REQUIRED",
  REQUEST_INVALID: "VALIDATION_FAILED",
  INPUT_INVALID: "INPUT_INVALID",
  INPUT_MISSING: "INPUT_INVALID",
  INPUT_UNKNOWN: "INPUT_INVALID",
  INPUT_NOT_A_NUMBER: "INPUT_INVALID",
  INPUT_NOT_BOOLEAN: "INPUT_INVALID",
  INPUT_UNKNOWN_CHOICE: "INPUT_INVALID",
  INPUT_OUT_OF_RANGE: "INPUT_INVALID",
  INPUT_CONFLICT: "INPUT_INVALID",
  INPUT_CONSTANT: "INPUT_INVALID",
  INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: "INPUT_INVALID",
  INDEX_VALUE_INVALID: "PUBLISHED_TOTALS_MISMATCH",
  VARIANT_INVALID: "VARIANT_INVALID",
  PACK_COVERAGE: "PACK_COVERAGE",
};

/** Every engine code becomes a 4xx: the engine only throws for what it was given. */
export function engineCodeToApi(code: EngineErrorCode): ApiErrorCode {
  return ENGINE_TO_API[code] ?? "ENGINE_ERROR";
}

function fromEngine(error: EngineError): ApiError {
  const fields: FieldIssue[] = error.issues.map((issue) => {
    if ("path" in issue) return { path: issue.path.join("."), message: issue.message };
    const path = [issue.unit, issue.input ?? issue.key].filter(Boolean).join(".") || issue.indicator || "(input)";
    return { path, message: issue.message, ...(issue.expected ? { expected: issue.expected } : {}) };
  });
  return new ApiError(engineCodeToApi(error.code), error.message, {
    fields,
    details: { engineCode: error.code, ...(error.code === "PACK_INVALID" ? { issues: error.issues } : {}) },
    cause: error,
  });
}

/** Every repository code has its answer; the Record makes a new code a type error until it is mapped. */
export const DB_TO_API: Record<DbErrorCode, ApiErrorCode> = {
  NOT_FOUND: "NOT_FOUND",
  ALREADY_EXISTS: "ALREADY_EXISTS",
  VERSION_CONFLICT: "CONFLICT",
  INVALID_TRANSITION: "INVALID_STATE",
  REASON_REQUIRED: "VALIDATION_FAILED",
  INVALID_INPUT: "VALIDATION_FAILED",
  PACK_PINNED: "INVALID_STATE",
  IN_USE: "INVALID_STATE",
  IMMUTABLE: "INVALID_STATE",
  ASSESSMENT_LOCKED: "INVALID_STATE",
  EVIDENCE_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  EVIDENCE_TYPE_NOT_ALLOWED: "UNSUPPORTED_MEDIA_TYPE",
  IMPORT_DUPLICATE: "IMPORT_INVALID",
  UNAVAILABLE: "DATABASE_UNAVAILABLE",
};

/** Seconds a client is told to wait (Retry-After) when the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The answer while the database is away: in Vietnamese and English, as the web app shows it. */
export function databaseUnavailable(cause?: unknown): ApiError {
  return new ApiError(
    "DATABASE_UNAVAILABLE",
    "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít giây. / The database is temporarily unavailable; please retry in a few seconds.",
    { details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS }, cause },
  );
}

function fromDbError(error: DbError): ApiError {
  if (error.code === "UNAVAILABLE") return databaseUnavailable(error);
  const field = typeof error.details.field === "string" ? error.details.field : undefined;
  const problems = Array.isArray(error.details.problems)
    ? (error.details.problems as { row?: number; field?: string; message?: string }[])
    : [];
  const fields = field
    ? [{ path: field, message: error.message }]
    : problems.map((p) => ({
        path: [p.row === undefined ? undefined : `rows.${p.row}`, p.field].filter(Boolean).join("."),
        message: p.message ?? error.message,
      }));
  // Database internals (SQLSTATE, driver detail) stay in the log, not in the answer.
  const { pgCode: _pgCode, detail: _detail, constraint: _constraint, ...details } = error.details;
  return new ApiError(DB_TO_API[error.code], error.message, { fields, details: { ...details, dbCode: error.code }, cause: error });
}

interface PgLikeError {
  code?: unknown;
  constraint?: unknown;
  detail?: unknown;
  message?: unknown;
}

/**
 * PostgreSQL's SQLSTATE codes (the same on PGlite): a unique violation is a conflict, a missing
 * referenced row a not-found, a malformed value (bad uuid, date) a validation failure, a trigger's
 * refusal (append-only log, pinned pack) an invalid state. Serialization failures are retried by
 * the caller before they get here; if one does, it is a conflict the client may retry.
 */
function fromDatabase(error: unknown): ApiError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if (isConnectionError(error)) return databaseUnavailable(error);
  const e = error as PgLikeError;
  const code = typeof e.code === "string" ? e.code : undefined;
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  // The database's words (constraint names, SQLSTATE, values) are logged by the edge, never sent.
  if (code === "23505") {
    const field = keyField(e.detail);
    return new ApiError("ALREADY_EXISTS", field ? `a record with this ${field} already exists` : "such a record already exists", {
      fields: field ? [{ path: field, message: "already used" }] : [],
      cause: error,
    });
  }
  if (code === "23503") return new ApiError("NOT_FOUND", "a record it refers to does not exist", { cause: error });
  if (code === "23514" || code === "23502")
    return new ApiError("VALIDATION_FAILED", "a value breaks a rule of the data", {
      fields: [{ path: "(input)", message: "breaks a rule" }],
      cause: error,
    });
  if (code.startsWith("22"))
    return new ApiError("VALIDATION_FAILED", "a value does not have the expected form", {
      fields: [{ path: "(input)", message: "wrong form" }],
      cause: error,
    });
  if (code === "P0001") return new ApiError("INVALID_STATE", "the stored data does not allow this change", { cause: error });
  if (code === "40001" || code === "40P01") return new ApiError("CONFLICT", "a concurrent change got there first; retry", { cause: error });
  return undefined;
}

/** The column(s) of a unique key from PostgreSQL's detail ("Key (email)=(…) already exists."), camel-cased. */
function keyField(detail: unknown): string | undefined {
  const match = typeof detail === "string" ? /^Key \(([^)]*)\)=/.exec(detail) : null;
  return match?.[1]
    ?.split(",")
    .map((c) => c.trim().replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase()))
    .join(", ");
}

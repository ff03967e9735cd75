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
  UNAVAILABLE:
    "The database cannot be reached (server stopped or restarting, connection lost, embedded database closed); retry in a few seconds.",
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
  if (isConnectionError(error))
    return new DbError("UNAVAILABLE", "the database is unavailable", { reason: connectionReason(error) }, { cause: error });
  const { code, message, detail, constraint } = error as PgLikeError;
  const text = typeof message === "string" ? message : "";
  // The database's own words (constraint names, SQLSTATE, the offending value) stay in `cause` and
  // in `pgCode`/`detail`, which the API logs and never sends; the message is ours.
  const details = { pgCode: code, detail, ...(typeof constraint === "string" ? { constraint } : {}) };
  switch (code) {
    case "P0001":
      if (/^pack .* is used by a score snapshot and cannot change/.test(text))
        return new DbError("PACK_PINNED", "the pack is used by a score snapshot and cannot change", details, { cause: error });
      if (/rows cannot be (update|delete)/.test(text))
        return new DbError("IMMUTABLE", "score snapshots and the audit log cannot be changed or deleted", details, { cause: error });
      return error;
    case "23505": {
      const field = keyColumns(detail);
      return new DbError(
        "ALREADY_EXISTS",
        field ? `a record with this ${field} already exists` : "such a record already exists",
        {
          ...details,
          ...(field ? { field } : {}),
        },
        { cause: error },
      );
    }
    case "23503":
      return /^update or delete/.test(text)
        ? new DbError("IN_USE", "the record is still used by others and cannot be deleted", details, { cause: error })
        : new DbError("NOT_FOUND", "a record it refers to does not exist", details, { cause: error });
    case "23514":
    case "23502":
      return new DbError("INVALID_INPUT", "a value breaks a rule of the data", details, { cause: error });
    case "22021": // a NUL byte in text
    case "22P05": // \u0000 in jsonb
    case "22P02":
    case "22007":
    case "22008":
    case "22003":
    case "22001":
      return new DbError("INVALID_INPUT", "a value does not have the expected form", details, { cause: error });
    default:
      return error;
  }
}

/** The column(s) of a unique key from PostgreSQL's detail ("Key (email)=(a@b.vn) already exists."), camel-cased. */
function keyColumns(detail: unknown): string | undefined {
  const match = typeof detail === "string" ? /^Key \(([^)]*)\)=/.exec(detail) : null;
  if (!match) return undefined;
  return match[1]!
    .split(",")
    .map((c) => c.trim().replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase()))
    .join(", ");
}

/** Node's socket errors when the server is not there or the connection broke. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * SQLSTATEs of a lost or refused connection: class 08 (connection exception), 57P01–57P03 (the
 * server is shutting down, crashed or starting), 53300 (too many connections).
 */
function isConnectionSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/** What pg and PGlite say when there is no connection to speak over (they carry no code). */
const CONNECTION_MESSAGES = [
  /^Connection terminated/i,
  /connection error and is not queryable/i,
  /^timeout exceeded when trying to connect/i,
  /^Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /^PGlite is closed/i,
  /^driver has already been destroyed/i,
];

/**
 * Whether the error says the database could not be reached (rather than refusing the statement):
 * nothing was done by the statement that failed this way before it was sent, and an idempotent read
 * may be retried. Looks through `cause` and AggregateError (Node's happy-eyeballs connect).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  if (error instanceof DbError) return error.code === "UNAVAILABLE";
  const { code, message } = error as PgLikeError;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isConnectionSqlState(code)))) return true;
  if (typeof message === "string" && CONNECTION_MESSAGES.some((re) => re.test(message))) return true;
  // A WebAssembly trap in the embedded database: it cannot answer any more.
  if (error instanceof Error && error.name === "RuntimeError") return true;
  if (error instanceof AggregateError && error.errors.some((e) => isConnectionError(e, depth + 1))) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isConnectionError(cause, depth + 1);
}

function connectionReason(error: unknown): string {
  const { code } = error as PgLikeError;
  return typeof code === "string" ? code : "connection";
}

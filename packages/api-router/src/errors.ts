/**
 * Every error the API answers with: one registry, stable codes, each with what it means, the tRPC
 * code and the HTTP status it becomes at the edge. Procedures throw `ApiError`; the tRPC error
 * formatter and the HTTP host translate. A test checks that every code is documented in the README.
 */
export const API_ERROR_CODES = {
  UNAUTHENTICATED: {
    status: 401,
    trpc: "UNAUTHORIZED",
    description: "No valid session: sign in first (the session may have expired after 12 hours without activity).",
  },
  LOGIN_FAILED: {
    status: 401,
    trpc: "UNAUTHORIZED",
    description: "The e-mail or password is wrong, or the account is disabled (which one is not said).",
  },
  FORBIDDEN: { status: 403, trpc: "FORBIDDEN", description: "The signed-in user's role or scope (province, agency) does not allow this." },
  CSRF_INVALID: {
    status: 403,
    trpc: "FORBIDDEN",
    description: "A mutation without the session's token in the `x-csrf-token` header (get it from `auth.me` or login).",
  },
  RATE_LIMITED: {
    status: 429,
    trpc: "TOO_MANY_REQUESTS",
    description: "Too many failed sign-ins for this e-mail or from this address; `details.retryAfterSeconds` says when to retry.",
  },
  VALIDATION_FAILED: {
    status: 400,
    trpc: "BAD_REQUEST",
    description: "The input does not have the expected shape; `fields` lists each problem with its path and the expected form.",
  },
  PAYLOAD_TOO_LARGE: { status: 413, trpc: "PAYLOAD_TOO_LARGE", description: "The request body or uploaded file is above the size limit." },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    trpc: "UNSUPPORTED_MEDIA_TYPE",
    description: "The file's content is not one of the accepted types (checked from its bytes, not its name).",
  },
  NOT_FOUND: {
    status: 404,
    trpc: "NOT_FOUND",
    description: "No such thing (or none the user may see: other provinces' unpublished data is reported as not found).",
  },
  CONFLICT: {
    status: 409,
    trpc: "CONFLICT",
    description: "The edit was based on an older version; `details` carries the current value and version. Reload and retry.",
  },
  ALREADY_EXISTS: {
    status: 409,
    trpc: "CONFLICT",
    description: "Something with the same key already exists (an e-mail, an assessment for this unit, period and pack).",
  },
  SEPARATION_OF_DUTIES: {
    status: 403,
    trpc: "FORBIDDEN",
    description:
      "Whoever submitted an indicator cannot approve it: another reviewer must (`details.indicatorCode`, `details.submittedBy`). On by default; a deployment turns it off with DTI_SEPARATION_OF_DUTIES=0.",
  },
  CONFIRMATION_REQUIRED: {
    status: 409,
    trpc: "CONFLICT",
    description:
      "Submitting an assessment with incomplete indicators (drafts, returned, not reviewed, missing inputs or evidence) needs `confirm: true`; `details.counts` and `details.items` say what is incomplete.",
  },
  CARRY_FORWARD_UNSUPPORTED: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description:
      "Values cannot be carried between these two packs: the new assessment's pack (`details.toPack`) declares no crosswalk from the earlier one (`details.fromPack`), or the earlier one is the later framework (`details.direction`: `backwards`); `details.text` says it in Vietnamese and English.",
  },
  INVALID_STATE: {
    status: 409,
    trpc: "CONFLICT",
    description: "The workflow does not allow this now (e.g. editing a locked assessment, approving an indicator not submitted).",
  },
  PASSWORD_WEAK: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "The password does not meet the policy (at least 12 characters, at least 4 different characters).",
  },
  PACK_INVALID: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "An uploaded pack bundle does not validate; `details.issues` lists every problem with its path.",
  },
  PACK_CHOICE_REQUIRED: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "More than one framework applies to the year: name the pack to use.",
  },
  PACK_NOT_ACTIVE: {
    status: 409,
    trpc: "CONFLICT",
    description: "The pack is an uploaded draft: a national admin must activate it before it is used.",
  },
  VARIANT_INVALID: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description:
      "A what-if variant (dti-variant@1) does not have the expected shape or names what its base pack lacks; `fields` lists every problem with its path.",
  },
  PACK_COVERAGE: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: 'The pack cannot do what was asked: it does not score raw inputs (its coverage is not "full").',
  },
  INPUT_INVALID: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description:
      "A value does not fit its input (not a number, unknown choice, out of range…); `fields` names each input and the expected form.",
  },
  PLAN_TARGET_INVALID: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description:
      "A plan target is not possible: an input the indicator does not read, a value out of the input's range, a numerator above its denominator, an input neither entered nor given, or a goal rank beyond the cohort; `fields` names each (`targetInputs.3.3.a`) with the expected form.",
  },
  PUBLISHED_TOTALS_MISMATCH: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "An imported published table's totals do not match the pack's aggregation of its main indices; `fields` lists each row.",
  },
  IMPORT_INVALID: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "An imported file cannot be read; `fields` lists every problem by row and column. Nothing was imported.",
  },
  UNIT_UNKNOWN: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "A unit named in the input is not in the registry (or not valid on the date used).",
  },
  ENGINE_ERROR: {
    status: 422,
    trpc: "UNPROCESSABLE_CONTENT",
    description: "The scoring engine refused the request; `details.engineCode` has the engine's own code.",
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    trpc: "SERVICE_UNAVAILABLE",
    description:
      "The database cannot be reached for the moment (restarting, connection lost); nothing was changed by this request unless it says so. Retry after `Retry-After` seconds.",
  },
  INTERNAL: {
    status: 500,
    trpc: "INTERNAL_SERVER_ERROR",
    description: "An unexpected fault on the server (never the answer to bad input); the log has the cause.",
  },
} as const satisfies Record<string, { status: number; trpc: TrpcCode; description: string }>;

export type ApiErrorCode = keyof typeof API_ERROR_CODES;

/** The tRPC codes the registry maps to (a subset of tRPC's own list). */
export type TrpcCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNPROCESSABLE_CONTENT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

/** One problem with one field of the input: where it is, what is wrong, what was expected. */
export interface FieldIssue {
  path: string;
  message: string;
  expected?: string;
}

/** The body every error answers with, on tRPC (`error.data.apiError`) and on HTTP routes (`error`). */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  fields: FieldIssue[];
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: FieldIssue[];
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ApiErrorCode,
    message: string,
    options: { fields?: FieldIssue[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ApiError";
    this.code = code;
    this.fields = options.fields ?? [];
    this.details = options.details;
  }

  get status(): number {
    return API_ERROR_CODES[this.code].status;
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, fields: this.fields, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

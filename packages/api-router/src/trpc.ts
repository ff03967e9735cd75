import { initTRPC, TRPCError } from "@trpc/server";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { z } from "zod";
import { API_ERROR_CODES, ApiError, type ApiErrorBody } from "./errors";
import type { ApiContext } from "./context";
import { csrfMatches } from "./auth/sessions";
import { fromZod, toApiError } from "./translate";
import { assertSafeStrings } from "./safe-strings";

/**
 * The one tRPC instance. Every error leaves through the formatter as a registry code
 * (`error.data.apiError`), with the tRPC code and HTTP status the registry gives it: bad input is a
 * 4xx with field paths, never a 500.
 */
const t = initTRPC.context<ApiContext>().create({
  errorFormatter({ shape, error }) {
    const apiError = apiErrorOf(error);
    const entry = API_ERROR_CODES[apiError.code];
    return {
      ...shape,
      code: TRPC_ERROR_CODES_BY_KEY[entry.trpc],
      message: apiError.message,
      data: {
        ...shape.data,
        code: entry.trpc,
        httpStatus: entry.status,
        stack: undefined,
        apiError: apiError.toBody() satisfies ApiErrorBody,
      },
    };
  },
});

/** What tRPC caught, as an ApiError: input parse failures, our errors, anything else. */
export function apiErrorOf(error: TRPCError): ApiError {
  const cause = error.cause;
  if (cause instanceof z.ZodError) return fromZod(cause);
  if (cause !== undefined && cause !== error) {
    const translated = toApiError(cause);
    if (translated.code !== "INTERNAL") return translated;
  }
  switch (error.code) {
    case "PARSE_ERROR":
    case "BAD_REQUEST":
      return new ApiError("VALIDATION_FAILED", error.message || "the request could not be read", {
        fields: [{ path: "(input)", message: error.message }],
      });
    case "NOT_FOUND":
      return new ApiError("NOT_FOUND", error.message);
    case "METHOD_NOT_SUPPORTED":
      return new ApiError("VALIDATION_FAILED", error.message, {
        fields: [{ path: "(method)", message: error.message, expected: "GET for queries, POST for mutations" }],
      });
    case "PAYLOAD_TOO_LARGE":
      return new ApiError("PAYLOAD_TOO_LARGE", error.message);
    case "UNSUPPORTED_MEDIA_TYPE":
      return new ApiError("UNSUPPORTED_MEDIA_TYPE", error.message);
    case "UNAUTHORIZED":
      return new ApiError("UNAUTHENTICATED", error.message);
    case "FORBIDDEN":
      return new ApiError("FORBIDDEN", error.message);
    default:
      return cause instanceof ApiError ? cause : new ApiError("INTERNAL", "an unexpected error occurred on the server", { cause: error });
  }
}

/** Throws what the procedure threw as a TRPCError carrying the ApiError (so the formatter finds it). */
const errors = t.middleware(async ({ next }) => {
  const result = await next();
  // tRPC has already classified what it caught itself (unreadable JSON, input validation); only
  // what a procedure threw arrives as INTERNAL_SERVER_ERROR with the thrown error as its cause.
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const cause = result.error.cause;
    if (cause !== undefined && !(cause instanceof z.ZodError)) {
      const apiError = toApiError(cause);
      if (apiError.code === "INTERNAL") console.error(cause);
      throw new TRPCError({ code: API_ERROR_CODES[apiError.code].trpc, message: apiError.message, cause: apiError });
    }
  }
  return result;
});

/**
 * CSRF: a mutation made with a cookie session must carry the session's token in `x-csrf-token`.
 * Callers in the same process (tests, the CLI) pass a user without a session: no browser, no CSRF.
 */
const csrf = t.middleware(async ({ ctx, type, next }) => {
  if (type === "mutation" && ctx.session && !csrfMatches(ctx.session, ctx.request.csrfHeader))
    throw new ApiError("CSRF_INVALID", "this change needs the x-csrf-token header of your session (from auth.me or login)");
  return next();
});

const authed = t.middleware(async ({ ctx, next }) => {
  if (!ctx.user) throw new ApiError("UNAUTHENTICATED", "sign in first");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Every input is checked before its schema and the procedure see it: text with a NUL character or
 * an unpaired surrogate (which PostgreSQL refuses with its own words) and absurd nesting are a
 * VALIDATION_FAILED naming the field. One check for every procedure, present and future.
 */
const safeInput = t.middleware(async ({ getRawInput, next }) => {
  assertSafeStrings(await getRawInput());
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errors).use(safeInput).use(csrf);
/**
 * Signing in is the one mutation without the CSRF check: it has no session token to check yet (a
 * browser with an old cookie must still be able to sign in again). SameSite=Lax cookies and the
 * JSON content type keep other sites from posting it.
 */
export const signInProcedure = t.procedure.use(errors).use(safeInput);
export const authedProcedure = publicProcedure.use(authed);

export { appRouter, createCaller, type AppRouter } from "./router";
export {
  createContext,
  DEFAULT_SETTINGS,
  settingsFromEnv,
  type ApiContext,
  type ApiSettings,
  type CreateContextOptions,
  type SessionCookies,
} from "./context";
export { API_ERROR_CODES, ApiError, isApiError, type ApiErrorBody, type ApiErrorCode, type FieldIssue } from "./errors";
export { toApiError, fromZod, engineCodeToApi } from "./translate";
export { apiErrorOf } from "./trpc";
export * from "./access";
export { hashPassword, verifyPassword, passwordProblems, PASSWORD_MIN_LENGTH } from "./auth/password";
export { SESSION_COOKIE, SESSION_TTL_MS, resumeSession, csrfMatches, type Session } from "./auth/sessions";
export { DEFAULT_RATE_LIMITS, type RateLimits } from "./auth/rate-limit";
export { login } from "./auth/login";
export { type SessionUser, normalizeEmail } from "./auth/users";
export { createAdmin, ensureAdminFromEnv } from "./auth/admin";
export { createPackRegistry, type PackRegistry, type RegisteredPack } from "./services/pack-registry";
export { packInputs, type PackInputs } from "./services/pack-usage";
export {
  carryMappingFor,
  identityMapping,
  registerCarryMapping,
  type CarryKind,
  type CarryMapping,
  type CarriedValue,
  type CarrySkip,
  type CarrySkipCode,
} from "./services/carry-forward";
export { registerInstalledPacks, seedUnits } from "./services/seed";
export { importPublished, importPublishedRecord, readPublishedCsv, checkPublishedTotals, activePack } from "./services/published";
export { isPublishedRecordCsv, provinceNameOf, readPublishedRecordCsv, RECORD_COLUMNS } from "./services/published-record";
export { addEvidence, evidenceFile, evidenceDto } from "./services/evidence";
export { publishedRows, rankingPublished, computedRanking, computedResult, publishedResult } from "./routers/published";
export { scorecardOf } from "./services/scorecard";
export type { AuthedContext } from "./services/scope";
export { DEMO_REGION } from "./services/dto";
export { insertUser } from "./auth/users";
export { assertSafeStrings, findUnsafeString, MAX_INPUT_DEPTH } from "./safe-strings";

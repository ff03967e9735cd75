import type { ApiErrorInfo } from "../api/errors";
import type { MessageKey } from "./messages";
import type { Params } from "./context";

const KNOWN = new Set([
  "UNAUTHENTICATED",
  "LOGIN_FAILED",
  "FORBIDDEN",
  "CSRF_INVALID",
  "RATE_LIMITED",
  "VALIDATION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "NOT_FOUND",
  "CONFLICT",
  "ALREADY_EXISTS",
  "INVALID_STATE",
  "PASSWORD_WEAK",
  "PACK_INVALID",
  "PACK_CHOICE_REQUIRED",
  "PACK_NOT_ACTIVE",
  "INPUT_INVALID",
  "PUBLISHED_TOTALS_MISMATCH",
  "IMPORT_INVALID",
  "UNIT_UNKNOWN",
  "ENGINE_ERROR",
  "VARIANT_INVALID",
  "PACK_COVERAGE",
  "INTERNAL",
  "NETWORK",
]);

/**
 * A coded error in the user's language. The server's own message (English, technical) follows as
 * the detail only where it names something the user can act on (a field, a pack).
 */
export function errorText(info: ApiErrorInfo, t: (key: MessageKey, params?: Params) => string): string {
  const code = KNOWN.has(info.code) ? info.code : "UNKNOWN";
  let text = t(`error.${code}` as MessageKey);
  if (code === "RATE_LIMITED" && typeof info.details?.retryAfterSeconds === "number")
    text += " " + t("error.retryAfter", { minutes: Math.max(1, Math.ceil(info.details.retryAfterSeconds / 60)) });
  if (["VALIDATION_FAILED", "INPUT_INVALID", "VARIANT_INVALID", "PACK_INVALID", "IMPORT_INVALID", "UNKNOWN", "INVALID_STATE", "PASSWORD_WEAK"].includes(code) && info.message)
    text += ` (${info.message})`;
  return text;
}

import type { ApiErrorInfo } from "../api/errors";
import { formatNumber } from "../format/number";
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
  "SEPARATION_OF_DUTIES",
  "CONFIRMATION_REQUIRED",
  "CARRY_FORWARD_UNSUPPORTED",
  "PASSWORD_WEAK",
  "PACK_INVALID",
  "PACK_CHOICE_REQUIRED",
  "PACK_NOT_ACTIVE",
  "INPUT_INVALID",
  "PLAN_TARGET_INVALID",
  "PUBLISHED_TOTALS_MISMATCH",
  "IMPORT_INVALID",
  "UNIT_UNKNOWN",
  "ENGINE_ERROR",
  "VARIANT_INVALID",
  "PACK_COVERAGE",
  "DATABASE_UNAVAILABLE",
  "INTERNAL",
  "NETWORK",
]);

/**
 * A coded error in the user's language. The server's own message (English, technical) follows as
 * the detail only where it names something the user can act on (a field, a pack).
 */
export function errorText(info: ApiErrorInfo, t: (key: MessageKey, params?: Params) => string): string {
  const code = KNOWN.has(info.code) ? info.code : "UNKNOWN";
  const ratio = code === "INPUT_INVALID" ? ratioText(info, t) : null;
  if (ratio) return ratio;
  const target = code === "PLAN_TARGET_INVALID" ? planTargetText(info, t) : null;
  if (target) return target;
  const details = info.details ?? {};
  const params: Params =
    code === "SEPARATION_OF_DUTIES"
      ? { code: String(details.indicatorCode ?? "") }
      : code === "CONFIRMATION_REQUIRED"
        ? { n: Number(details.incomplete ?? 0) }
        : code === "CARRY_FORWARD_UNSUPPORTED"
          ? { from: String(details.fromPack ?? ""), to: String(details.toPack ?? "") }
          : {};
  let text = t(`error.${code}` as MessageKey, params);
  if (code === "RATE_LIMITED" && typeof info.details?.retryAfterSeconds === "number")
    text += " " + t("error.retryAfter", { minutes: Math.max(1, Math.ceil(info.details.retryAfterSeconds / 60)) });
  if (
    [
      "VALIDATION_FAILED",
      "INPUT_INVALID",
      "VARIANT_INVALID",
      "PACK_INVALID",
      "IMPORT_INVALID",
      "UNKNOWN",
      "INVALID_STATE",
      "PASSWORD_WEAK",
    ].includes(code) &&
    info.message
  )
    text += ` (${info.message})`;
  return text;
}

interface RatioOther {
  indicator: string;
  address: string;
  value: unknown;
  side: "denominator" | "numerator";
}

function isRatioOther(x: unknown): x is RatioOther {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.indicator === "string" && typeof o.address === "string" && (o.side === "denominator" || o.side === "numerator");
}

/**
 * A value refused because it breaks a ratio with the values stored beside it (assessments.setInput:
 * `details.others` names the other side of each ratio and its current value), said in the user's
 * language with the numbers in its format: "lớn hơn mẫu số … (8.4.b = 640.000)". Null when the
 * details are not of that form, so the generic text applies.
 */
function ratioText(info: ApiErrorInfo, t: (key: MessageKey, params?: Params) => string): string | null {
  if (info.details?.engineCode !== "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR" || !Array.isArray(info.details.others)) return null;
  const others = info.details.others.filter(isRatioOther);
  if (others.length === 0 || others.length !== info.details.others.length) return null;
  const side = others[0]!.side;
  if (others.some((o) => o.side !== side)) return null;
  const lang = t("lang.code") === "en" ? "en" : "vi";
  const shown = others.map((o) => `${o.address} = ${typeof o.value === "number" ? formatNumber(o.value, lang) : "—"}`).join("; ");
  const indicators = [...new Set(others.map((o) => o.indicator))].join(", ");
  return t(side === "denominator" ? "error.ratio.aboveDenominator" : "error.ratio.belowNumerator", { indicators, others: shown });
}

interface TargetProblem {
  field: string;
  kind: "not_read" | "value" | "above_denominator" | "below_numerator" | "missing";
  value?: unknown;
  other?: string;
  otherValue?: unknown;
  allowed?: string[];
}

/**
 * A plan target refused (plans.preview/create/update: `details.problems`), each problem said in the
 * user's language with the numbers in its format: "3.3.a = 650.000 lớn hơn mẫu số 3.3.b = 640.000…".
 * Null when the details are not of that form (a goal rank beyond the cohort: the generic text).
 */
function planTargetText(info: ApiErrorInfo, t: (key: MessageKey, params?: Params) => string): string | null {
  const problems = info.details?.problems;
  if (!Array.isArray(problems) || problems.length === 0) return null;
  const lang = t("lang.code") === "en" ? "en" : "vi";
  const shown = (v: unknown) =>
    typeof v === "number"
      ? formatNumber(v, lang, 10)
      : v === true
        ? t("common.yes")
        : v === false
          ? t("common.no")
          : v == null
            ? "—"
            : String(v);
  const key = {
    not_read: "error.plan.notRead",
    value: "error.plan.value",
    above_denominator: "error.plan.aboveDenominator",
    below_numerator: "error.plan.belowNumerator",
    missing: "error.plan.missing",
  } as const;
  const texts = (problems as TargetProblem[]).map((p) =>
    t(key[p.kind] ?? "error.PLAN_TARGET_INVALID", {
      field: p.field,
      value: shown(p.value),
      other: p.other ?? "—",
      otherValue: shown(p.otherValue),
      allowed: (p.allowed ?? []).join(", "),
    }),
  );
  return [t("error.PLAN_TARGET_INVALID"), ...texts].join(" ");
}

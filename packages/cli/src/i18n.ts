import { InvalidArgumentError } from "commander";
import type { InputIssue } from "@dti/engine";
import { packIssueMessage, type Lang, type PackIssue } from "@dti/pack-sdk";

export type { Lang };

/**
 * The CLI's messages in Vietnamese and English, keyed by what they say (issue codes for problems).
 * A command that speaks both languages takes `--lang vi|en` (Vietnamese by default, as the web app)
 * and words its output with `say(lang, key, params)`; problems of a pack are worded by
 * @dti/pack-sdk's PACK_MESSAGES, problems of input data by `inputIssueText`. Codes (INPUT_UNKNOWN…)
 * and the "error CODE:" prefix stay the same in both languages, for scripts.
 */
type Params = Record<string, string | number>;

export const CLI_MESSAGES = {
  "validate.summary": {
    vi: (p: Params) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    en: (p: Params) => `${p.errors} error(s), ${p.warnings} warning(s)`,
  },
  "validate.error": { vi: () => "lỗi", en: () => "error" },
  "validate.warning": { vi: () => "cảnh báo", en: () => "warning" },
  "validate.more": {
    vi: (p: Params) => `… và ${p.count} ${p.what} nữa (${p.codes}); xem tất cả với --json`,
    en: (p: Params) => `… and ${p.count} more ${p.what} (${p.codes}); see them all with --json`,
  },
  "validate.invalid": {
    vi: (p: Params) => `gói ${p.id} không hợp lệ: ${p.count} vấn đề${p.json ? " (liệt kê trong báo cáo JSON)" : " (liệt kê ở trên)"}`,
    en: (p: Params) => `pack ${p.id} is not valid: ${p.count} problem(s)${p.json ? " (listed in the JSON report)" : " (listed above)"}`,
  },
  "validate.bundleHash": {
    vi: (p: Params) => `tệp gói ghi ${p.declared} nhưng nội dung có mã băm ${p.hash}: tệp đã bị sửa sau dti pack build`,
    en: (p: Params) => `the bundle says ${p.declared} but its pack hashes to ${p.hash}: it was changed after dti pack build`,
  },
  "input.header": {
    vi: (p: Params) => `${p.count} vấn đề về số liệu đầu vào`,
    en: (p: Params) => `${p.count} input problem(s)`,
  },
} as const;
export type CliMessageKey = keyof typeof CLI_MESSAGES;

export function say(lang: Lang, key: CliMessageKey, params: Params = {}): string {
  return (CLI_MESSAGES[key][lang] as (p: Params) => string)(params);
}

/** --lang: vi or en. */
export function parseLang(value: string): Lang {
  if (value !== "vi" && value !== "en") throw new InvalidArgumentError(`expected vi or en, got "${value}"`);
  return value;
}

/** The language asked for on a command line (`--lang en`, `--lang=en`), Vietnamese by default. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "vi" || value === "en") return value;
  }
  return "vi";
}

/** A pack problem in a language. */
export function packIssueText(issue: PackIssue, lang: Lang): string {
  return packIssueMessage(issue, lang);
}

/** "a whole number ≥ 0", "true or false", "one of a, b" in Vietnamese. */
function expectedVi(expected: string): string {
  return expected
    .replace(/^a whole number/, "số nguyên")
    .replace(/^a number/, "một số")
    .replace(/^true or false$/, "true hoặc false")
    .replace(/^one of /, "một trong các giá trị ")
    .replace(/ and /g, " và ");
}

const unitLead = (issue: InputIssue) => (issue.unit === undefined ? "" : `đơn vị ${issue.unit}, `);

/**
 * An input problem in a language: the engine's English message, or the same problem worded in
 * Vietnamese from its structured fields (code, unit, indicator, input, key, expected, suggestions,
 * ratio). Codes the catalogue does not word keep the English message.
 */
export function inputIssueText(issue: InputIssue, lang: Lang): string {
  if (lang === "en") return issue.message;
  const key = issue.key ?? issue.input ?? "";
  const where = issue.input && issue.key && issue.key !== issue.input ? `${issue.key} (${issue.input})` : key;
  switch (issue.code) {
    case "INPUT_MISSING":
      return `${unitLead(issue)}chỉ số ${issue.indicator}: thiếu đầu vào ${issue.input}${issue.key ? ` (${issue.key})` : ""}`;
    case "INPUT_UNKNOWN":
      return `${unitLead(issue)}"${issue.key}" không phải đầu vào của gói này${issue.suggestions?.length ? `; có phải ${issue.suggestions.map((s) => `"${s}"`).join(" hay ")}?` : ""}`;
    case "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR": {
      const r = issue.ratio;
      const figures = r
        ? ` (tử số ${r.missing ? "≥ " : ""}${r.numerator}${r.missing ? `, chưa có ${r.missing.join(", ")}` : ""}; mẫu số ${r.denominator})`
        : "";
      return `${unitLead(issue)}chỉ số ${issue.indicator}: tử số lớn hơn mẫu số${figures}${r?.missing ? ", dù các giá trị còn thiếu là bao nhiêu" : ""}; cần ${issue.expected ?? "a ≤ b"}`;
    }
    case "INPUT_OUT_OF_RANGE":
      return `${unitLead(issue)}${where}: giá trị ngoài khoảng cho phép; cần ${expectedVi(issue.expected ?? "")}`;
    case "INPUT_NOT_A_NUMBER":
      return `${unitLead(issue)}${where}: không phải một số; cần ${expectedVi(issue.expected ?? "")}`;
    case "INPUT_NOT_BOOLEAN":
      return `${unitLead(issue)}${where}: cần giá trị có/không (true hoặc false)`;
    case "INPUT_UNKNOWN_CHOICE":
      return `${unitLead(issue)}${where}: không phải một phương án; cần ${expectedVi(issue.expected ?? "")}`;
    case "INPUT_CONFLICT":
      return `${unitLead(issue)}${issue.input} được nhập hai lần với hai giá trị khác nhau (${issue.key})`;
    case "INPUT_CONSTANT":
      return `${unitLead(issue)}${issue.key}: ${issue.input} là giá trị cố định ${issue.expected} theo văn bản hướng dẫn, không được nhập giá trị khác`;
    default:
      return issue.message;
  }
}

/** The first line of an input error: "3 input problem(s): …" in a language. */
export function inputErrorHeader(issues: readonly InputIssue[], lang: Lang): string {
  const head = issues.slice(0, 3).map((i) => inputIssueText(i, lang));
  const more = issues.length > 3 ? (lang === "vi" ? ` (và ${issues.length - 3} vấn đề khác)` : ` (and ${issues.length - 3} more)`) : "";
  return `${say(lang, "input.header", { count: issues.length })}: ${head.join("; ")}${more}`;
}

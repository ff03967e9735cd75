import type { InputIssue } from "@dti/engine";
import { say } from "./catalogue";
import { engineErrorText } from "./engine-text";
import type { Lang } from "./lang";

/**
 * Problems of input data in a language. The engine words them in English; they carry structured
 * fields (code, unit, indicator, input, key, expected, suggestions, ratio), from which they are said
 * in Vietnamese here.
 */

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
      return engineErrorText(issue.code, issue.message).vi;
  }
}

/** The first line of an input error: "3 input problem(s): …" in a language. */
export function inputErrorHeader(issues: readonly InputIssue[], lang: Lang): string {
  const head = issues.slice(0, 3).map((i) => inputIssueText(i, lang));
  const more = issues.length > 3 ? say(lang, "input.more", { count: issues.length - 3 }) : "";
  return `${say(lang, "input.header", { count: issues.length })}: ${head.join("; ")}${more}`;
}

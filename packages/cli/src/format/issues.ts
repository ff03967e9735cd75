import type { InputIssue } from "@dti/engine";
import { formatPath, type PackIssue } from "@dti/pack-sdk";
import type { AnyIssue, ReportedError } from "../errors";
import { inputErrorHeader, inputIssueText, packIssueText, type Lang } from "../i18n";

/** Where an issue is, in words: "row 3, column 4 (3.3.a), unit MAU, indicator 3.3, input households_fiber". */
function where(issue: AnyIssue, message: string): string {
  if ("path" in issue && Array.isArray(issue.path)) return (issue as PackIssue).where ?? formatPath(issue.path);
  const i = issue as Exclude<AnyIssue, { path: unknown }> & {
    file?: string;
    line?: number;
    row?: number;
    column?: number;
    indicator?: string;
  };
  // [text, what makes it redundant when the message already says it]
  const parts: [string, string][] = [];
  if (i.file) parts.push([i.file, `${i.file}:`]);
  if (i.line !== undefined) parts.push([`line ${i.line}`, `line ${i.line}`]);
  if (i.row !== undefined) parts.push([`row ${i.row}`, `row ${i.row}`]);
  if (i.column !== undefined) parts.push([`column ${i.column}${i.key ? ` (${i.key})` : ""}`, `column ${i.column}`]);
  if (i.unit) parts.push([`unit ${i.unit}`, `unit ${i.unit}`]);
  if (i.indicator) parts.push([`indicator ${i.indicator}`, `indicator ${i.indicator}`]);
  if (i.input) parts.push([`input ${i.input}`, i.input]);
  if (i.key && i.column === undefined && i.key !== i.input) parts.push([`key ${i.key}`, i.key]);
  return parts
    .filter(([, said]) => !message.includes(said))
    .map(([text]) => text)
    .join(", ");
}

const isPackIssue = (issue: AnyIssue): issue is PackIssue => "path" in issue && Array.isArray(issue.path);
/** An engine input issue (INPUT_…, UNIT_DUPLICATE…): no path, no file. */
const isInputIssue = (issue: AnyIssue): issue is InputIssue =>
  !isPackIssue(issue) && !("file" in issue && issue.file) && /^INPUT_/.test(issue.code);

/** An issue's message in a language (pack and input problems; other issues keep their message). */
export function issueText(issue: AnyIssue, lang: Lang = "en"): string {
  if (isPackIssue(issue)) return packIssueText(issue, lang);
  if (isInputIssue(issue)) return inputIssueText(issue, lang);
  return issue.message;
}

/** One line per issue: "  CODE where: message; expected …". */
export function formatIssue(issue: AnyIssue, lang: Lang = "en"): string {
  const message = issueText(issue, lang);
  // A Vietnamese input message names its unit, indicator and input itself.
  const place = lang === "vi" && isInputIssue(issue) ? "" : where(issue, message);
  const expected =
    "expected" in issue && issue.expected && !message.includes(issue.expected) && !(lang === "vi" && isInputIssue(issue))
      ? `; expected ${issue.expected}`
      : "";
  return `  ${issue.code}${place ? ` ${place}` : ""}: ${message}${expected}`;
}

/**
 * "error CODE: message" then each issue on its own line, as printed on stderr. In Vietnamese, an
 * input error's first line and its issues are worded from the catalogue (i18n.ts); the code stays.
 */
export function formatError(error: Pick<ReportedError, "code" | "message" | "issues">, lang: Lang = "en"): string {
  const inputs = error.issues.length > 0 && error.issues.every(isInputIssue);
  const message = lang === "vi" && inputs ? inputErrorHeader(error.issues as InputIssue[], lang) : error.message;
  return [`error ${error.code}: ${message}`, ...error.issues.map((i) => formatIssue(i, lang))].join("\n") + "\n";
}

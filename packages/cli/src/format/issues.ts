import type { InputIssue } from "@dti/engine";
import { formatPath, packIssueMessage, type PackIssue } from "@dti/pack-sdk";
import type { AnyIssue, CliIssue } from "../errors";
import { say } from "../i18n/catalogue";
import { engineErrorText } from "../i18n/engine-text";
import { inputErrorHeader, inputIssueText } from "../i18n/input-issues";
import type { Lang } from "../i18n/lang";
import type { ReportedError } from "../report";

const isPackIssue = (issue: AnyIssue): issue is PackIssue => "path" in issue && Array.isArray(issue.path);
/** An engine input issue (INPUT_…, UNIT_DUPLICATE…): no path, no file. */
const isInputIssue = (issue: AnyIssue): issue is InputIssue =>
  !isPackIssue(issue) && !("file" in issue && issue.file) && /^INPUT_/.test(issue.code);

/** Where an issue is, in words: "row 3, column 4 (3.3.a), unit MAU, indicator 3.3, input households_fiber". */
function where(issue: AnyIssue, message: string, lang: Lang): string {
  if (isPackIssue(issue)) return issue.where ?? formatPath(issue.path);
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
  if (i.line !== undefined) parts.push([say(lang, "issue.line", { n: i.line }), say(lang, "issue.line", { n: i.line })]);
  if (i.row !== undefined) parts.push([say(lang, "issue.row", { n: i.row }), say(lang, "issue.row", { n: i.row })]);
  if (i.column !== undefined) {
    const column = say(lang, "issue.column", { n: i.column });
    parts.push([`${column}${i.key ? ` (${i.key})` : ""}`, column]);
  }
  if (i.unit) parts.push([say(lang, "issue.unit", { code: i.unit }), say(lang, "issue.unit", { code: i.unit })]);
  if (i.indicator) parts.push([say(lang, "issue.indicator", { code: i.indicator }), say(lang, "issue.indicator", { code: i.indicator })]);
  if (i.input) parts.push([say(lang, "issue.input", { id: i.input }), i.input]);
  if (i.key && i.column === undefined && i.key !== i.input) parts.push([say(lang, "issue.key", { key: i.key }), i.key]);
  return parts
    .filter(([, said]) => !message.includes(said))
    .map(([text]) => text)
    .join(", ");
}

/** An issue's message in a language: its own words in both languages, else worded from its code and fields. */
export function issueText(issue: AnyIssue, lang: Lang = "en"): string {
  if (isPackIssue(issue)) return packIssueMessage(issue, lang);
  if (isInputIssue(issue)) return inputIssueText(issue, lang);
  const localized = (issue as CliIssue).localized;
  if (localized) return localized[lang];
  return lang === "en" ? issue.message : engineErrorText(issue.code, issue.message).vi;
}

/** What an issue expected, in a language. */
function expectedText(issue: AnyIssue, lang: Lang): string | undefined {
  if (!("expected" in issue) || !issue.expected) return undefined;
  return (issue as CliIssue).expectedLocalized?.[lang] ?? issue.expected;
}

/** One line per issue: "  CODE where: message; expected …". */
export function formatIssue(issue: AnyIssue, lang: Lang = "en"): string {
  const message = issueText(issue, lang);
  // A Vietnamese input message names its unit, indicator, input and expected form itself.
  const worded = lang === "vi" && isInputIssue(issue);
  const place = worded ? "" : where(issue, message, lang);
  const wanted = worded ? undefined : expectedText(issue, lang);
  const expected = wanted && !message.includes(wanted) ? say(lang, "issue.expected", { expected: wanted }) : "";
  return `  ${issue.code}${place ? ` ${place}` : ""}: ${message}${expected}`;
}

/** The first line of a reported error in a language. */
export function errorText(error: Pick<ReportedError, "code" | "message" | "issues" | "localized">, lang: Lang): string {
  const inputs = error.issues.length > 0 && error.issues.every(isInputIssue);
  if (lang === "vi" && inputs) return inputErrorHeader(error.issues as InputIssue[], lang);
  return error.localized?.[lang] ?? (lang === "en" ? error.message : engineErrorText(error.code, error.message).vi);
}

/**
 * "error CODE: message" then each issue on its own line, as printed on stderr, in a language. The
 * word "error" and the code are the same in both languages, for scripts.
 */
export function formatError(error: Pick<ReportedError, "code" | "message" | "issues" | "localized">, lang: Lang = "en"): string {
  return [`error ${error.code}: ${errorText(error, lang)}`, ...error.issues.map((i) => formatIssue(i, lang))].join("\n") + "\n";
}

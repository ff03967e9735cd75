import { formatPath } from "@dti/pack-sdk";
import type { AnyIssue, ReportedError } from "../errors";

/** Where an issue is, in words: "row 3, column 4 (3.3.a), unit MAU, indicator 3.3, input households_fiber". */
function where(issue: AnyIssue): string {
  if ("path" in issue && Array.isArray(issue.path)) return formatPath(issue.path);
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
    .filter(([, said]) => !issue.message.includes(said))
    .map(([text]) => text)
    .join(", ");
}

/** One line per issue: "  CODE where: message; expected …". */
export function formatIssue(issue: AnyIssue): string {
  const place = where(issue);
  const expected = "expected" in issue && issue.expected && !issue.message.includes(issue.expected) ? `; expected ${issue.expected}` : "";
  return `  ${issue.code}${place ? ` ${place}` : ""}: ${issue.message}${expected}`;
}

/** "error CODE: message" then each issue on its own line, as printed on stderr. */
export function formatError(error: Pick<ReportedError, "code" | "message" | "issues">): string {
  return [`error ${error.code}: ${error.message}`, ...error.issues.map(formatIssue)].join("\n") + "\n";
}

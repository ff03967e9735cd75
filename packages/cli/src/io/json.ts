import { CliError, cliIssue } from "../errors";
import { both } from "../i18n/catalogue";
import type { Localized } from "../i18n/message";

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Where JSON text first goes wrong, and why. V8 names the position of some errors only, so the
 * CLI finds it itself with a small recursive-descent scan (the text is already known to be bad).
 */
export function findJsonError(text: string): { offset: number; reason: Localized } {
  let i = 0;
  const fail = (reason: Localized): never => {
    throw { offset: i, reason };
  };
  const describe = (): Localized =>
    i >= text.length ? both("json.unexpectedEnd") : both("json.unexpected", { char: JSON.stringify(text[i]) });
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? void (i += word.length) : fail(describe()));
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(both("json.badUnicodeEscape"));
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "")) fail(both("json.badEscape"));
      } else if (text.charCodeAt(i) < 0x20) fail(both("json.controlInString"));
      i++;
    }
    if (i >= text.length) fail(both("json.unclosedString"));
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail(describe());
    i += match![0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(both("json.expectedName", { found: describe() }));
        string();
        ws();
        if (text[i] !== ":") fail(both("json.expectedColon", { found: describe() }));
        i++;
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") return void i++;
        fail(both("json.expectedEndOf", { found: describe(), close: "}" }));
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") return void i++;
        fail(both("json.expectedEndOf", { found: describe(), close: "]" }));
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return number();
    fail(describe());
  };
  try {
    value();
    ws();
    if (i < text.length) fail(both("json.trailing", { found: describe() }));
  } catch (error) {
    if (typeof error === "object" && error !== null && "offset" in error) return error as { offset: number; reason: Localized };
    throw error;
  }
  return { offset: text.length, reason: both("json.notValid") };
}

/** JSON.parse with the position of the problem in words (line, column), as JSON_INVALID. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const { offset, reason } = findJsonError(text);
    const { line, column } = lineColumn(text, offset);
    throw new CliError("JSON_INVALID", both("json.invalid", { file, line, column, reason }), {
      issues: [cliIssue({ code: "JSON_INVALID", file, line, column }, reason)],
      cause: error,
    });
  }
}

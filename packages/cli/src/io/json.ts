import { CliError } from "../errors";

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** JSON.parse with the position of the problem in words (line, column), as JSON_INVALID. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const match = /position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/^JSON\.parse: /, "");
    throw new CliError("JSON_INVALID", `${file}: not valid JSON at line ${line}, column ${column}: ${reason}`, {
      issues: [{ code: "JSON_INVALID", file, line, column, message: reason }],
      cause: error,
    });
  }
}

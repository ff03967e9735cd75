import { describe, expect, it } from "vitest";
import { CliError, type CliIssue } from "../errors";
import { parseCsv } from "./csv";

// The reader itself (RFC 4180, delimiters, blank lines, every kind of problem) is tested where it
// lives, in @dti/spreadsheets (src/csv/parse.test.ts); these tests check how the CLI reports it.

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).issues;
  }
  throw new Error("expected a CliError");
}

describe("parseCsv (the shared reader, reported as CSV_INVALID)", () => {
  it("returns the delimiter, header and records of a well-formed file", () => {
    expect(parseCsv('\uFEFFcode;name\r\nHNI;"Hà Nội; thủ đô"\r\n\r\nDNG;Đà Nẵng', "x.csv")).toEqual({
      delimiter: ";",
      header: ["code", "name"],
      records: [
        { line: 2, cells: ["HNI", "Hà Nội; thủ đô"] },
        { line: 4, cells: ["DNG", "Đà Nẵng"] },
      ],
    });
  });

  it("reports every malformed row with its line", () => {
    const issues = issuesOf(() => parseCsv('code,I,II\nA,1\nB,1,2,3\nC,"open\n', "bad.csv"));
    expect(issues.map((i) => ("row" in i ? i.row : undefined))).toEqual([4, 2, 3]);
    expect(issues[0]!.message).toContain("never closed");
    expect(issues[1]!.message).toBe("2 field(s) where the header has 3");
  });

  it("refuses a stray quote, an empty file, empty and repeated column names", () => {
    expect(issuesOf(() => parseCsv('code,I\nA,1"2\n', "x.csv"))[0]).toMatchObject({ row: 2, column: 2 });
    expect(() => parseCsv("", "empty.csv")).toThrow(/empty/);
    expect(issuesOf(() => parseCsv("code,,I,I\n", "x.csv")).map((i) => i.message)).toEqual([
      "empty column name in the header",
      'column "I" appears twice',
    ]);
  });

  it("gives each issue the CLI's code, the file, row, column, key and expected, in English", () => {
    let error: unknown;
    try {
      parseCsv('code,I,I\nA,"1"x,2\nB\n', "bad.csv");
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "CSV_INVALID", message: "bad.csv: 3 problem(s) in the CSV file", exitCode: 1 });
    expect((error as CliError).issues).toMatchObject([
      {
        code: "CSV_INVALID",
        file: "bad.csv",
        row: 2,
        column: 2,
        message: "text after a closing quote; a quoted field must end at the delimiter",
      },
      { code: "CSV_INVALID", file: "bad.csv", row: 1, column: 3, key: "I", message: 'column "I" appears twice' },
      { code: "CSV_INVALID", file: "bad.csv", row: 3, message: "1 field(s) where the header has 3", expected: '3 fields separated by ","' },
    ]);
    expect(() => parseCsv("\n\n", "blank.csv")).toThrow("blank.csv is empty: expected a header line");
    // Each issue also carries its Vietnamese words, printed in a Vietnamese run.
    for (const issue of (error as CliError).issues as CliIssue[])
      expect(issue.localized?.vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });
});

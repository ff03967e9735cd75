import { describe, expect, it } from "vitest";
import { CliError } from "../errors";
import { parseCsv } from "./csv";

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).issues;
  }
  throw new Error("expected a CliError");
}

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and a BOM", () => {
    const table = parseCsv('\uFEFFcode,name,note\r\nHNI,"Hà Nội, thủ đô","say ""xin chào""\nline 2"\r\nDNG,Đà Nẵng,\r\n', "x.csv");
    expect(table.header).toEqual(["code", "name", "note"]);
    expect(table.records).toEqual([
      { line: 2, cells: ["HNI", "Hà Nội, thủ đô", 'say "xin chào"\nline 2'] },
      { line: 4, cells: ["DNG", "Đà Nẵng", ""] },
    ]);
  });

  it("detects ';' and tab delimiters from the header", () => {
    expect(parseCsv("code;I\nA;0,5\n", "x.csv").records[0]!.cells).toEqual(["A", "0,5"]);
    expect(parseCsv("code\tI\nA\t0.5", "x.csv").records[0]!.cells).toEqual(["A", "0.5"]);
  });

  it("skips blank lines and accepts a missing final line break", () => {
    expect(parseCsv("code,I\n\nA,1\n\n", "x.csv").records).toEqual([{ line: 3, cells: ["A", "1"] }]);
    expect(parseCsv("code,I\nA,1", "x.csv").records).toHaveLength(1);
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
    expect(issuesOf(() => parseCsv("code,,I,I\n", "x.csv")).map((i) => i.message)).toEqual(["empty column name in the header", 'column "I" appears twice']);
  });
});

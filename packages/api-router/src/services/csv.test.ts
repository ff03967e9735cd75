import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFunit,source\r\np63-48,"a, ""quoted"" source"\r\n').rows).toEqual([
      ["unit", "source"],
      ["p63-48", 'a, "quoted" source'],
    ]);
  });

  it("accepts semicolons when the header uses them", () => {
    expect(parseCsv("unit;overall\nĐà Nẵng;0,8002\n").rows).toEqual([
      ["unit", "overall"],
      ["Đà Nẵng", "0,8002"],
    ]);
  });

  it("skips blank lines and reports an unclosed quote", () => {
    const parsed = parseCsv('a,b\n\n1,"2\n');
    expect(parsed.rows[0]).toEqual(["a", "b"]);
    expect(parsed.problems).toHaveLength(1);
  });
});

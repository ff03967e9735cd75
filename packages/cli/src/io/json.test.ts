import { describe, expect, it } from "vitest";
import { findJsonError, parseJson } from "./json";

describe("findJsonError", () => {
  it.each([
    ['{"a": 1,}', 8, 'unexpected "}": expected a property name in double quotes'],
    ['{"a":', 5, "unexpected end of input"],
    ["[1 2]", 3, "unexpected \"2\": expected ',' or ']'"],
    ["{a:1}", 1, 'unexpected "a": expected a property name in double quotes'],
    ['{"units": [,]}', 11, 'unexpected ","'],
    ['{"a": tru}', 6, 'unexpected "t"'],
    ['{"a": "x\ny"}', 8, "a line break or control character inside a string"],
    ["[1] 2", 4, 'unexpected "2" after the end of the JSON value'],
    ["[01]", 2, "unexpected \"1\": expected ',' or ']'"],
  ])("finds the problem in %j", (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toEqual({ offset, reason });
  });

  it("gives the line and column in the error", () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b": ]\n}', "f.json")).toThrow('f.json: not valid JSON at line 3, column 8: unexpected "]"');
  });
});

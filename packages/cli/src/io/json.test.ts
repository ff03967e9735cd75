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
    const found = findJsonError(text);
    expect(found.offset).toBe(offset);
    expect(found.reason.en).toBe(reason);
    expect(found.reason.vi).not.toBe(reason);
  });

  it("says the problem in Vietnamese too", () => {
    expect(findJsonError('{"a": 1,}').reason.vi).toBe('ký tự không mong đợi "}": cần tên thuộc tính trong dấu ngoặc kép');
    expect(findJsonError("[1 2]").reason.vi).toBe("ký tự không mong đợi \"2\": cần ',' hoặc ']'");
  });

  it("gives the line and column in the error", () => {
    expect(() => parseJson('{\n  "a": 1,\n  "b": ]\n}', "f.json")).toThrow('f.json: not valid JSON at line 3, column 8: unexpected "]"');
  });
});

import { describe, expect, it } from "vitest";
import { compileExpression } from "./expression";

const row = Float64Array.from([2, 4]);
const slots = (name: string) => ({ x: 0, n: 1 })[name];

describe("safe expressions", () => {
  it.each([
    ["x / n", 0.5],
    ["min(1, x / n * 3)", 1],
    ["x >= n ? 1 : x / n", 0.5],
    ["clamp(x - 5, 0, 1)", 0],
    ["-x + 3 * (n - 1) % 4", -1],
    ["x == 2 && n != 3", 1],
  ])("%s = %d", (expression, expected) => {
    expect(compileExpression(expression, slots)(row)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["x.constructor", /MemberExpression/],
    ["alert(1)", /function "alert" is not allowed/],
    ["constructor(1)", /function "constructor" is not allowed/],
    ["'a' + x", /only numbers/],
    ["y + 1", /unknown variable "y"/],
    ["x = 1", /./],
    ["(x", /./],
    ["[x, n]", /ArrayExpression/],
    ["this", /./],
  ])("refuses %s", (expression, message) => {
    expect(() => compileExpression(expression, slots)).toThrowError(
      expect.objectContaining({ code: "EXPRESSION_INVALID", message: expect.stringMatching(message) }),
    );
  });
});

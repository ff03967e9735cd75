import ternary from "@jsep-plugin/ternary";
import jsep, { type Expression } from "jsep";
import type { ExpressionProblem } from "@dti/pack-sdk";
import { EngineError } from "./errors";

jsep.plugins.register(ternary);

/** A compiled expression: reads variables by slot from a row of input values. */
export type CompiledExpression = (row: Float64Array, o?: number) => number;

const FUNCTIONS: Record<string, { arity: [number, number]; fn: (...args: number[]) => number }> = {
  min: { arity: [1, Infinity], fn: Math.min },
  max: { arity: [1, Infinity], fn: Math.max },
  abs: { arity: [1, 1], fn: Math.abs },
  floor: { arity: [1, 1], fn: Math.floor },
  ceil: { arity: [1, 1], fn: Math.ceil },
  round: { arity: [1, 1], fn: Math.round },
  clamp: { arity: [3, 3], fn: (x, lo, hi) => Math.min(hi, Math.max(lo, x)) },
};

const BINARY: Record<string, (a: number, b: number) => number> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "%": (a, b) => a % b,
  "<": (a, b) => +(a < b),
  "<=": (a, b) => +(a <= b),
  ">": (a, b) => +(a > b),
  ">=": (a, b) => +(a >= b),
  "==": (a, b) => +(a === b),
  "!=": (a, b) => +(a !== b),
  "&&": (a, b) => +(a !== 0 && b !== 0),
  "||": (a, b) => +(a !== 0 || b !== 0),
};

/** An expression error, with what is at fault for validation to name (see expressionProblem). */
class ExpressionError extends EngineError {
  constructor(
    expression: string,
    why: string,
    readonly problem: ExpressionProblem,
  ) {
    super("EXPRESSION_INVALID", `expression "${expression}": ${why}`);
  }
}

const ALLOWED = Object.keys(FUNCTIONS).join(", ");

function invalid(expression: string, why: string, problem: ExpressionProblem): EngineError {
  return new ExpressionError(expression, why, problem);
}

/** A node as it was written, near enough to name it in a message: "x.constructor", "Math.pow", "[1, 2]". */
function sourceOf(node: Expression | undefined): string {
  if (!node) return "?";
  switch (node.type) {
    case "Identifier":
      return node.name as string;
    case "Literal":
      return JSON.stringify(node.value);
    case "MemberExpression":
      return node.computed
        ? `${sourceOf(node.object as Expression)}[${sourceOf(node.property as Expression)}]`
        : `${sourceOf(node.object as Expression)}.${sourceOf(node.property as Expression)}`;
    case "CallExpression":
      return `${sourceOf(node.callee as Expression)}(…)`;
    case "ThisExpression":
      return "this";
    case "ArrayExpression":
      return "[…]";
    default:
      return node.type;
  }
}

export function parseExpression(expression: string): Expression {
  try {
    return jsep(expression);
  } catch (error) {
    throw invalid(expression, (error as Error).message, { problem: "syntax", name: (error as Error).message });
  }
}

/**
 * What is wrong with an expression over the given variables, or undefined: the same checks as
 * compileExpression, for validation to report indicator by indicator.
 */
export function expressionProblem(expression: string, variables: readonly string[]): ExpressionProblem | undefined {
  const names = new Set(variables);
  try {
    compileExpression(expression, (name) => (names.has(name) ? 0 : undefined));
    return undefined;
  } catch (error) {
    if (error instanceof ExpressionError) return error.problem;
    return { problem: "syntax", name: (error as Error).message };
  }
}

/** Set when an evaluation divided by zero (`/` or `%` with a right side of 0); reset it before each evaluation. */
export interface ZeroDivision {
  hit: boolean;
}

/**
 * Compiles an arithmetic expression to closures over a row of numbers. Only numbers, the declared
 * variables, arithmetic, comparison, `?:` and a few Math functions are allowed: pack content is
 * data and is never evaluated as JavaScript. With `zero`, a division by zero sets `zero.hit` (the
 * rule then scores its ifZeroDenominator value, as a ratio does).
 */
export function compileExpression(
  expression: string,
  slotOf: (variable: string) => number | undefined,
  zero?: ZeroDivision,
): CompiledExpression {
  const build = (node: Expression): CompiledExpression => {
    switch (node.type) {
      case "Literal": {
        if (typeof node.value !== "number")
          throw invalid(expression, `only numbers are allowed, not ${JSON.stringify(node.value)}`, {
            problem: "literal",
            name: JSON.stringify(node.value),
          });
        const value = node.value;
        return () => value;
      }
      case "Identifier": {
        const name = node.name as string;
        const slot = slotOf(name);
        if (slot === undefined)
          throw invalid(expression, `unknown variable "${name}"; declare it under variables`, { problem: "variable", name });
        return (row, o = 0) => row[o + slot]!;
      }
      case "UnaryExpression": {
        const argument = build(node.argument as Expression);
        if (node.operator === "-") return (row, o) => -argument(row, o);
        if (node.operator === "+") return argument;
        if (node.operator === "!") return (row, o) => +(argument(row, o) === 0);
        throw invalid(expression, `operator "${String(node.operator)}" is not allowed`, {
          problem: "operator",
          name: String(node.operator),
        });
      }
      case "BinaryExpression": {
        const op = Object.hasOwn(BINARY, node.operator as string) ? BINARY[node.operator as string] : undefined;
        if (!op)
          throw invalid(expression, `operator "${String(node.operator)}" is not allowed`, {
            problem: "operator",
            name: String(node.operator),
          });
        const left = build(node.left as Expression);
        const right = build(node.right as Expression);
        if (zero && (node.operator === "/" || node.operator === "%"))
          return (row, o) => {
            const d = right(row, o);
            if (d === 0) zero.hit = true;
            return op(left(row, o), d);
          };
        return (row, o) => op(left(row, o), right(row, o));
      }
      case "ConditionalExpression": {
        const test = build(node.test as Expression);
        const consequent = build(node.consequent as Expression);
        const alternate = build(node.alternate as Expression);
        return (row, o) => (test(row, o) !== 0 ? consequent(row, o) : alternate(row, o));
      }
      case "CallExpression": {
        const callee = node.callee as Expression;
        const name = callee.type === "Identifier" ? (callee.name as string) : sourceOf(callee);
        const spec = callee.type === "Identifier" && Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
        if (!spec)
          throw invalid(expression, `function "${name}" is not allowed; use ${ALLOWED}`, { problem: "function", name, allowed: ALLOWED });
        const args = (node.arguments as Expression[]).map(build);
        const arity = `${spec.arity[0]}${spec.arity[1] === spec.arity[0] ? "" : "+"}`;
        if (args.length < spec.arity[0] || args.length > spec.arity[1])
          throw invalid(expression, `${name} takes ${arity} argument(s)`, { problem: "arity", name, arity });
        const fn = spec.fn;
        return (row, o) => fn(...args.map((arg) => arg(row, o)));
      }
      default:
        throw invalid(expression, `"${sourceOf(node)}" (${node.type}) is not allowed`, {
          problem: "node",
          name: sourceOf(node),
          allowed: ALLOWED,
        });
    }
  };
  return build(parseExpression(expression));
}

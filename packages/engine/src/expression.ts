import ternary from "@jsep-plugin/ternary";
import jsep, { type Expression } from "jsep";
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

function invalid(expression: string, why: string): EngineError {
  return new EngineError("EXPRESSION_INVALID", `expression "${expression}": ${why}`);
}

export function parseExpression(expression: string): Expression {
  try {
    return jsep(expression);
  } catch (error) {
    throw invalid(expression, (error as Error).message);
  }
}

/**
 * Compiles an arithmetic expression to closures over a row of numbers. Only numbers, the declared
 * variables, arithmetic, comparison, `?:` and a few Math functions are allowed: pack content is
 * data and is never evaluated as JavaScript.
 */
export function compileExpression(expression: string, slotOf: (variable: string) => number | undefined): CompiledExpression {
  const build = (node: Expression): CompiledExpression => {
    switch (node.type) {
      case "Literal": {
        if (typeof node.value !== "number") throw invalid(expression, `only numbers are allowed, not ${JSON.stringify(node.value)}`);
        const value = node.value;
        return () => value;
      }
      case "Identifier": {
        const name = node.name as string;
        const slot = slotOf(name);
        if (slot === undefined) throw invalid(expression, `unknown variable "${name}"; declare it under variables`);
        return (row, o = 0) => row[o + slot]!;
      }
      case "UnaryExpression": {
        const argument = build(node.argument as Expression);
        if (node.operator === "-") return (row, o) => -argument(row, o);
        if (node.operator === "+") return argument;
        if (node.operator === "!") return (row, o) => +(argument(row, o) === 0);
        throw invalid(expression, `operator "${String(node.operator)}" is not allowed`);
      }
      case "BinaryExpression": {
        const op = BINARY[node.operator as string];
        if (!op) throw invalid(expression, `operator "${String(node.operator)}" is not allowed`);
        const left = build(node.left as Expression);
        const right = build(node.right as Expression);
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
        const name = callee.type === "Identifier" ? (callee.name as string) : "";
        const spec = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
        if (!spec) throw invalid(expression, `function "${name || "?"}" is not allowed; use ${Object.keys(FUNCTIONS).join(", ")}`);
        const args = (node.arguments as Expression[]).map(build);
        if (args.length < spec.arity[0] || args.length > spec.arity[1])
          throw invalid(expression, `${name} takes ${spec.arity[0]}${spec.arity[1] === spec.arity[0] ? "" : "+"} argument(s)`);
        const fn = spec.fn;
        return (row, o) => fn(...args.map((arg) => arg(row, o)));
      }
      default:
        throw invalid(expression, `${node.type} is not allowed`);
    }
  };
  return build(parseExpression(expression));
}

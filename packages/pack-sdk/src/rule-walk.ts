import type { Operand, Rule } from "./schema/rules";

/** How a rule uses one input: as a number, a yes/no, or a choice. */
export type InputRole = "number" | "boolean" | "choice";

export interface InputUse {
  input: string;
  role: InputRole;
  /** Path of the field inside the rule, for error messages. */
  path: (string | number)[];
}

export function operandIds(operand: Operand | undefined): string[] {
  if (operand === undefined) return [];
  return typeof operand === "string" ? [operand] : operand;
}

function operandUses(operand: Operand | undefined, field: string): InputUse[] {
  if (operand === undefined) return [];
  return typeof operand === "string"
    ? [{ input: operand, role: "number", path: [field] }]
    : operand.map((input, i) => ({ input, role: "number" as const, path: [field, i] }));
}

/** Every input a rule reads, with its role, including inputs of nested part rules. */
export function inputUses(rule: Rule): InputUse[] {
  switch (rule.kind) {
    case "ratio":
    case "ratio_to_target":
    case "ratio_full_above":
    case "all_or_nothing":
    case "relative_to_best":
      return [...operandUses(rule.a, "a"), ...operandUses(rule.b, "b")];
    case "ratio_bands":
      return [
        ...operandUses(rule.a, "a"),
        ...operandUses(rule.b, "b"),
        ...(rule.gate ? [{ input: rule.gate, role: "boolean" as const, path: ["gate"] }] : []),
      ];
    case "min_max":
      return [...operandUses(rule.value, "value"), ...operandUses(rule.a, "a"), ...operandUses(rule.b, "b")];
    case "boolean":
      return [{ input: rule.input, role: "boolean", path: ["input"] }];
    case "choice":
      return [{ input: rule.input, role: "choice", path: ["input"] }];
    case "count_bands":
    case "amount_bands":
      return [
        { input: rule.input, role: "number", path: ["input"] },
        ...(rule.gate ? [{ input: rule.gate, role: "boolean" as const, path: ["gate"] }] : []),
      ];
    case "count_capped":
      return [{ input: rule.input, role: "number", path: ["input"] }];
    case "expression":
      return Object.entries(rule.variables).map(([name, input]) => ({
        input,
        role: "number" as const,
        path: ["variables", name],
      }));
    case "parts":
      return rule.parts.flatMap((part, i) =>
        part.input !== undefined
          ? [{ input: part.input, role: "boolean" as const, path: ["parts", i, "input"] }]
          : part.rule
            ? inputUses(part.rule).map((u) => ({ ...u, path: ["parts", i, "rule", ...u.path] }))
            : [],
      );
    case "sum_children":
    case "not_scored":
    case "unknown":
      return [];
  }
}

/** Every rule inside a rule (itself first), with its path. */
export function walkRules(rule: Rule, path: (string | number)[] = []): { rule: Rule; path: (string | number)[] }[] {
  const own = [{ rule, path }];
  if (rule.kind !== "parts") return own;
  return own.concat(rule.parts.flatMap((part, i) => (part.rule ? walkRules(part.rule, [...path, "parts", i, "rule"]) : [])));
}

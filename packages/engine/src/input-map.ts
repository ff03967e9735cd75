import type { InputValue, ScoreRequest } from "@dti/contracts";
import { inputKeys, type CrosswalkInput, type Pack } from "@dti/pack-sdk";
import { EngineError, type InputIssue } from "./errors";
import { compileExpression, type CompiledExpression } from "./expression";

/**
 * Re-scoring one period's data under another pack, input by input: each input of the later pack is
 * filled from the earlier pack's data by an explicit route (same id, renamed id, derived by a declared
 * formula, or "no earlier data"), never by letting a lenient scorer drop or zero what it does not know.
 */
export interface InputRoute {
  /** The later pack's input id. */
  input: string;
  relation: CrosswalkInput["relation"];
  /** renamed: the earlier input id (same: the same id). */
  from?: string;
  /** derived: the formula over earlier input ids. */
  expression?: string;
  /** Declared in the later pack's crosswalk (else by identity of ids, or no earlier data). */
  declared: boolean;
  note?: string;
}

export interface InputPlan {
  from: string;
  to: string;
  /** One route per entered input of the later pack (constants and text are not carried). */
  routes: InputRoute[];
  /** Earlier inputs that no route reads: their values are not carried over. */
  unused: string[];
}

/** Constants of the method text and text inputs are never carried: the later pack fixes or ignores them. */
function entered(pack: Pack) {
  return pack.inputs.filter((x) => x.unit !== "text" && x.constant === undefined);
}

/**
 * The routes from the earlier pack's inputs to the later pack's: the later pack's crosswalk from the
 * earlier one (its `inputs` section) where it declares one, else identity by id (same pack, a
 * what-if variant, a revision that kept its ids). Throws COMPARE_INVALID when a declared route names
 * an earlier input that does not exist, or a formula does not compile.
 */
export function planInputs(from: Pack, to: Pack): InputPlan {
  const declared = new Map<string, CrosswalkInput>();
  const crosswalk = from.meta.id === to.meta.id ? undefined : to.crosswalks.find((c) => c.from === from.meta.id);
  for (const m of crosswalk?.inputs ?? []) declared.set(m.input, m);
  const earlier = new Map(from.inputs.map((x) => [x.id, x]));
  const issues: InputIssue[] = [];
  const bad = (input: string, message: string) =>
    issues.push({ code: "COMPARE_INVALID", input, message: `${to.meta.id} ← ${from.meta.id}, input ${input}: ${message}` });
  const routes = entered(to).map((x): InputRoute => {
    const m = declared.get(x.id);
    if (!m) {
      const same = earlier.get(x.id);
      return same && same.unit === x.unit && same.constant === undefined
        ? { input: x.id, relation: "same", from: x.id, declared: false }
        : { input: x.id, relation: "none", declared: false };
    }
    const note = m.note ? { note: m.note } : {};
    switch (m.relation) {
      case "same":
      case "renamed": {
        const source = m.relation === "same" ? x.id : m.from!;
        const input = earlier.get(source);
        if (!input) bad(x.id, `${from.meta.id} has no input "${source}"`);
        else if (input.unit !== x.unit) bad(x.id, `"${source}" is ${input.unit} in ${from.meta.id} but ${x.unit} here`);
        return { input: x.id, relation: m.relation, from: source, declared: true, ...note };
      }
      case "derived":
        try {
          compileExpression(m.expression!, (name) => (earlier.has(name) ? 0 : undefined));
        } catch (error) {
          bad(x.id, `${(error as Error).message.replace("declare it under variables", `not an input of ${from.meta.id}`)}`);
        }
        return { input: x.id, relation: "derived", expression: m.expression!, declared: true, ...note };
      case "none":
        return { input: x.id, relation: "none", declared: true, ...note };
    }
  });
  if (issues.length > 0)
    throw new EngineError(
      "COMPARE_INVALID",
      `the input mapping from ${from.meta.id} to ${to.meta.id} is not usable: ${issues[0]!.message}`,
      {
        issues,
      },
    );
  const read = new Set<string>();
  for (const r of routes) {
    if (r.from) read.add(r.from);
    if (r.expression) for (const id of earlier.keys()) if (new RegExp(`\\b${id}\\b`).test(r.expression)) read.add(id);
  }
  return {
    from: from.meta.id,
    to: to.meta.id,
    routes,
    unused: entered(from)
      .map((x) => x.id)
      .filter((id) => !read.has(id)),
  };
}

/**
 * The request with every key turned into its input id (an id, an official address such as 3.3.a or a
 * general-information code such as A6, as the pack names them), so that all key styles give the same
 * data. Keys the pack does not know are kept as they are, for the scorer to judge; an input given twice
 * with different values is INPUT_CONFLICT.
 */
export function normaliseKeys(pack: Pack, request: ScoreRequest): ScoreRequest {
  const keys = inputKeys(pack);
  const issues: InputIssue[] = [];
  const units = request.units.map((unit) => {
    const inputs: Record<string, InputValue> = {};
    const keyOf: Record<string, string> = {};
    for (const [key, value] of Object.entries(unit.inputs)) {
      const id = keys.get(key)?.input ?? key;
      if (value === null || value === undefined) {
        if (!(id in inputs)) inputs[id] = null;
        continue;
      }
      const before = inputs[id];
      if (before !== undefined && before !== null && before !== value) {
        issues.push({
          code: "INPUT_CONFLICT",
          unit: unit.code,
          key,
          input: id,
          message: `unit ${unit.code}: ${id} is given twice with different values (${keyOf[id]} = ${JSON.stringify(before)}, ${key} = ${JSON.stringify(value)})`,
        });
        continue;
      }
      inputs[id] = value;
      keyOf[id] = key;
    }
    return { ...unit, inputs };
  });
  if (issues.length > 0)
    throw new EngineError("INPUT_CONFLICT", `${issues.length} input(s) given twice with different values: ${issues[0]!.message}`, {
      issues,
    });
  return { ...request, units };
}

function numeric(value: InputValue | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

/** Why an input of the later pack got no value from the earlier data (a route of `none`, or a formula short of operands). */
export type CarryGap =
  | { input: string; reason: "no-earlier-data"; route: InputRoute }
  | { input: string; reason: "operands-missing"; route: InputRoute; operands: string[]; missing: string[] }
  | { input: string; reason: "not-a-number"; route: InputRoute; operands: string[] };

/** One unit's earlier values as the later pack's inputs, with where each came from and what could not be filled. */
export interface CarriedInputs {
  inputs: Record<string, InputValue>;
  /** For each carried input, the earlier inputs it was made from (one for same/renamed, the operands for derived). */
  from: Record<string, string[]>;
  gaps: CarryGap[];
}

/**
 * The routes of a plan made ready to apply (formulas compiled once): a function from one unit's
 * earlier values (keyed by the earlier pack's ids) to the later pack's inputs. `only` limits it to
 * the inputs a (reduced) later pack reads. A derived value needs every earlier input its formula
 * names, and a finite result; otherwise it is left missing and said why. This is the one mapper:
 * carryOver (re-scoring a cohort) and carry-forward (a province's new assessment) both use it.
 */
export function inputCarrier(
  plan: InputPlan,
  from: Pack,
  only?: ReadonlySet<string>,
): (values: Readonly<Record<string, InputValue | undefined>>) => CarriedInputs {
  const ids = from.inputs.map((x) => x.id);
  const slot = new Map(ids.map((id, i) => [id, i]));
  const routes = only ? plan.routes.filter((r) => only.has(r.input)) : plan.routes;
  const compiled = new Map<string, { fn: CompiledExpression; uses: number[]; operands: string[] }>();
  for (const r of routes)
    if (r.relation === "derived") {
      const uses: number[] = [];
      const fn = compileExpression(r.expression!, (name) => {
        const s = slot.get(name);
        if (s !== undefined && !uses.includes(s)) uses.push(s);
        return s;
      });
      compiled.set(r.input, { fn, uses, operands: uses.map((s) => ids[s]!) });
    }
  const row = new Float64Array(ids.length);
  return (source) => {
    const inputs: Record<string, InputValue> = {};
    const madeFrom: Record<string, string[]> = {};
    const gaps: CarryGap[] = [];
    for (const r of routes) {
      if (r.relation === "same" || r.relation === "renamed") {
        const value = source[r.from!];
        if (value !== undefined && value !== null) {
          inputs[r.input] = value;
          madeFrom[r.input] = [r.from!];
        }
      } else if (r.relation === "derived") {
        const { fn, uses, operands } = compiled.get(r.input)!;
        const missing: string[] = [];
        for (const s of uses) {
          const value = numeric(source[ids[s]!]);
          if (value === undefined) missing.push(ids[s]!);
          else row[s] = value;
        }
        if (missing.length > 0) {
          gaps.push({ input: r.input, reason: "operands-missing", route: r, operands, missing });
          continue;
        }
        const value = fn(row);
        // A formula dividing by a zero count gives no figure, not a carried NaN or Infinity.
        if (!Number.isFinite(value)) gaps.push({ input: r.input, reason: "not-a-number", route: r, operands });
        else {
          inputs[r.input] = value;
          madeFrom[r.input] = operands;
        }
      } else gaps.push({ input: r.input, reason: "no-earlier-data", route: r });
    }
    return { inputs, from: madeFrom, gaps };
  };
}

/**
 * The earlier period's data (keys already normalised to the earlier pack's ids) as the later pack's
 * inputs, route by route (inputCarrier, unit by unit). `only` limits the result to the inputs a
 * (reduced) later pack reads. A derived value needs every earlier input its formula names; otherwise
 * it is left missing.
 */
export function carryOver(plan: InputPlan, from: Pack, request: ScoreRequest, only?: ReadonlySet<string>): ScoreRequest {
  const carry = inputCarrier(plan, from, only);
  return {
    period: request.period,
    units: request.units.map((unit) => ({
      code: unit.code,
      ...(unit.name ? { name: unit.name } : {}),
      inputs: carry(unit.inputs as Record<string, InputValue | undefined>).inputs,
    })),
  };
}

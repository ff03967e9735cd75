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

/**
 * The earlier period's data (keys already normalised to the earlier pack's ids) as the later pack's
 * inputs, route by route. `only` limits the result to the inputs a (reduced) later pack reads. A
 * derived value needs every earlier input its formula names; otherwise it is left missing.
 */
export function carryOver(plan: InputPlan, from: Pack, request: ScoreRequest, only?: ReadonlySet<string>): ScoreRequest {
  const ids = from.inputs.map((x) => x.id);
  const slot = new Map(ids.map((id, i) => [id, i]));
  const compiled = new Map<string, { fn: CompiledExpression; uses: number[] }>();
  for (const r of plan.routes)
    if (r.relation === "derived") {
      const uses: number[] = [];
      const fn = compileExpression(r.expression!, (name) => {
        const s = slot.get(name);
        if (s !== undefined) uses.push(s);
        return s;
      });
      compiled.set(r.input, { fn, uses });
    }
  const row = new Float64Array(ids.length);
  return {
    period: request.period,
    units: request.units.map((unit) => {
      const source = unit.inputs as Record<string, InputValue | undefined>;
      const inputs: Record<string, InputValue> = {};
      for (const r of plan.routes) {
        if (only && !only.has(r.input)) continue;
        if (r.relation === "same" || r.relation === "renamed") {
          const value = source[r.from!];
          if (value !== undefined && value !== null) inputs[r.input] = value;
        } else if (r.relation === "derived") {
          const { fn, uses } = compiled.get(r.input)!;
          let complete = true;
          for (const s of uses) {
            const value = numeric(source[ids[s]!]);
            if (value === undefined) complete = false;
            else row[s] = value;
          }
          if (complete) inputs[r.input] = fn(row);
        }
      }
      return { code: unit.code, ...(unit.name ? { name: unit.name } : {}), inputs };
    }),
  };
}

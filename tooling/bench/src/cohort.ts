import { operandIds, walkRules, type InputDefinition, type Operand, type Pack } from "@dti/pack-sdk";
import type { UnitInput } from "./types";

/**
 * A deterministic synthetic cohort built from the pack's declared inputs (units, options, min/max,
 * constants) and from what its rules require of them, so it stays valid when the pack changes:
 *
 * - a ratio whose numerator may not exceed its denominator (no `allowAboveOne`) gets Σa ≤ Σb, also
 *   for grouped operands ((a1+a2)/(b1+b2)); inputs are generated denominators first;
 * - a ratio that allows a > b gets a numerator of 0..1.5 × its denominator;
 * - band and capped-count inputs spread over their bands (0..2 × the top band, 0..1.5 × the cap);
 * - booleans are true with a per-input probability, choices are drawn from the options;
 * - constants are not entered (the method text fixes them).
 *
 * Values are whole for counts and have at most 3 decimals for amounts.
 */

/** sfc32: a small, fast, seedable PRNG (same seed → same cohort on every machine). */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ (seed * 31);
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

interface Constraint {
  a: string[];
  b: string[];
  /** a ≤ b is required (false: a ratio that may exceed 1, numerator drawn up to 1.5 × b). */
  hard: boolean;
}

interface Plan {
  /** Inputs in generation order: every input after the denominators it is bounded by. */
  order: InputDefinition[];
  /** Constraints where the input is a numerator. */
  bounds: Map<string, Constraint[]>;
  /** Upper end of the spread of band and capped-count inputs. */
  spread: Map<string, number>;
  byId: Map<string, InputDefinition>;
}

const ids = (operand: Operand | undefined) => operandIds(operand);

/** Reads the rules: which inputs bound which, and the ranges that exercise bands and caps. */
export function planCohort(pack: Pack): Plan {
  const byId = new Map(pack.inputs.map((input) => [input.id, input]));
  const constraints: Constraint[] = [];
  const spread = new Map<string, number>();
  const widen = (id: string, to: number) => spread.set(id, Math.max(spread.get(id) ?? 0, to));
  for (const indicator of pack.indicators) {
    for (const { rule } of walkRules(indicator.rule)) {
      switch (rule.kind) {
        case "ratio":
        case "ratio_to_target":
        case "ratio_full_above":
        case "all_or_nothing":
        case "ratio_bands":
          constraints.push({ a: ids(rule.a), b: ids(rule.b), hard: !(rule.allowAboveOne ?? false) });
          break;
        case "relative_to_best":
          constraints.push({ a: ids(rule.a), b: ids(rule.b), hard: !(rule.allowAboveOne ?? true) });
          break;
        case "min_max":
          if (rule.a !== undefined && rule.b !== undefined)
            constraints.push({ a: ids(rule.a), b: ids(rule.b), hard: !(rule.allowAboveOne ?? true) });
          break;
        case "count_bands":
        case "amount_bands":
          widen(rule.input, 2 * Math.max(...rule.bands.map((band) => band.min), 1));
          break;
        case "count_capped":
          widen(rule.input, Math.ceil((1.5 * (indicator.maxPoints ?? 0)) / rule.pointsPerItem));
          break;
        default:
          break;
      }
    }
  }
  const bounds = new Map<string, Constraint[]>();
  for (const constraint of constraints)
    for (const id of constraint.a) {
      bounds.set(id, [...(bounds.get(id) ?? []), constraint]);
    }

  // Topological order: an input comes after every denominator of a ratio it is the numerator of.
  const order: InputDefinition[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") throw new Error(`cohort: circular numerator/denominator chain ${[...path, id].join(" → ")}`);
    state.set(id, "visiting");
    for (const constraint of bounds.get(id) ?? []) for (const d of constraint.b) visit(d, [...path, id]);
    state.set(id, "done");
    const definition = byId.get(id);
    if (definition) order.push(definition);
  };
  for (const input of pack.inputs) visit(input.id, []);
  return { order, bounds, spread, byId };
}

export interface CohortOptions {
  seed?: number;
  /**
   * Hand the units over as a score request delivers them, i.e. parsed from JSON (default true). The
   * engine, the hand-written scorer and mathjs all read these same objects.
   */
  viaJson?: boolean;
}

function clamp(definition: InputDefinition, value: number): number {
  let v = value;
  if (definition.min !== undefined && v < definition.min) v = definition.min;
  if (definition.max !== undefined && v > definition.max) v = definition.max;
  return v;
}

function quantize(definition: InputDefinition, value: number): number {
  // Round down, so a numerator never rises above the bound it was drawn under.
  return definition.unit === "count" ? Math.floor(value) : Math.floor(value * 1000) / 1000;
}

/** N units with a valid value for every scored input of the pack. */
export function generateCohort(pack: Pack, n: number, options: CohortOptions = {}): UnitInput[] {
  const random = prng(options.seed ?? 2022);
  const plan = planCohort(pack);
  const slot = new Map(pack.inputs.map((input, i) => [input.id, i]));
  const slots = (list: string[]) => list.map((id) => slot.get(id)!);
  // Per input, resolved once: its bounds as slot lists, how likely a yes is, the magnitude of free numbers.
  const steps = plan.order.map((input) => {
    const constraints = plan.bounds.get(input.id) ?? [];
    const decades = input.unit === "billion_vnd" ? 1 + 3 * random() : 1 + 5 * random();
    return {
      input,
      at: slot.get(input.id)!,
      hard: constraints.filter((c) => c.hard).map((c) => ({ a: slots(c.a), b: slots(c.b) })),
      soft: constraints.filter((c) => !c.hard).map((c) => ({ a: slots(c.a), b: slots(c.b) })),
      pTrue: 0.3 + 0.6 * random(),
      scale: 10 ** decades,
    };
  });
  const constants = pack.inputs.map((input) => input.constant);
  const values: (number | boolean | string | undefined)[] = new Array(pack.inputs.length);
  const numberAt = (i: number) => {
    const v = constants[i] ?? values[i];
    return typeof v === "number" ? v : 0;
  };
  const sum = (list: number[]) => {
    let total = 0;
    for (const i of list) total += numberAt(i);
    return total;
  };

  const units: UnitInput[] = [];
  for (let u = 0; u < n; u++) {
    values.fill(undefined);
    for (const { input, at, hard, soft, pTrue, scale } of steps) {
      if (input.constant !== undefined || input.unit === "text") continue;
      if (input.unit === "boolean") {
        values[at] = random() < pTrue;
        continue;
      }
      if (input.unit === "choice") {
        const choices = input.options ?? [];
        values[at] = choices[Math.floor(random() * choices.length)]!.value;
        continue;
      }
      let v: number;
      if (hard.length > 0) {
        // Room left under each bound, shared with the group's numerators not drawn yet.
        let room = Infinity;
        for (const c of hard) {
          let taken = 0;
          let open = 0;
          for (const i of c.a)
            if (values[i] === undefined) open++;
            else taken += numberAt(i);
          room = Math.min(room, Math.max(0, sum(c.b) - taken) / open);
        }
        const r = random();
        v = r < 0.1 ? room : r < 0.15 ? 0 : room * random();
      } else if (soft.length > 0) {
        v = (sum(soft[0]!.b) / soft[0]!.a.length) * 1.5 * random();
      } else if (plan.spread.has(input.id)) {
        v = plan.spread.get(input.id)! * random();
      } else if (input.min !== undefined && input.max !== undefined) {
        v = input.min + (input.max - input.min) * random();
      } else if (input.unit === "percent") {
        v = 100 * random();
      } else {
        // A free figure (population, budget…): occasionally 0, to exercise zero denominators.
        v = random() < 0.03 ? 0 : scale * (0.2 + 1.6 * random());
      }
      values[at] = quantize(input, clamp(input, v));
    }
    const inputs: UnitInput["inputs"] = {};
    pack.inputs.forEach((input, i) => {
      if (values[i] !== undefined) inputs[input.id] = values[i]!;
    });
    units.push({ code: `U${String(u + 1).padStart(5, "0")}`, name: `Đơn vị ${u + 1}`, inputs });
  }
  return options.viaJson === false ? units : (JSON.parse(JSON.stringify(units)) as UnitInput[]);
}

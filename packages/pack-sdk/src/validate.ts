import { nearest } from "@dti/conventions";
import { z } from "zod";
import { canonicalJson } from "./canonical-json";
import { type PackIssue, type PackIssueCode, type ValidationReport } from "./issues";
import { PACK_MESSAGES, type MessageParams, type PackMessageKey } from "./pack-messages";
import { packIdSchema } from "./schema/text";
import { inputUses, walkRules } from "./rule-walk";
import {
  agencySchema,
  aggregationSchema,
  coverageSchema,
  crosswalkMappingSchema,
  generalInfoItemSchema,
  indicatorSchema,
  inputSchema,
  mainIndexSchema,
  packMetaSchema,
  packSchema,
  pillarSchema,
  type CrosswalkMapping,
  type IndicatorDefinition,
  type Pack,
} from "./schema/pack";
import { checkAdditions } from "./validate-additions";
export { inputKey } from "./input-key";
import { inputKey } from "./input-key";

const EPSILON = 1e-9;

export interface PackValidation extends ValidationReport {
  /** The parsed pack (defaults applied) when the schema matched, even if invariants failed. */
  pack?: Pack;
}

/** What the engine's safe expression parser found wrong with an expression (see PACK_MESSAGES.expression). */
export interface ExpressionProblem {
  problem: "variable" | "function" | "operator" | "arity" | "literal" | "node" | "syntax";
  /** The identifier, function, operator or construct at fault (or the parser's message). */
  name: string;
  arity?: string;
  /** The functions allowed, for "function" and "node". */
  allowed?: string;
}

export interface ValidateOptions {
  /**
   * The packs the validating host knows (the CLI: the installed packs; the API: its registry; a pack's
   * tests: the packs they import). Each crosswalk is checked against the content of the pack it maps
   * from: its codes exist there, "same" and "renamed" hold, splits and merges account for their points.
   * A crosswalk whose pack is not among them gets a CROSSWALK_UNCHECKED warning. Without this option,
   * crosswalks are checked against this pack only.
   */
  packs?: readonly Pack[];
  /** The host's expression parser (the engine's): each expression rule is checked with it, indicator by indicator. */
  checkExpression?: (expression: string, variables: readonly string[]) => ExpressionProblem | undefined;
}

const viLocale = z.locales.vi();

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Checks a pack's schema and its invariants in one pass, returning every problem at once: when one
 * indicator (or input, index, crosswalk…) does not match the schema, the others are still read and
 * every other check runs on them. Each issue has its path (`indicators.21.rule.b`), the same path as
 * a person reads it (`where`: `indicators[3.3].rule.b`), an English message saying what to change and
 * the key of its message in PACK_MESSAGES (Vietnamese and English). Doubts (provisional indicators)
 * come back as warnings so they stay visible.
 */
export function validatePack(candidate: unknown, options: ValidateOptions = {}): PackValidation {
  const errors: PackIssue[] = [];
  const warnings: PackIssue[] = [];
  const issue = (code: PackIssueCode, path: (string | number)[], key: PackMessageKey, params: MessageParams): PackIssue => ({
    code,
    path,
    where: describePath(path, candidate),
    message: (PACK_MESSAGES[key].en as (p: MessageParams) => string)(params),
    text: { key, params },
  });
  const fail: Fail = (code, path, key, params) => errors.push(issue(code, path, key, params));
  const warn: Fail = (code, path, key, params) => warnings.push(issue(code, path, key, params));

  const parsed = packSchema.safeParse(candidate);
  let readable: Readable;
  if (parsed.success) readable = complete(parsed.data);
  else {
    const vi = packSchema.safeParse(candidate, { error: viLocale.localeError });
    const viIssues = vi.success ? [] : vi.error.issues;
    parsed.error.issues.forEach((zodIssue, k) => {
      const path = zodIssue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const viMessage = viIssues[k]?.message ?? zodIssue.message;
      fail("SCHEMA", path, "schema", { en: zodIssue.message, vi: viMessage });
    });
    if (!isRecord(candidate)) return { errors, warnings };
    readable = salvage(candidate);
  }
  checkInvariants(readable, candidate, fail, warn, options);
  return parsed.success ? { errors, warnings, pack: parsed.data } : { errors, warnings };
}

type Fail = (code: PackIssueCode, path: (string | number)[], key: PackMessageKey, params: MessageParams) => void;

type Level = "pillars" | "indices" | "indicators";
const LEVELS: readonly Level[] = ["pillars", "indices", "indicators"];

interface ReadableCrosswalk {
  at: number;
  from: string;
  mappings: Record<Level, { at: number; mapping: CrosswalkMapping }[]>;
}

/**
 * What could be read of a candidate: every part that matched the schema on its own, with its
 * position in the candidate (for paths), and the codes of every item, readable or not (so that an
 * indicator that failed the schema does not also make its input "unused" or its index "unknown").
 */
interface Readable {
  pack: Pack;
  pos: { inputs: number[]; indices: number[]; indicators: number[]; pillars: number[]; agencies: number[]; generalInfo: number[] };
  crosswalks: ReadableCrosswalk[];
  /** Every code declared, from the raw candidate. */
  declared: { inputs: Set<string>; indices: Set<string>; indicators: Set<string>; agencies: Set<string>; generalInfo: Set<string> };
  /** Indicators that did not match the schema: their raw index, parent and points, where readable. */
  unreadable: { code?: string; index?: string; parent?: string; maxPoints?: number; usesInputs: string[] }[];
}

const positions = (n: number) => Array.from({ length: n }, (_, i) => i);

function complete(pack: Pack): Readable {
  return {
    pack,
    pos: {
      inputs: positions(pack.inputs.length),
      indices: positions(pack.indices.length),
      indicators: positions(pack.indicators.length),
      pillars: positions(pack.aggregation.pillars.length),
      agencies: positions(pack.agencies.length),
      generalInfo: positions(pack.generalInfo.length),
    },
    crosswalks: pack.crosswalks.map((c, at) => ({
      at,
      from: c.from,
      mappings: {
        pillars: c.pillars.map((mapping, k) => ({ at: k, mapping })),
        indices: c.indices.map((mapping, k) => ({ at: k, mapping })),
        indicators: c.indicators.map((mapping, k) => ({ at: k, mapping })),
      },
    })),
    declared: {
      inputs: new Set(pack.inputs.map((x) => x.id)),
      indices: new Set(pack.indices.map((x) => x.code)),
      indicators: new Set(pack.indicators.map((x) => x.code)),
      agencies: new Set(pack.agencies.map((x) => x.code)),
      generalInfo: new Set(pack.generalInfo.map((x) => x.code)),
    },
    unreadable: [],
  };
}

/** Each item parsed on its own: those that match, with their positions. */
function each<T>(schema: z.ZodType<T>, items: unknown[]): { items: T[]; pos: number[] } {
  const out: T[] = [];
  const pos: number[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      out.push(r.data);
      pos.push(i);
    }
  });
  return { items: out, pos };
}

/** Strings found under a field of every raw item. */
const rawCodes = (items: unknown[], field: string) =>
  new Set(items.flatMap((x) => (isRecord(x) && typeof x[field] === "string" ? [x[field]] : [])));

/** Input ids a raw (unparsed) value mentions anywhere under a rule: best effort, for "unused input". */
function rawInputIds(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => rawInputIds(v, into));
  else if (isRecord(value)) Object.entries(value).forEach(([k, v]) => (k === "kind" ? undefined : rawInputIds(v, into)));
  return into;
}

function salvage(raw: Record<string, unknown>): Readable {
  const rawMeta = isRecord(raw.meta) ? raw.meta : {};
  const meta = packMetaSchema.safeParse(rawMeta);
  const coverage = coverageSchema.safeParse(rawMeta.coverage ?? "full");
  const inputs = each(inputSchema, list(raw.inputs));
  const indices = each(mainIndexSchema, list(raw.indices));
  const indicators = each(indicatorSchema, list(raw.indicators));
  const agencies = each(agencySchema, list(raw.agencies));
  const generalInfo = each(generalInfoItemSchema, list(raw.generalInfo));
  const rawAggregation = isRecord(raw.aggregation) ? raw.aggregation : {};
  const aggregation = aggregationSchema.safeParse(rawAggregation);
  const pillars = each(pillarSchema, list(rawAggregation.pillars));
  const total = typeof rawAggregation.totalPoints === "number" ? { totalPoints: rawAggregation.totalPoints } : {};
  const pack: Pack = {
    meta: meta.success
      ? meta.data
      : ({
          id: str(rawMeta.id) ?? "(unnamed)",
          version: str(rawMeta.version) ?? "?",
          coverage: coverage.success ? coverage.data : "full",
        } as Pack["meta"]),
    agencies: agencies.items,
    generalInfo: generalInfo.items,
    inputs: inputs.items,
    indices: indices.items,
    indicators: indicators.items,
    aggregation: aggregation.success ? aggregation.data : { overall: "points_over_max", pillars: pillars.items, precision: 4, ...total },
    crosswalks: [],
  };
  const parsedIndicators = new Set(indicators.pos);
  const unreadable = list(raw.indicators).flatMap((x, i) => {
    if (parsedIndicators.has(i) || !isRecord(x)) return [];
    return [
      {
        ...(str(x.code) ? { code: str(x.code)! } : {}),
        ...(str(x.index) ? { index: str(x.index)! } : {}),
        ...(str(x.parent) ? { parent: str(x.parent)! } : {}),
        ...(typeof x.maxPoints === "number" ? { maxPoints: x.maxPoints } : {}),
        usesInputs: [...rawInputIds(x.rule), ...list(x.inputs).flatMap((r) => (isRecord(r) && str(r.input) ? [str(r.input)!] : []))],
      },
    ];
  });
  const crosswalks = list(raw.crosswalks).flatMap((c, at): ReadableCrosswalk[] => {
    if (!isRecord(c) || !packIdSchema.safeParse(c.from).success) return [];
    const mappings = Object.fromEntries(
      LEVELS.map((level) => [
        level,
        list(c[level]).flatMap((m, k) => {
          const r = crosswalkMappingSchema.safeParse(m);
          return r.success ? [{ at: k, mapping: r.data }] : [];
        }),
      ]),
    ) as ReadableCrosswalk["mappings"];
    return [{ at, from: c.from as string, mappings }];
  });
  return {
    pack,
    pos: {
      inputs: inputs.pos,
      indices: indices.pos,
      indicators: indicators.pos,
      pillars: aggregation.success ? positions(pack.aggregation.pillars.length) : pillars.pos,
      agencies: agencies.pos,
      generalInfo: generalInfo.pos,
    },
    crosswalks,
    declared: {
      inputs: rawCodes(list(raw.inputs), "id"),
      indices: rawCodes(list(raw.indices), "code"),
      indicators: rawCodes(list(raw.indicators), "code"),
      agencies: rawCodes(list(raw.agencies), "code"),
      generalInfo: rawCodes(list(raw.generalInfo), "code"),
    },
    unreadable,
  };
}

/** Every invariant, on what could be read. */
function checkInvariants(r: Readable, candidate: unknown, fail: Fail, warn: Fail, options: ValidateOptions): void {
  const { pack, pos, declared } = r;
  const raw = isRecord(candidate) ? candidate : {};

  const unique = (collection: string, items: unknown[], field: string, what: string, prefix: string[] = []) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = isRecord(item) ? str(item[field]) : undefined;
      if (key === undefined) return;
      if (seen.has(key)) fail("DUPLICATE_CODE", [...prefix, collection, i, field], "duplicate", { what, key });
      seen.add(key);
    });
  };
  unique("indices", list(raw.indices), "code", "index");
  unique("indicators", list(raw.indicators), "code", "indicator");
  unique("inputs", list(raw.inputs), "id", "input");
  unique("pillars", list(isRecord(raw.aggregation) ? raw.aggregation.pillars : []), "id", "pillar", ["aggregation"]);
  unique("agencies", list(raw.agencies), "code", "agency");
  unique("generalInfo", list(raw.generalInfo), "code", "general_info");

  const indicators = new Map(pack.indicators.map((x) => [x.code, x]));
  const inputs = new Map(pack.inputs.map((x) => [x.id, x]));
  const usedInputs = new Set<string>(r.unreadable.flatMap((u) => u.usesInputs));
  const inputIds = [...declared.inputs];

  pack.inputs.forEach((input, k) => {
    const i = pos.inputs[k]!;
    if (input.generalInfo && !declared.generalInfo.has(input.generalInfo))
      fail("UNKNOWN_GENERAL_INFO", ["inputs", i, "generalInfo"], "unknown_general_info", { input: input.id, code: input.generalInfo });
    if (input.unit === "choice" && !input.options) fail("SCHEMA", ["inputs", i, "options"], "choice_options_missing", { input: input.id });
    if (input.unit !== "choice" && input.options)
      fail("SCHEMA", ["inputs", i, "options"], "options_not_choice", { input: input.id, unit: input.unit });
  });

  const cycles = sumCycles(pack.indicators);
  const inCycle = new Set(cycles.flat());
  for (const cycle of cycles) {
    const first = pack.indicators.findIndex((x) => x.code === cycle[0]);
    fail("CYCLE", ["indicators", pos.indicators[first]!, "rule", "children"], "cycle", { cycle: [...cycle, cycle[0]].join(" → ") });
  }

  pack.indicators.forEach((indicator, k) => {
    const at = (...rest: (string | number)[]) => ["indicators", pos.indicators[k]!, ...rest];
    const code = indicator.code;
    if (!declared.indices.has(indicator.index))
      fail("UNKNOWN_INDEX", at("index"), "unknown_index", { what: "indicator", owner: code, index: indicator.index });
    for (const [n, agency] of [indicator.leadAgency, ...indicator.cooperatingAgencies].entries()) {
      if (agency !== null && declared.agencies.size > 0 && !declared.agencies.has(agency))
        fail("UNKNOWN_AGENCY", n === 0 ? at("leadAgency") : at("cooperatingAgencies", n - 1), "unknown_agency", {
          indicator: code,
          agency,
        });
    }
    if (indicator.provisional)
      warn("PROVISIONAL", at("provisional"), "provisional", { indicator: code, reason: indicator.provisional.reason });

    const listed = new Set<string>();
    const addresses = new Set<string>();
    indicator.inputs.forEach((ref, n) => {
      listed.add(ref.input);
      if (!declared.inputs.has(ref.input))
        fail("UNKNOWN_INPUT", at("inputs", n, "input"), "unknown_input_listed", {
          indicator: code,
          input: ref.input,
          suggest: nearest(ref.input, inputIds)[0] ?? "",
        });
      const address = ref.address ?? "";
      if (addresses.has(address))
        fail("DUPLICATE_ADDRESS", at("inputs", n, "address"), "duplicate_address", {
          indicator: code,
          address: `${code}${address ? "." + address : ""}`,
        });
      addresses.add(address);
    });

    for (const { rule, path } of walkRules(indicator.rule, ["rule"])) {
      if (rule.kind === "choice") {
        const input = inputs.get(rule.input);
        const opts = new Set(input?.options?.map((o) => o.value) ?? []);
        const valued = new Set(Object.keys(rule.fractions));
        const same = opts.size === valued.size && [...opts].every((v) => valued.has(v));
        if (input && input.options && !same)
          fail("CHOICE_MISMATCH", at(...path, "fractions"), "choice_mismatch", {
            indicator: code,
            input: rule.input,
            valued: [...valued].join(", "),
            options: [...opts].join(", "),
          });
      }
      if (rule.kind === "count_bands" || rule.kind === "amount_bands" || rule.kind === "ratio_bands") {
        rule.bands.forEach((band, n) => {
          const previous = rule.bands[n - 1];
          if (previous && band.min >= previous.min)
            fail("BANDS_ORDER", at(...path, "bands", n, "min"), "bands_order", {
              indicator: code,
              band: n,
              min: band.min,
              previous: n - 1,
              previousMin: previous.min,
            });
        });
      }
      if (rule.kind === "parts") {
        const total = rule.parts.reduce((sum, p) => sum + p.fraction, 0);
        if (total > 1 + EPSILON) fail("PARTS_FRACTION", at(...path, "parts"), "parts_fraction", { indicator: code, total });
      }
      if (rule.kind === "expression" && options.checkExpression) {
        const problem = options.checkExpression(rule.expression, Object.keys(rule.variables));
        if (problem)
          fail("EXPRESSION", at(...path, "expression"), "expression", {
            indicator: code,
            expression: rule.expression,
            problem: problem.problem,
            name: problem.name,
            arity: problem.arity ?? "",
            allowed: problem.allowed ?? "",
          });
      }
      if (rule.kind === "sum_children" && !inCycle.has(code)) {
        let unknown = false;
        rule.children.forEach((child, n) => {
          const sub = indicators.get(child);
          if (!sub) {
            if (declared.indicators.has(child)) unknown = true;
            else fail("BAD_HIERARCHY", at(...path, "children", n), "child_missing", { indicator: code, child });
          } else if (sub.parent !== code) fail("BAD_HIERARCHY", at(...path, "children", n), "child_parent", { indicator: code, child });
        });
        const childMax = rule.children.reduce((sum, c) => sum + (indicators.get(c)?.maxPoints ?? 0), 0);
        if (!unknown && indicator.maxPoints !== null && Math.abs(childMax - indicator.maxPoints) > EPSILON)
          fail("POINTS_MISMATCH", at("maxPoints"), "children_points", { indicator: code, max: indicator.maxPoints, sum: childMax });
      }
    }

    for (const use of inputUses(indicator.rule)) {
      usedInputs.add(use.input);
      const input = inputs.get(use.input);
      const path = at("rule", ...use.path);
      if (!declared.inputs.has(use.input)) {
        const suggest = nearest(use.input, inputIds)[0];
        // The input it was meant to be is not also "unused": one typo, one problem.
        if (suggest) usedInputs.add(suggest);
        fail("UNKNOWN_INPUT", path, "unknown_input_rule", {
          indicator: code,
          input: use.input,
          suggest: suggest ?? "",
        });
        continue;
      }
      if (!listed.has(use.input)) fail("UNLISTED_INPUT", path, "unlisted_input", { indicator: code, input: use.input });
      if (!input) continue; // declared, but it did not match the schema: reported there
      const fits =
        use.role === "boolean"
          ? input.unit === "boolean"
          : use.role === "choice"
            ? input.unit === "choice"
            : !["boolean", "choice", "text"].includes(input.unit);
      if (!fits) fail("WRONG_INPUT_UNIT", path, "wrong_unit", { indicator: code, input: use.input, role: use.role, unit: input.unit });
    }

    if (indicator.parent && !inCycle.has(code)) {
      const parent = indicators.get(indicator.parent);
      if (!parent) {
        if (!declared.indicators.has(indicator.parent))
          fail("BAD_HIERARCHY", at("parent"), "parent_not_summing", { indicator: code, parent: indicator.parent });
      } else if (parent.rule.kind !== "sum_children" || !parent.rule.children.includes(code))
        fail("BAD_HIERARCHY", at("parent"), "parent_not_summing", { indicator: code, parent: indicator.parent });
      else if (parent.index !== indicator.index)
        fail("BAD_HIERARCHY", at("index"), "parent_index", { indicator: code, index: indicator.index, parentIndex: parent.index });
    }
  });

  pack.inputs.forEach((input, k) => {
    if (input.unit !== "text" && !usedInputs.has(input.id))
      fail("UNUSED_INPUT", ["inputs", pos.inputs[k]!, "id"], "unused_input", { input: input.id });
  });

  checkCoverage(r, fail);
  if (pack.meta.coverage === "full") {
    pack.indices.forEach((index, k) => {
      // An indicator of this index that could not be read, with points that cannot be read either: the sum is unknown.
      const unreadable = r.unreadable.filter((u) => u.index === index.code && u.parent === undefined);
      if (unreadable.some((u) => u.maxPoints === undefined)) return;
      const sum =
        pack.indicators.filter((x) => x.index === index.code && !x.parent).reduce((total, x) => total + (x.maxPoints ?? 0), 0) +
        unreadable.reduce((total, u) => total + u.maxPoints!, 0);
      if (Math.abs(sum - (index.maxPoints ?? 0)) > EPSILON)
        fail("POINTS_MISMATCH", ["indices", pos.indices[k]!, "maxPoints"], "index_points", {
          index: index.code,
          max: index.maxPoints ?? "?",
          sum,
        });
    });
  }
  const allIndicesRead = pack.indices.length === list(raw.indices).length;
  const known = allIndicesRead && pack.indices.every((x) => x.maxPoints !== null);
  const total = pack.indices.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0);
  if (known && pack.aggregation.totalPoints !== undefined && Math.abs(total - pack.aggregation.totalPoints) > EPSILON)
    fail("POINTS_MISMATCH", ["aggregation", "totalPoints"], "total_points", { total: pack.aggregation.totalPoints, sum: total });
  pack.aggregation.pillars.forEach((pillar, k) =>
    pillar.indices.forEach((code, n) => {
      if (!declared.indices.has(code))
        fail("UNKNOWN_INDEX", ["aggregation", "pillars", pos.pillars[k]!, "indices", n], "unknown_index", {
          what: "pillar",
          owner: pillar.id,
          index: code,
        });
    }),
  );

  checkCrosswalks(r, fail, warn, options.packs);
  // Input mappings and sensitivity alternatives (English wording only for now: given as both texts).
  checkAdditions(r.pack, (code, path, message) => fail(code, path, "schema", { en: message, vi: message }));
}

/**
 * Cycles of sum_children (5.12 sums 5.12.1, which sums 5.12): each once, starting at its first
 * indicator in pack order.
 */
function sumCycles(indicators: readonly IndicatorDefinition[]): string[][] {
  const children = new Map(indicators.map((x) => [x.code, x.rule.kind === "sum_children" ? x.rule.children : []]));
  const order = new Map(indicators.map((x, i) => [x.code, i]));
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (code: string) => {
    state.set(code, 1);
    stack.push(code);
    for (const child of children.get(code) ?? []) {
      if (state.get(child) === 1) {
        const cycle = stack.slice(stack.indexOf(child));
        const start = cycle.reduce((best, c, i) => ((order.get(c) ?? 0) < (order.get(cycle[best]!) ?? 0) ? i : best), 0);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = rotated.join(">");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (!state.has(child) && children.has(child)) visit(child);
    }
    stack.pop();
    state.set(code, 2);
  };
  for (const x of indicators) if (!state.has(x.code)) visit(x.code);
  return cycles;
}

/** What a pack says it can compute must be backed by what it knows. */
function checkCoverage(r: Readable, fail: Fail): void {
  const { pack, pos } = r;
  const coverage = pack.meta.coverage;
  if (coverage === "published") return;
  pack.indices.forEach((index, k) => {
    if (index.maxPoints === null)
      fail("COVERAGE", ["indices", pos.indices[k]!, "maxPoints"], "coverage_index", { index: index.code, coverage });
  });
  if (coverage !== "full") return;
  pack.indicators.forEach((indicator, k) => {
    const i = pos.indicators[k]!;
    if (indicator.maxPoints === null) fail("COVERAGE", ["indicators", i, "maxPoints"], "coverage_points", { indicator: indicator.code });
    for (const { rule, path } of walkRules(indicator.rule, ["rule"]))
      if (rule.kind === "unknown") fail("COVERAGE", ["indicators", i, ...path], "coverage_rule", { indicator: indicator.code });
  });
}

/**
 * A rule as comparable data: each input named by its letter in the indicator ("a", "b"; the id where
 * it has none), texts (part labels) left out. Two rules with equal keys score the same figures the
 * same way, whatever their inputs' ids or their indicator's code.
 */
export function ruleKey(indicator: Pick<IndicatorDefinition, "rule" | "inputs">): string {
  const letter = new Map(indicator.inputs.map((ref) => [ref.input, `@${ref.address ?? "·"}`]));
  const name = (id: unknown) => (typeof id === "string" ? (letter.get(id) ?? `@${id}`) : id);
  const shape = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shape);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "label") continue;
      if (["a", "b", "value", "input", "gate"].includes(k)) out[k] = Array.isArray(v) ? v.map(name) : name(v);
      else if (k === "variables" && isRecord(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, id]) => [n, name(id)]));
      else out[k] = shape(v);
    }
    return out;
  };
  return canonicalJson(shape(indicator.rule));
}

/** The indicator's inputs: ids at their addresses, with what each accepts. */
function inputsKey(indicator: IndicatorDefinition, pack: Pick<Pack, "inputs">): string {
  const byId = new Map(pack.inputs.map((x) => [x.id, x]));
  return canonicalJson(indicator.inputs.map((ref) => [ref.address ?? "", ref.input, inputKey(byId.get(ref.input))]));
}

const SHAPES: Partial<Record<CrosswalkMapping["relation"], { test: (m: CrosswalkMapping) => boolean; en: string; vi: string }>> = {
  same: { test: (m) => m.from.length === 1 && m.to.length === 1, en: "one code to one code", vi: "một mã với một mã" },
  renamed: { test: (m) => m.from.length === 1 && m.to.length === 1, en: "one code to one code", vi: "một mã với một mã" },
  split: { test: (m) => m.from.length === 1 && m.to.length > 1, en: "one code to several", vi: "một mã với nhiều mã" },
  merged: { test: (m) => m.from.length > 1 && m.to.length === 1, en: "several codes to one", vi: "nhiều mã với một mã" },
};

interface Side {
  codes: Set<string>;
  points: (code: string) => number | null | undefined;
}

function sides(pack: Pack, level: Level): Side {
  if (level === "pillars") {
    const indexPoints = new Map(pack.indices.map((x) => [x.code, x.maxPoints]));
    const pillars = new Map(pack.aggregation.pillars.map((p) => [p.id, p]));
    return {
      codes: new Set(pillars.keys()),
      points: (code) => {
        const pillar = pillars.get(code);
        if (!pillar) return undefined;
        const values = pillar.indices.map((c) => indexPoints.get(c));
        return values.some((v) => v === null || v === undefined) ? null : values.reduce<number>((s, v) => s + v!, 0);
      },
    };
  }
  const items = new Map<string, { maxPoints: number | null }>(
    (level === "indices" ? pack.indices : pack.indicators).map((x) => [x.code, x]),
  );
  return { codes: new Set(items.keys()), points: (code) => items.get(code)?.maxPoints };
}

/** The content of a 1 → 1 mapping that differs between the two packs, for "same" and "renamed". */
function differences(
  level: Level,
  older: Pack,
  newer: Pack,
  from: string,
  to: string,
  relation: "same" | "renamed",
): { differ: string[]; detail: string } {
  const differ: string[] = [];
  const details: string[] = [];
  const points = (a: number | null | undefined, b: number | null | undefined) => {
    if (a !== b) {
      differ.push("points");
      details.push(`${a ?? "?"} → ${b ?? "?"}`);
    }
  };
  if (level === "indicators") {
    const a = older.indicators.find((x) => x.code === from)!;
    const b = newer.indicators.find((x) => x.code === to)!;
    points(a.maxPoints, b.maxPoints);
    if (ruleKey(a) !== ruleKey(b)) differ.push("rule");
    if (relation === "same" && inputsKey(a, older) !== inputsKey(b, newer)) differ.push("inputs");
  } else if (level === "indices") {
    points(older.indices.find((x) => x.code === from)!.maxPoints, newer.indices.find((x) => x.code === to)!.maxPoints);
    const members = (pack: Pack, code: string) => pack.indicators.filter((x) => x.index === code);
    const a = members(older, from);
    const b = members(newer, to);
    const key = (x: IndicatorDefinition) => `${x.maxPoints}|${ruleKey(x)}`;
    const changed =
      relation === "same"
        ? a.length !== b.length ||
          a.some((x) => b.find((y) => y.code === x.code) === undefined || key(b.find((y) => y.code === x.code)!) !== key(x))
        : canonicalJson(a.map(key).sort()) !== canonicalJson(b.map(key).sort());
    if (changed) {
      differ.push("indicators");
      const codesA = new Set(a.map((x) => x.code));
      const codesB = new Set(b.map((x) => x.code));
      const gone = a.filter((x) => !codesB.has(x.code)).map((x) => x.code);
      const added = b.filter((x) => !codesA.has(x.code)).map((x) => x.code);
      const altered = a.filter((x) => codesB.has(x.code) && key(x) !== key(b.find((y) => y.code === x.code)!)).map((x) => x.code);
      if (relation === "same")
        details.push(
          [
            gone.length ? `− ${gone.join(", ")}` : "",
            added.length ? `+ ${added.join(", ")}` : "",
            altered.length ? `~ ${altered.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join("; "),
        );
    }
  } else {
    const a = older.aggregation.pillars.find((p) => p.id === from)!;
    const b = newer.aggregation.pillars.find((p) => p.id === to)!;
    points(sides(older, "pillars").points(from), sides(newer, "pillars").points(to));
    if (relation === "same" && canonicalJson([...a.indices].sort()) !== canonicalJson([...b.indices].sort())) differ.push("indices");
  }
  return { differ, detail: details.filter(Boolean).join("; ") };
}

/**
 * Each crosswalk against this pack (its target codes) and, when the host knows it, the pack it maps
 * from: source codes exist, each code is mapped once per side, a relation's shape fits it (a split
 * maps one code to several), "same" and "renamed" hold, and splits and merges account for their points.
 */
function checkCrosswalks(r: Readable, fail: Fail, warn: Fail, packs: readonly Pack[] | undefined): void {
  const newer = r.pack;
  for (const crosswalk of r.crosswalks) {
    const older = packs?.find((p) => p.meta.id === crosswalk.from && p !== newer);
    if (packs && !older) warn("CROSSWALK_UNCHECKED", ["crosswalks", crosswalk.at, "from"], "crosswalk_unchecked", { from: crosswalk.from });
    for (const level of LEVELS) {
      const target = sides(newer, level);
      const source = older ? sides(older, level) : undefined;
      const seen = { from: new Set<string>(), to: new Set<string>() };
      for (const { at, mapping } of crosswalk.mappings[level]) {
        const path = ["crosswalks", crosswalk.at, level, at];
        let codesKnown = true;
        mapping.to.forEach((code, k) => {
          if (!target.codes.has(code)) {
            codesKnown = false;
            fail("CROSSWALK", [...path, "to", k], "crosswalk_target", { from: crosswalk.from, level, code });
          }
        });
        mapping.from.forEach((code, k) => {
          if (source && !source.codes.has(code)) {
            codesKnown = false;
            fail("CROSSWALK", [...path, "from", k], "crosswalk_source", { from: crosswalk.from, level, code });
          }
        });
        for (const side of ["from", "to"] as const)
          mapping[side].forEach((code, k) => {
            if (seen[side].has(code)) fail("CROSSWALK", [...path, side, k], "crosswalk_twice", { level, code, side });
            seen[side].add(code);
          });
        const shape = SHAPES[mapping.relation];
        if (shape && !shape.test(mapping)) {
          fail("CROSSWALK", [...path, "relation"], "crosswalk_shape", {
            relation: mapping.relation,
            expected: shape.en,
            expectedVi: shape.vi,
            fromCount: mapping.from.length,
            toCount: mapping.to.length,
          });
          continue;
        }
        if (!older || !source || !codesKnown) continue;
        if (mapping.relation === "same" || mapping.relation === "renamed") {
          const [from, to] = [mapping.from[0]!, mapping.to[0]!];
          const { differ, detail } = differences(level, older, newer, from, to, mapping.relation);
          if (differ.length > 0) {
            const suggest =
              mapping.relation === "same" && !differ.includes("points") && !differ.includes("rule") && level === "indicators"
                ? "renamed"
                : "changed";
            fail("CROSSWALK_CONTENT", [...path, "relation"], "crosswalk_content", {
              level,
              fromCode: from,
              toCode: to,
              relation: mapping.relation,
              differ: differ.join(","),
              detail,
              suggest,
            });
          }
        }
        if (mapping.relation === "split" || mapping.relation === "merged") {
          const before = mapping.from.map((c) => source.points(c));
          const after = mapping.to.map((c) => target.points(c));
          if ([...before, ...after].some((v) => v === null || v === undefined)) continue;
          const fromSum = before.reduce<number>((s, v) => s + v!, 0);
          const toSum = after.reduce<number>((s, v) => s + v!, 0);
          if (Math.abs(fromSum - toSum) > EPSILON && !mapping.note?.trim())
            fail("CROSSWALK_POINTS", [...path, "note"], "crosswalk_points", {
              relation: mapping.relation,
              fromCodes: mapping.from.join(" + "),
              toCodes: mapping.to.join(" + "),
              fromSum,
              toSum,
              difference: Math.abs(toSum - fromSum),
            });
        }
      }
    }
  }
}

/** The collections whose items a person names by a field: indicators[3.3], inputs[households_total]. */
const NAMED: Record<string, string> = {
  indicators: "code",
  indices: "code",
  inputs: "id",
  agencies: "code",
  generalInfo: "code",
  pillars: "id",
  crosswalks: "from",
  parts: "id",
};

/**
 * A path as a person reads it: each item of a named collection by its code, id or mapping instead of
 * its position ("indicators[3.3].rule.b", "crosswalks[dti-province-2020].indices[CQS+KTS+XHS]"),
 * bands and other lists by position. Falls back to the position where the item has no readable name.
 */
export function describePath(path: readonly (string | number)[], candidate: unknown): string {
  let out = "";
  let node: unknown = candidate;
  let parent: string | undefined;
  let inCrosswalk = false;
  for (const key of path) {
    if (typeof key === "number") {
      const item = Array.isArray(node) ? node[key] : undefined;
      let name: string | undefined;
      if (isRecord(item)) {
        if (inCrosswalk && parent && LEVELS.includes(parent as Level)) {
          const from = list(item.from).filter((x) => typeof x === "string");
          const to = list(item.to).filter((x) => typeof x === "string");
          name = from.length > 0 ? from.join("+") : to.length > 0 ? `→${to.join("+")}` : undefined;
        } else if (parent && NAMED[parent]) name = str(item[NAMED[parent]!]);
      }
      out += `[${name ?? key}]`;
      node = item;
    } else {
      out = out ? `${out}.${key}` : key;
      if (key === "crosswalks" && out === "crosswalks") inCrosswalk = true;
      node = isRecord(node) ? node[key] : undefined;
    }
    parent = typeof key === "string" ? key : undefined;
  }
  return out;
}

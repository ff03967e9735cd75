import type { PlanGoal, PlanItem, PublishedResult, TargetValue } from "@dti/db";
import { isEngineError } from "@dti/engine";
import { inputUses, type IndicatorDefinition } from "@dti/pack-sdk";
import type { ApiContext } from "../context";
import { ApiError, isApiError, type FieldIssue } from "../errors";
import { toApiError } from "../translate";
import { checkInputValue, inputsRecord, ratioProblems } from "./scoring";
import type { AssessmentScope } from "./scope";

type Inputs = Record<string, TargetValue>;

/** One problem of a refused target, in `details.problems`: for clients to say it in the user's language. */
export interface TargetProblem {
  /** The official address (3.3.a), or the key as given when the indicator does not read it. */
  field: string;
  kind: "not_read" | "value" | "above_denominator" | "below_numerator" | "missing";
  value?: TargetValue;
  /** The other side of a broken ratio and its value (null: not entered). */
  other?: string;
  otherValue?: TargetValue | null;
  /** not_read: the addresses the indicator reads. */
  allowed?: string[];
}

export interface PlanTarget {
  inputs: { input: string; address: string; value: TargetValue; current: TargetValue | null }[];
  points: number;
  currentPoints: number;
  maxPoints: number;
  gain: number;
}

function indicatorOf(scope: AssessmentScope, code: string): IndicatorDefinition {
  const indicator = scope.pack.loaded.pack.indicators.find((i) => i.code === code);
  if (!indicator)
    throw new ApiError("VALIDATION_FAILED", `pack ${scope.pack.summary.packId} has no indicator ${code}`, {
      fields: [{ path: "indicatorCode", message: `no indicator ${code}`, expected: "an indicator code of the assessment's pack" }],
    });
  return indicator;
}

/** The official address of an input in an indicator ("3.3.a", or "3.1" for its single input), else the input id. */
export function addressIn(indicator: IndicatorDefinition, inputId: string): string {
  const ref = indicator.inputs.find((r) => r.input === inputId);
  if (!ref) return inputId;
  return ref.address ? `${indicator.code}.${ref.address}` : indicator.code;
}

/** The inputs a target of the indicator may set: those its rule reads, without the method's constants. */
function targetable(scope: AssessmentScope, indicator: IndicatorDefinition): string[] {
  const ids = new Set([...indicator.inputs.map((r) => r.input), ...inputUses(indicator.rule).map((u) => u.input)]);
  return [...ids].filter((id) => !scope.inputs.constants.has(id));
}

function expectedInputs(scope: AssessmentScope, indicator: IndicatorDefinition): string {
  const ids = targetable(scope, indicator);
  return ids.length === 0
    ? `none: ${indicator.code} has no inputs of its own (set targets on the indicators it sums)`
    : `one of ${ids.map((id) => `${addressIn(indicator, id)} (${id})`).join(", ")}`;
}

function refusal(message: string, fields: FieldIssue[], details: Record<string, unknown>, cause?: unknown): ApiError {
  return new ApiError("PLAN_TARGET_INVALID", message, { fields, details, ...(cause === undefined ? {} : { cause }) });
}

/** Scores the unit's row once (lenient, no explanations): the indicator's points and status. */
function scoreRow(ctx: ApiContext, scope: AssessmentScope, inputs: Inputs) {
  const result = ctx.engine.score(
    scope.pack.loaded,
    { period: scope.assessment.period, units: [{ code: scope.assessment.unitId, inputs }] },
    { mode: "lenient", explain: false },
  );
  return result.units[0]!;
}

/**
 * Checks a target (values of the indicator's inputs, keyed by input id or official address) against
 * the pack and the assessment's stored values, and computes what it earns by the pack's rule: the
 * stored inputs overlaid with the target's, scored by the engine. Refusals are PLAN_TARGET_INVALID
 * naming the field (`targetInputs.3.3.a`) and the expected form: an input the indicator does not
 * read, a value its input cannot take (out of range, not a whole number, unknown choice), a
 * numerator above its denominator, an input the rule needs that is neither stored nor given.
 */
export function evaluateTarget(
  ctx: ApiContext,
  scope: AssessmentScope,
  indicatorCode: string,
  given: Readonly<Record<string, TargetValue>>,
  stored: Inputs,
): { inputs: Inputs; target: PlanTarget } {
  const indicator = indicatorOf(scope, indicatorCode);
  const allowed = new Set(targetable(scope, indicator));
  const inputs: Inputs = {};
  const fields: FieldIssue[] = [];
  // The same problems in a form a client words in its own language.
  const problems: TargetProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    const id = scope.inputs.resolve(key);
    if (!id || !allowed.has(id)) {
      fields.push({
        path: `targetInputs.${key}`,
        message: `${indicator.code} does not read ${key}`,
        expected: expectedInputs(scope, indicator),
      });
      problems.push({ field: key, kind: "not_read", allowed: [...allowed].map((id) => addressIn(indicator, id)) });
      continue;
    }
    try {
      checkInputValue(ctx, scope, id, value);
    } catch (error) {
      if (!isApiError(error)) throw error;
      fields.push({
        path: `targetInputs.${addressIn(indicator, id)}`,
        message: `${addressIn(indicator, id)} ${id}: ${error.message}`,
        ...(error.fields[0]?.expected ? { expected: error.fields[0].expected } : {}),
      });
      problems.push({ field: addressIn(indicator, id), kind: "value", value });
      continue;
    }
    inputs[id] = value;
  }
  if (fields.length > 0)
    throw refusal(`the target of ${indicator.code} is not possible: ${fields.map((f) => f.message).join("; ")}`, fields, {
      indicator: indicator.code,
      problems,
    });

  const merged = { ...stored, ...inputs };
  const written = Object.keys(inputs);
  const ratios = ratioProblems(ctx, scope, written, merged);
  // Every ratio the target breaks, this indicator's or another's reading the same input.
  const broken = [...ratios.entries()];
  if (broken.length > 0) {
    const issues: FieldIssue[] = [];
    for (const [id, error] of broken) {
      const others = (error.details?.others ?? []) as { indicator: string; address: string; value: unknown; side: string }[];
      const other = others.find((o) => o.indicator === indicator.code) ?? others[0];
      problems.push({
        field: addressIn(indicator, id),
        kind: other?.side === "numerator" ? "below_numerator" : "above_denominator",
        value: merged[id]!,
        ...(other ? { other: other.address, otherValue: other.value as TargetValue | null } : {}),
      });
      issues.push({
        path: `targetInputs.${addressIn(indicator, id)}`,
        message: `${addressIn(indicator, id)} = ${String(merged[id])} ${
          other
            ? `is above the ${other.side} ${other.address} = ${other.value === null ? "not entered" : String(other.value)}`
            : error.message
        }`,
        expected: other
          ? other.side === "denominator"
            ? `at most ${other.address} (${other.value === null ? "enter it first or give it in the target" : String(other.value)})`
            : `at least ${other.address} (${other.value === null ? "enter it first" : String(other.value)})`
          : (error.fields[0]?.expected ?? "a value the ratio allows"),
      });
    }
    throw refusal(
      `the target of ${indicator.code} is not possible: ${issues.map((p) => p.message).join("; ")}`,
      issues,
      { indicator: indicator.code, engineCode: broken[0]![1].details?.engineCode, problems },
      broken[0]![1],
    );
  }

  let after;
  let before;
  try {
    after = scoreRow(ctx, scope, merged);
    before = scoreRow(ctx, scope, stored);
  } catch (error) {
    if (!isEngineError(error)) throw error;
    throw toApiError(error);
  }
  const result = after.indicators?.[indicator.code];
  const now = before.indicators?.[indicator.code];
  if (!result || result.status === "not_scored")
    throw refusal(
      `${indicator.code} is not scored: a target cannot earn points`,
      [{ path: "indicatorCode", message: `${indicator.code} is not scored` }],
      {
        indicator: indicator.code,
      },
    );
  if (result.status === "missing") {
    const missing = [...allowed].filter((id) => merged[id] === undefined);
    const lacking = missing.length > 0 ? missing : [...allowed];
    const issues = lacking.map((id) => ({
      path: `targetInputs.${addressIn(indicator, id)}`,
      message: `${addressIn(indicator, id)} ${id} is neither entered nor in the target`,
      expected: `enter ${addressIn(indicator, id)} in the form first, or give it in the target`,
    }));
    throw refusal(`the target of ${indicator.code} leaves it without data: ${issues.map((p) => p.message).join("; ")}`, issues, {
      indicator: indicator.code,
      missing,
      problems: lacking.map((id): TargetProblem => ({ field: addressIn(indicator, id), kind: "missing" })),
    });
  }
  const currentPoints = now?.points ?? 0;
  return {
    inputs,
    target: {
      inputs: Object.entries(inputs).map(([id, value]) => ({
        input: id,
        address: addressIn(indicator, id),
        value,
        current: stored[id] ?? null,
      })),
      points: result.points,
      currentPoints,
      maxPoints: result.max,
      gain: result.points - currentPoints,
    },
  };
}

/** The stored inputs of the assessment as the engine reads them. */
export async function storedInputs(ctx: ApiContext, scope: AssessmentScope): Promise<Inputs> {
  return inputsRecord(await ctx.repos.inputs.list(scope.assessment.id)) as Inputs;
}

/** A target in words for exports and old clients: "3.3.a = 450000; 3.3.b = 500000" (yes/no as Có/Không, a choice by its label). */
export function targetText(scope: AssessmentScope, target: PlanTarget): string {
  const byId = new Map(scope.pack.loaded.pack.inputs.map((i) => [i.id, i]));
  return target.inputs
    .map(({ input, address, value }) => {
      const def = byId.get(input);
      const shown =
        typeof value === "boolean"
          ? value
            ? "Có"
            : "Không"
          : typeof value === "number"
            ? new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10 }).format(value)
            : (def?.options?.find((o) => o.value === value)?.label.vi ?? value);
      return `${address} = ${shown}`;
    })
    .join("; ");
}

/** A plan item with its target evaluated; a target the stored values no longer allow says why. */
export function evaluateItem(ctx: ApiContext, scope: AssessmentScope, item: PlanItem, stored: Inputs) {
  if (!item.targetInputs) return { target: null, problem: null };
  try {
    return { target: evaluateTarget(ctx, scope, item.indicatorCode, item.targetInputs, stored).target, problem: null };
  } catch (error) {
    if (isApiError(error)) return { target: null, problem: error.message };
    throw error;
  }
}

export interface Cohort {
  period: number;
  packId: string;
  /** Published values (0..1) of the other provinces, best first. */
  values: number[];
  withoutValue: number;
}

/**
 * The last published cohort for the assessment: the published results of its pack for its period,
 * else of the nearest earlier period (up to 5 years back); the province itself left out. Null when
 * nothing is published. Values above 1 (published as points) and rows without a value are not compared.
 */
export async function lastPublishedCohort(ctx: ApiContext, scope: AssessmentScope): Promise<Cohort | null> {
  const packId = scope.pack.summary.packId;
  for (let period = scope.assessment.period; period >= scope.assessment.period - 5; period--) {
    const rows: PublishedResult[] = await ctx.repos.published.list({ period, packId });
    if (rows.length === 0) continue;
    // Provinces only (not the provincial average), of one cohort: 2024 was published for the 63 and the 34.
    const provinces = rows.filter((r) => r.kind === "province");
    const cohorts = new Map<string, number>();
    for (const r of provinces) cohorts.set(String(r.cohort), (cohorts.get(String(r.cohort)) ?? 0) + 1);
    const largest = [...cohorts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const others = provinces.filter((r) => String(r.cohort) === largest && r.unitId !== scope.assessment.unitId);
    const values = others.flatMap((r) =>
      typeof r.overall === "number" && Number.isFinite(r.overall) && r.overall >= 0 && r.overall <= 1 ? [r.overall] : [],
    );
    return { period, packId, values: values.sort((a, b) => b - a), withoutValue: others.length - values.length };
  }
  return null;
}

/** The rank a value would take in the cohort: 1 + the provinces published above it. */
export function rankIn(cohort: Cohort, value: number): number {
  return 1 + cohort.values.filter((v) => v > value + 1e-12).length;
}

/** Whether the projection reaches the goal, and by how much it misses. */
export function goalOutcome(goal: PlanGoal | null, projected: { overall: number; rank: number | null }, cohort: Cohort | null) {
  if (!goal) return null;
  const base = { kind: goal.kind, target: goal.target, version: goal.version };
  if (goal.kind === "value") {
    const gap = goal.target - projected.overall;
    return { ...base, reached: gap <= 1e-12, valueGap: gap, rankGap: null, valueNeeded: goal.target };
  }
  if (!cohort || projected.rank === null) return { ...base, reached: null, valueGap: null, rankGap: null, valueNeeded: null };
  const needed = goal.target - 1 < cohort.values.length ? cohort.values[goal.target - 1]! : 0;
  return {
    ...base,
    reached: projected.rank <= goal.target,
    valueGap: needed - projected.overall,
    rankGap: projected.rank - goal.target,
    valueNeeded: needed,
  };
}

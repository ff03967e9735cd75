import type { InputValue as StoredInput } from "@dti/db";
import type { InputCheckIssue, LoadedPack } from "@dti/engine";
import { addressOf } from "@dti/pack-sdk";
import type { ScoreResult, ScoreWarning } from "@dti/contracts";
import type { ApiContext } from "../context";
import { ApiError, type FieldIssue } from "../errors";
import { engineCodeToApi } from "../translate";
import type { AssessmentScope } from "./scope";

/**
 * Refuses a value its input cannot take (not a number, a fraction of a count, an unknown choice…),
 * by asking the engine to check it: the engine is the one authority on what a pack accepts.
 */
export function checkInputValue(ctx: ApiContext, scope: AssessmentScope, inputId: string, value: unknown): void {
  if (value === null) return;
  const { issues } = ctx.engine.checkInputs(scope.pack.loaded, { [inputId]: value });
  if (issues.length === 0) return;
  // One code when every problem has it, as the engine's own errors say.
  const code = issues.every((i) => i.code === issues[0]!.code) ? issues[0]!.code : "INPUT_INVALID";
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  throw new ApiError(
    engineCodeToApi(code),
    `${issues.length} input problem(s): ${issues
      .slice(0, 3)
      .map((i) => i.message)
      .join("; ")}${more}`,
    {
      fields: issues.map((i) => ({ path: "value", message: i.message, ...(i.expected ? { expected: i.expected } : {}) })),
      details: { engineCode: code },
    },
  );
}

/** The stored values as the engine reads them (cleared values are "not provided"). */
export function inputsRecord(values: readonly StoredInput[]): Record<string, Exclude<StoredInput["value"], null>> {
  const record: Record<string, Exclude<StoredInput["value"], null>> = {};
  for (const v of values) if (v.value !== null) record[v.inputId] = v.value;
  return record;
}

/**
 * Stored values as lenient scoring accepts them. Values are checked as they are written, but stored
 * data may predate a check (a numerator above its denominator with another input of the ratio still
 * empty, refused since) or a pack change (a key it no longer knows); lenient scoring refuses both, and
 * a scorecard must not fail on them. Such values are left out of the scoring — an unknown key, a
 * value its input cannot take, the numerator of an impossible ratio (its indicator then scores 0 as
 * missing) — each with a warning saying what to correct.
 */
export function scorableInputs(
  ctx: Pick<ApiContext, "engine">,
  loaded: LoadedPack,
  stored: Record<string, Exclude<StoredInput["value"], null>>,
  unit?: string,
): { inputs: Record<string, Exclude<StoredInput["value"], null>>; warnings: ScoreWarning[] } {
  const { issues } = ctx.engine.checkInputs(loaded, stored);
  if (issues.length === 0) return { inputs: stored, warnings: [] };
  const left = new Set<string>();
  const warnings: ScoreWarning[] = [];
  for (const issue of issues) {
    const keys = issue.ratio
      ? issue.ratio.numerator.inputs.filter((x) => !Number.isNaN(x.value)).map((x) => (x.id in stored ? x.id : x.address))
      : issue.key !== undefined
        ? [issue.key]
        : [];
    keys.forEach((k) => left.add(k));
    warnings.push({
      code: issue.code,
      message: `${issue.indicator ? `${issue.indicator}: ` : ""}${issue.message}; left out of the score until corrected`,
      ...(unit !== undefined ? { unit } : {}),
      ...(issue.indicator ? { indicator: issue.indicator } : {}),
      ...(keys[0] !== undefined ? { input: keys[0] } : {}),
    });
  }
  return { inputs: Object.fromEntries(Object.entries(stored).filter(([k]) => !left.has(k))), warnings };
}

/**
 * Scores one assessment in lenient mode (missing inputs score 0, one warning per indicator), with
 * explanations. The cohort is the assessment's own unit: cohort-relative indicators (min-max) are
 * provisional until the ministry's cohort is known.
 */
export async function scoreAssessment(
  ctx: ApiContext,
  scope: AssessmentScope,
  unitName: string,
  /** The stored values, when already read (getForScoring); read here otherwise. */
  stored?: Record<string, Exclude<StoredInput["value"], null>>,
): Promise<{ result: ScoreResult; completeness: { provided: number; total: number } }> {
  const inputs = stored ?? inputsRecord(await ctx.repos.inputs.list(scope.assessment.id));
  const scorable = scorableInputs(ctx, scope.pack.loaded, inputs, scope.assessment.unitId);
  const result = ctx.engine.score(
    scope.pack.loaded,
    { period: scope.assessment.period, units: [{ code: scope.assessment.unitId, name: unitName, inputs: scorable.inputs }] },
    { mode: "lenient", explain: true },
  );
  result.warnings.push(...scorable.warnings);
  const enterable = [...scope.inputs.ids].filter((id) => !scope.inputs.constants.has(id));
  return { result, completeness: { provided: enterable.filter((id) => id in inputs).length, total: enterable.length } };
}

type ScoredAssessment = Awaited<ReturnType<typeof scoreAssessment>>;

/** Scores kept per loaded pack (a pack never changes under its hash), newest last. */
const scoresByPack = new WeakMap<LoadedPack, Map<string, ScoredAssessment>>();
/** Per pack: about 64 × 0.3 MB at most (an answer with every explanation is about 80 kB as JSON). */
export const SCORE_CACHE_SIZE = 64;

/**
 * scoreAssessment, remembered: the same pack, unit, name, period and stored values give the same
 * answer, so a scorecard read again without a change in between is neither read nor scored again.
 * The values are known by their stamp (count and sum of versions, from getForScoring: it only grows
 * with every write); on a miss they are read with their own stamp, in one statement, and the score
 * is kept under that stamp. The answer returned is shared by every caller that asks for it: read
 * it, never change it (callers that keep or alter a score use scoreAssessment). Its identity is
 * stable while cached, so the HTTP host can keep its serialised, compressed bytes beside it.
 */
export async function scoreAssessmentCached(
  ctx: ApiContext,
  scope: AssessmentScope,
  unitName: string,
  valuesStamp: string,
): Promise<ScoredAssessment> {
  let cache = scoresByPack.get(scope.pack.loaded);
  if (!cache) scoresByPack.set(scope.pack.loaded, (cache = new Map()));
  const { id, unitId, period } = scope.assessment;
  const keyOf = (stamp: string) => JSON.stringify([id, unitId, unitName, period, stamp]);
  const hit = cache.get(keyOf(valuesStamp));
  if (hit) {
    cache.delete(keyOf(valuesStamp));
    cache.set(keyOf(valuesStamp), hit);
    return hit;
  }
  const read = await ctx.repos.assessments.valuesForScoring(id);
  const scored = await scoreAssessment(ctx, scope, unitName, read.values);
  cache.set(keyOf(read.valuesStamp), scored);
  if (cache.size > SCORE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return scored;
}

/**
 * Refuses a value that breaks a ratio of an indicator reading it, together with the unit's other
 * stored values (a numerator above its denominator, e.g. 8.4.a 650000 > 8.4.b 640000): the engine
 * checks the unit's values and its ratio issues for those indicators become INPUT_INVALID naming
 * the field written and the other side of the ratio with its current value. Problems of indicators
 * that do not read this input are not this write's to report.
 */
export function checkRatios(ctx: ApiContext, scope: AssessmentScope, inputId: string, inputs: Record<string, unknown>): void {
  const problem = ratioProblems(ctx, scope, [inputId], inputs).get(inputId);
  if (problem) throw problem;
}

/** `side`: what the other input is to the written one, so a client can say "above the denominator". */
interface RatioOther {
  indicator: string;
  inputId: string;
  address: string;
  value: unknown;
  side: "denominator" | "numerator";
}

/**
 * The ratio problems of several written inputs at once, checking the unit's values only once (an
 * import writes a whole template): for each input that breaks a ratio, the INPUT_INVALID error
 * checkRatios throws.
 */
export function ratioProblems(
  ctx: ApiContext,
  scope: AssessmentScope,
  inputIds: readonly string[],
  inputs: Record<string, unknown>,
): Map<string, ApiError> {
  const problems = new Map<string, ApiError>();
  const written = inputIds.filter((id) => inputs[id] !== undefined && inputs[id] !== null);
  if (written.length === 0) return problems;
  const ratios = ctx.engine
    .checkInputs(scope.pack.loaded, inputs)
    .issues.filter(
      (i): i is InputCheckIssue & { indicator: string; ratio: NonNullable<InputCheckIssue["ratio"]> } => i.ratio !== undefined,
    );
  if (ratios.length === 0) return problems;
  const indicatorOf = (code: string) => scope.pack.loaded.pack.indicators.find((x) => x.code === code)!;
  for (const inputId of written) {
    const users = new Set(scope.inputs.indicatorsOf(inputId));
    const issues = ratios.filter((i) => users.has(i.indicator));
    if (issues.length === 0) continue;
    const fields: FieldIssue[] = [];
    const others: RatioOther[] = [];
    for (const issue of issues) {
      const expected = issue.expected ? { expected: issue.expected } : {};
      fields.push({ path: "value", message: `${issue.indicator}: ${issue.message}`, ...expected });
      const { numerator, denominator } = issue.ratio;
      const inNumerator = numerator.inputs.some((x) => x.id === inputId);
      const inDenominator = denominator.inputs.some((x) => x.id === inputId);
      if (!inNumerator && !inDenominator) continue;
      const side = inNumerator ? "denominator" : "numerator";
      for (const { id, address } of (inNumerator ? denominator : numerator).inputs) {
        if (others.some((o) => o.inputId === id && o.indicator === issue.indicator)) continue;
        others.push({ indicator: issue.indicator, inputId: id, address, value: inputs[id] ?? null, side });
        fields.push({
          path: `inputs.${address}`,
          message: `${address} ${id} is ${inputs[id] === undefined ? "not entered" : String(inputs[id])} (the other side of the ratio of ${issue.indicator})`,
          ...expected,
        });
      }
    }
    const first = issues[0]!;
    problems.set(
      inputId,
      new ApiError(
        "INPUT_INVALID",
        `${addressOf(indicatorOf(first.indicator), inputId)} ${inputId}: ${first.message}; nothing was written`,
        {
          fields,
          details: { engineCode: first.code, indicators: [...new Set(issues.map((i) => i.indicator))], others },
        },
      ),
    );
  }
  return problems;
}

import type { InputValue as StoredInput } from "@dti/db";
import { isEngineError, type InputIssue } from "@dti/engine";
import { operandIds, walkRules } from "@dti/pack-sdk";
import type { ScoreResult } from "@dti/contracts";
import type { ApiContext } from "../context";
import { ApiError, type FieldIssue } from "../errors";
import { toApiError } from "../translate";
import type { AssessmentScope } from "./scope";

/**
 * Refuses a value its input cannot take (not a number, a fraction of a count, an unknown choice…),
 * by asking the engine to read it alone: the engine is the one authority on what a pack accepts.
 */
export function checkInputValue(ctx: ApiContext, scope: AssessmentScope, inputId: string, value: unknown): void {
  if (value === null) return;
  try {
    ctx.engine.score(
      scope.pack.loaded,
      { period: scope.assessment.period, units: [{ code: "CHECK", inputs: { [inputId]: value as never } }] },
      { mode: "lenient", explain: false },
    );
  } catch (error) {
    if (!isEngineError(error)) throw error;
    const translated = toApiError(error);
    throw new ApiError(translated.code, translated.message.replace(/unit CHECK:? ?/g, ""), {
      fields: translated.fields.map((f) => ({ ...f, path: "value" })),
      details: translated.details,
      cause: error,
    });
  }
}

/** The stored values as the engine reads them (cleared values are "not provided"). */
export function inputsRecord(values: readonly StoredInput[]): Record<string, Exclude<StoredInput["value"], null>> {
  const record: Record<string, Exclude<StoredInput["value"], null>> = {};
  for (const v of values) if (v.value !== null) record[v.inputId] = v.value;
  return record;
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
): Promise<{ result: ScoreResult; completeness: { provided: number; total: number } }> {
  const values = await ctx.repos.inputs.list(scope.assessment.id);
  const inputs = inputsRecord(values);
  const result = ctx.engine.score(
    scope.pack.loaded,
    { period: scope.assessment.period, units: [{ code: scope.assessment.unitId, name: unitName, inputs }] },
    { mode: "lenient", explain: true },
  );
  const enterable = [...scope.inputs.ids].filter((id) => !scope.inputs.constants.has(id));
  return { result, completeness: { provided: enterable.filter((id) => id in inputs).length, total: enterable.length } };
}

const RATIO_CODES = new Set(["INPUT_NUMERATOR_EXCEEDS_DENOMINATOR", "INPUT_OUT_OF_RANGE"]);

/**
 * Refuses a value that breaks a ratio of an indicator reading it, together with the unit's other
 * stored values (a numerator above its denominator, e.g. 8.4.a 650000 > 8.4.b 640000): the engine
 * scores the unit's row (lenient) and its issues for those indicators become INPUT_INVALID naming
 * the field written and the other side of the ratio with its current value. Problems of indicators
 * that do not read this input are not this write's to report.
 */
export function checkRatios(ctx: ApiContext, scope: AssessmentScope, inputId: string, inputs: Record<string, unknown>): void {
  const problem = ratioProblems(ctx, scope, [inputId], inputs).get(inputId);
  if (problem) throw problem;
}

/**
 * The ratio problems of several written inputs at once, scoring the unit only once (an import writes
 * a whole template): for each input that breaks a ratio, the INPUT_INVALID error checkRatios throws.
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
  let engineError: unknown;
  try {
    ctx.engine.score(
      scope.pack.loaded,
      { period: scope.assessment.period, units: [{ code: scope.assessment.unitId, inputs: inputs as never }] },
      { mode: "lenient", explain: false },
    );
    return problems;
  } catch (error) {
    if (!isEngineError(error)) throw error;
    engineError = error;
  }
  const all = (engineError as { issues: readonly unknown[] }).issues.filter(
    (i): i is InputIssue =>
      typeof i === "object" &&
      i !== null &&
      "indicator" in i &&
      RATIO_CODES.has((i as InputIssue).code) &&
      (i as InputIssue).indicator !== undefined,
  );
  for (const inputId of written) {
    const users = new Set(scope.inputs.indicatorsOf(inputId));
    const issues = all.filter((i) => users.has(i.indicator!));
    if (issues.length === 0) continue;
    const fields: FieldIssue[] = [];
    // `side`: what the other input is to the written one, so a client can say "above the denominator".
    const others: { indicator: string; inputId: string; address: string; value: unknown; side: "denominator" | "numerator" }[] = [];
    for (const issue of issues) {
      const indicator = scope.pack.loaded.pack.indicators.find((x) => x.code === issue.indicator)!;
      fields.push({
        path: "value",
        message: `${issue.indicator}: ${issue.message.replace(/^unit [^,]+, /, "")}`,
        ...(issue.expected ? { expected: issue.expected } : {}),
      });
      for (const { rule } of walkRules(indicator.rule)) {
        if (!("a" in rule) || !("b" in rule) || rule.a === undefined || rule.b === undefined) continue;
        const a = operandIds(rule.a);
        const b = operandIds(rule.b);
        const other = a.includes(inputId) ? b : b.includes(inputId) ? a : [];
        for (const id of other) {
          const address = addressOf(indicator, id);
          if (others.some((o) => o.inputId === id && o.indicator === indicator.code)) continue;
          others.push({
            indicator: indicator.code,
            inputId: id,
            address,
            value: inputs[id] ?? null,
            side: a.includes(inputId) ? "denominator" : "numerator",
          });
          fields.push({
            path: `inputs.${address}`,
            message: `${address} ${id} is ${inputs[id] === undefined ? "not entered" : String(inputs[id])} (the other side of the ratio of ${indicator.code})`,
            ...(issue.expected ? { expected: issue.expected } : {}),
          });
        }
      }
    }
    const first = issues[0]!;
    problems.set(
      inputId,
      new ApiError(
        "INPUT_INVALID",
        `${addressOf(
          scope.pack.loaded.pack.indicators.find((x) => x.code === first.indicator)!,
          inputId,
        )} ${inputId}: ${first.message.replace(/^unit [^,]+, /, "")}; nothing was written`,
        {
          fields,
          details: { engineCode: first.code, indicators: [...new Set(issues.map((i) => i.indicator))], others },
          cause: engineError,
        },
      ),
    );
  }
  return problems;
}

function addressOf(
  indicator: { code: string; inputs: readonly { input: string; address?: string | undefined }[] },
  inputId: string,
): string {
  const ref = indicator.inputs.find((r) => r.input === inputId);
  if (!ref) return inputId;
  return ref.address ? `${indicator.code}.${ref.address}` : indicator.code;
}

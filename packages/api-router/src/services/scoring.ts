import type { InputValue as StoredInput } from "@dti/db";
import { isEngineError } from "@dti/engine";
import type { ScoreResult } from "@dti/contracts";
import type { ApiContext } from "../context";
import { ApiError } from "../errors";
import { toApiError } from "../translate";
import type { AssessmentScope } from "./scope";

/**
 * Refuses a value its input cannot take (not a number, a fraction of a count, an unknown choice…),
 * by asking the engine to read it alone: the engine is the one authority on what a pack accepts.
 */
export function checkInputValue(ctx: ApiContext, scope: AssessmentScope, inputId: string, value: unknown): void {
  if (value === null) return;
  try {
    ctx.engine.score(scope.pack.loaded, { period: scope.assessment.period, units: [{ code: "CHECK", inputs: { [inputId]: value as never } }] }, { mode: "lenient", explain: false });
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
export async function scoreAssessment(ctx: ApiContext, scope: AssessmentScope, unitName: string): Promise<{ result: ScoreResult; completeness: { provided: number; total: number } }> {
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

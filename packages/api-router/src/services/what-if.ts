import type { ScoreWarning } from "@dti/contracts";
import type { Assessment } from "@dti/db";
import { applyVariant, compareResults, isEngineError, parseVariant, type LoadedPack } from "@dti/engine";
import type { ApiContext } from "../context";
import { ApiError, type FieldIssue } from "../errors";
import type { RegisteredPack } from "./pack-registry";
import { inputsRecord, scorableInputs } from "./scoring";
import { unitNames } from "./scope";

type Inputs = ReturnType<typeof inputsRecord>;

export interface DatasetRow {
  assessment: Assessment;
  unitName: string;
  inputs: Inputs;
}

/** The stored inputs of each assessment, with its unit's name. */
export async function datasetOf(ctx: ApiContext, assessments: readonly Assessment[]): Promise<DatasetRow[]> {
  const names = await unitNames(
    ctx,
    assessments.map((a) => a.unitId),
  );
  return Promise.all(
    assessments.map(async (a) => ({
      assessment: a,
      unitName: names.get(a.unitId) ?? a.unitId,
      inputs: inputsRecord(await ctx.repos.inputs.list(a.id)),
    })),
  );
}

/**
 * Scores a dataset with a pack as one cohort (lenient, no explanations). Inputs the pack does not
 * know are left out and returned, per assessment, so that they can be shown as warnings.
 */
export function scoreDataset(ctx: ApiContext, loaded: LoadedPack, period: number, rows: readonly DatasetRow[]) {
  const { units, unknown, warnings } = knownInputs(ctx, loaded, rows);
  const result = ctx.engine.score(loaded, { period, units }, { mode: "lenient", explain: false });
  result.warnings.push(...warnings);
  return { result, unknown };
}

/**
 * Each assessment as a unit with the inputs the pack knows; the others, per assessment, to list as
 * warnings; and the warnings for stored values lenient scoring would refuse (left out).
 */
export function knownInputs(ctx: ApiContext, loaded: LoadedPack, rows: readonly DatasetRow[]) {
  const known = new Set(loaded.pack.inputs.map((i) => i.id));
  const unknown: { assessmentId: string; unitId: string; inputIds: string[] }[] = [];
  const warnings: ScoreWarning[] = [];
  const units = rows.map((r) => {
    const inputs: Inputs = {};
    const left: string[] = [];
    for (const [id, value] of Object.entries(r.inputs)) {
      if (known.has(id)) inputs[id] = value;
      else left.push(id);
    }
    if (left.length > 0) unknown.push({ assessmentId: r.assessment.id, unitId: r.assessment.unitId, inputIds: left.sort() });
    // Stored values lenient scoring refuses (an impossible ratio) are left out too, with a warning.
    const scorable = scorableInputs(ctx, loaded, inputs, r.assessment.unitId);
    warnings.push(...scorable.warnings);
    return { code: r.assessment.unitId, name: r.unitName, inputs: scorable.inputs };
  });
  return { units, unknown, warnings };
}

/** The variant the overlay describes, applied to the pack and loaded; VARIANT_INVALID with every problem otherwise. */
export function loadVariant(ctx: ApiContext, base: RegisteredPack, json: unknown): LoadedPack {
  try {
    const variant = parseVariant(json);
    return ctx.engine.load(applyVariant(base.loaded.pack, variant));
  } catch (error) {
    if (!isEngineError(error)) throw error;
    const fields: FieldIssue[] = error.issues.map((i) => ({
      path: `variant${"key" in i && i.key ? `.${i.key}` : "path" in i && Array.isArray(i.path) && i.path.length > 0 ? `.${i.path.join(".")}` : ""}`,
      message: i.message,
      ...("expected" in i && i.expected ? { expected: i.expected } : {}),
    }));
    if (fields.length === 0) fields.push({ path: "variant", message: error.message });
    throw new ApiError("VARIANT_INVALID", `the what-if variant is not valid: ${fields.length} problem(s); first: ${fields[0]!.message}`, {
      fields,
      details: { engineCode: error.code },
      cause: error,
    });
  }
}

/** Both results of one dataset and how each unit moved from the first to the second. */
export function compareBoth(
  from: { result: ReturnType<typeof scoreDataset>["result"]; pack: LoadedPack },
  to: { result: ReturnType<typeof scoreDataset>["result"]; pack: LoadedPack },
) {
  const comparison = compareResults({ result: from.result, pack: from.pack.pack }, { result: to.result, pack: to.pack.pack });
  // Same data on both sides: every difference is the method's, so "mixes method and progress" does not apply.
  return { ...comparison, notComparable: comparison.notComparable.filter((n) => !n.startsWith("overall:")) };
}

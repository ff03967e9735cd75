import { INCOMPLETE_KINDS, type CompletenessDto } from "@dti/contracts";
import type { ApiContext } from "../context";
import type { AssessmentScope } from "./scope";

type Kind = (typeof INCOMPLETE_KINDS)[number];

/**
 * What keeps an assessment from being complete, indicator by indicator: its review state (draft,
 * returned, or submitted and not yet reviewed), inputs without a value, and evidence the pack
 * expects (`evidence` on the indicator) with no file attached. Per main index too: how many
 * indicators have every input entered and how many are approved (the entry sidebar's "7/12").
 */
export async function completenessOf(ctx: ApiContext, scope: AssessmentScope): Promise<CompletenessDto> {
  const id = scope.assessment.id;
  const [values, workflow, evidence] = await Promise.all([
    ctx.repos.inputs.list(id),
    ctx.repos.workflow.list(id),
    ctx.repos.evidence.list(id),
  ]);
  const entered = new Set(values.filter((v) => v.value !== null).map((v) => v.inputId));
  const states = new Map(workflow.map((w) => [w.indicatorCode, w]));
  const withEvidence = new Set(evidence.map((e) => e.indicatorCode));
  const { pack } = scope.pack.loaded;
  const counts = Object.fromEntries(INCOMPLETE_KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const indices = new Map(pack.indices.map((i) => [i.code, { index: i.code, indicators: 0, entered: 0, approved: 0, incomplete: 0 }]));
  const items: CompletenessDto["items"] = [];
  for (const indicator of pack.indicators) {
    const state = states.get(indicator.code);
    const status = state?.status ?? "draft";
    const fields = indicator.inputs.filter((ref) => !scope.inputs.constants.has(ref.input));
    const missing = fields
      .filter((ref) => !entered.has(ref.input))
      .map((ref) => (ref.address ? `${indicator.code}.${ref.address}` : indicator.code));
    const problems: Kind[] = [];
    if (status !== "approved") problems.push(status);
    if (missing.length > 0) problems.push("missingInputs");
    if (indicator.evidence && !withEvidence.has(indicator.code)) problems.push("missingEvidence");
    for (const p of problems) counts[p] += 1;
    const index = indices.get(indicator.index);
    if (index) {
      index.indicators += 1;
      if (fields.length > 0 && missing.length === 0) index.entered += 1;
      if (status === "approved") index.approved += 1;
      if (problems.length > 0) index.incomplete += 1;
    }
    if (problems.length > 0)
      items.push({
        indicatorCode: indicator.code,
        index: indicator.index,
        problems,
        missingInputs: [...new Set(missing)],
        reason: status === "returned" ? (state?.reason ?? null) : null,
      });
  }
  return {
    assessmentId: id,
    items,
    counts,
    indices: [...indices.values()],
    total: pack.indicators.length,
    incomplete: items.length,
  };
}

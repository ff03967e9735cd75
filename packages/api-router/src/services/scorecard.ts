import { canReadAssessment, ensure } from "../access";
import { scoreAssessmentCached } from "./scoring";
import { readableScope, type AuthedContext } from "./scope";

/**
 * The scorecard of an assessment as it stands (lenient: missing inputs score 0), with an explanation
 * of every indicator: the page read most, so one single-table query (the assessment and its values
 * stamp); the pack's summary and the unit's name from this process's short-lived caches; the values
 * read, and scored, only when no score is kept for the stamp. Both the tRPC procedure
 * (`assessments.score`) and the REST route (`GET /api/v1/assessments/:id/score`, which would
 * otherwise pay for a tRPC caller and its middleware chain on every request) answer with it.
 */
export async function scorecardOf(ctx: AuthedContext, assessmentId: string) {
  const read = await ctx.repos.assessments.getForScoring(assessmentId);
  ensure(canReadAssessment(ctx.user, read.assessment), `assessment ${read.assessment.id} not found`, { hide: true });
  const [summary, unitName] = await Promise.all([
    ctx.packs.recentSummary(read.assessment.packRowId),
    ctx.repos.units.nameOf(read.assessment.unitId),
  ]);
  const scope = await readableScope(ctx, read.assessment, summary);
  return scoreAssessmentCached(ctx, scope, unitName ?? read.assessment.unitId, read.valuesStamp);
}

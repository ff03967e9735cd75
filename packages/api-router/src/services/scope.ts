import type { Assessment, Assignment, PackSummary } from "@dti/db";
import { canReadAssessment, ensure, type Assignment as AccessAssignment } from "../access";
import type { ApiContext } from "../context";
import type { SessionUser } from "../auth/users";
import { ApiError } from "../errors";
import { packInputs, type PackInputs } from "./pack-usage";
import type { RegisteredPack } from "./pack-registry";

export type AuthedContext = ApiContext & { user: SessionUser };

/** Who the repositories record as the author of a change. */
export const actorOf = (ctx: AuthedContext) => ({ userId: ctx.user.id });

export interface AssessmentScope {
  assessment: Assessment;
  pack: RegisteredPack;
  inputs: PackInputs;
}

/**
 * The assessment, if the user may read it. Another province's assessment is NOT_FOUND, not
 * FORBIDDEN: a province must not learn what others have.
 */
export async function readableAssessment(ctx: AuthedContext, assessmentId: string): Promise<AssessmentScope> {
  const assessment = await ctx.repos.assessments.get(assessmentId);
  ensure(canReadAssessment(ctx.user, assessment), `assessment ${assessmentId} not found`, { hide: true });
  const pack = await ctx.packs.get(assessment.packRowId);
  return { assessment, pack, inputs: packInputs(pack.loaded) };
}

/** readableAssessment for an assessment and pack row already read (e.g. by getForScoring). */
export async function readableScope(ctx: AuthedContext, assessment: Assessment, pack: PackSummary): Promise<AssessmentScope> {
  ensure(canReadAssessment(ctx.user, assessment), `assessment ${assessment.id} not found`, { hide: true });
  const registered = await ctx.packs.ofSummary(pack);
  return { assessment, pack: registered, inputs: packInputs(registered.loaded) };
}

/** The province's assignments for the assessment's pack; the pack's defaults where none are stored. */
export async function assignmentsOf(ctx: ApiContext, scope: AssessmentScope): Promise<Assignment[]> {
  const stored = await ctx.repos.assignments.list(scope.assessment.unitId, scope.assessment.packRowId);
  const have = new Set(stored.map((a) => a.indicatorCode));
  const defaults = scope.inputs.defaultAssignments
    .filter((d) => !have.has(d.indicatorCode))
    .map((d) => ({
      ...d,
      unitId: scope.assessment.unitId,
      packRowId: scope.assessment.packRowId,
      version: 0,
      updatedBy: null,
      updatedAt: new Date(0),
    }));
  return [...stored, ...defaults];
}

export function accessAssignments(assignments: readonly Assignment[]): AccessAssignment[] {
  return assignments.map((a) => ({ indicatorCode: a.indicatorCode, leadAgency: a.leadAgency, cooperatingAgencies: a.cooperatingAgencies }));
}

export function requireIndicator(scope: AssessmentScope, code: string): void {
  if (!scope.inputs.indicatorCodes.includes(code))
    throw new ApiError("VALIDATION_FAILED", `pack ${scope.pack.summary.packId} has no indicator ${code}`, {
      fields: [
        {
          path: "indicatorCode",
          message: `no indicator ${code} in ${scope.pack.summary.packId}`,
          expected: "an indicator code of the assessment's pack",
        },
      ],
    });
}

/** The name of each unit named (unknown ids are left out). */
export async function unitNames(ctx: ApiContext, ids: readonly string[]): Promise<Map<string, string>> {
  return ctx.repos.units.namesOf(ids);
}

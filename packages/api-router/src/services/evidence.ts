import type { EvidenceFile } from "@dti/db";
import { canWorkOnIndicator, ensure } from "../access";
import { iso } from "./dto";
import { accessAssignments, actorOf, assignmentsOf, readableAssessment, requireIndicator, type AuthedContext } from "./scope";

export function evidenceDto(e: EvidenceFile) {
  return {
    id: e.id,
    assessmentId: e.assessmentId,
    indicatorCode: e.indicatorCode,
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    uploadedBy: e.uploadedBy,
    uploadedAt: iso(e.uploadedAt),
  };
}

/** Stores an evidence file for an indicator the user works on (size and type checked by the repository). */
export async function addEvidence(
  ctx: AuthedContext,
  input: { assessmentId: string; indicatorCode: string; fileName: string; bytes: Uint8Array },
) {
  const scope = await readableAssessment(ctx, input.assessmentId);
  requireIndicator(scope, input.indicatorCode);
  ensure(
    canWorkOnIndicator(ctx.user, scope.assessment, input.indicatorCode, accessAssignments(await assignmentsOf(ctx, scope))),
    `indicator ${input.indicatorCode} is not assigned to your agency`,
  );
  const stored = await ctx.repos.evidence.add(input, actorOf(ctx));
  return { ...evidenceDto(stored), created: stored.created };
}

/** A file with its content, if the user may read its assessment (otherwise NOT_FOUND). */
export async function evidenceFile(ctx: AuthedContext, id: string) {
  const file = await ctx.repos.evidence.get(id);
  await readableAssessment(ctx, file.assessmentId);
  return file;
}

export async function removeEvidence(ctx: AuthedContext, id: string): Promise<void> {
  const file = await ctx.repos.evidence.get(id);
  const scope = await readableAssessment(ctx, file.assessmentId);
  ensure(
    canWorkOnIndicator(ctx.user, scope.assessment, file.indicatorCode, accessAssignments(await assignmentsOf(ctx, scope))),
    `indicator ${file.indicatorCode} is not assigned to your agency`,
  );
  await ctx.repos.evidence.remove(id, actorOf(ctx));
}

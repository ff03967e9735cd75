import { auditListInputSchema, auditListOutputSchema } from "@dti/contracts";
import type { AuditEntry } from "@dti/db";
import { canReadAudit, ensure } from "../access";
import { iso } from "../services/dto";
import { readableAssessment } from "../services/scope";
import { authedProcedure, router } from "../trpc";

export const auditRouter = router({
  /**
   * The append-only log, newest first. National admins read all of it (with filters); a province
   * admin reads the log of one of its province's assessments.
   */
  list: authedProcedure
    .input(auditListInputSchema)
    .output(auditListOutputSchema)
    .query(async ({ ctx, input }) => {
      let page: { entries: AuditEntry[]; nextBefore: number | null };
      if (input.assessmentId) {
        const scope = await readableAssessment(ctx, input.assessmentId);
        ensure(canReadAudit(ctx.user, scope.assessment.unitId), "only the province's admin reads its audit log");
        page = await ctx.repos.audit.listForAssessment(
          { assessmentId: scope.assessment.id, unitId: scope.assessment.unitId, packRowId: scope.assessment.packRowId },
          { limit: input.limit, ...(input.before !== undefined ? { before: input.before } : {}) },
        );
      } else {
        ensure(canReadAudit(ctx.user, null), "give the assessment whose audit log you want to read");
        page = await ctx.repos.audit.list({
          ...(input.entity ? { entity: input.entity } : {}),
          ...(input.entityId ? { entityId: input.entityId } : {}),
          ...(input.actorId ? { actorId: input.actorId } : {}),
          limit: input.limit,
          ...(input.before !== undefined ? { before: input.before } : {}),
        });
      }
      const emails = await ctx.repos.users.emails(page.entries.map((e) => e.actorId).filter((id): id is string => id !== null));
      return {
        entries: page.entries.map((e) => ({ ...e, at: iso(e.at), actorEmail: e.actorId ? (emails.get(e.actorId) ?? null) : null })),
        nextBefore: page.nextBefore,
      };
    }),
});

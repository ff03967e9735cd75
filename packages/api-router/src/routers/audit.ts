import { auditListInputSchema, auditListOutputSchema } from "@dti/contracts";
import type { AuditEntry } from "@dti/db";
import { sql } from "kysely";
import { canReadAudit, ensure } from "../access";
import type { ApiContext } from "../context";
import { iso } from "../services/dto";
import { readableAssessment } from "../services/scope";
import { authedProcedure, router } from "../trpc";

/**
 * Everything the audit log holds about one assessment: its own entries, its values and workflow
 * (entity ids "<assessment>:<…>"), its evidence (which names the assessment), its plan items, and
 * its province's assignments under its pack.
 */
async function assessmentEntries(
  ctx: ApiContext,
  assessment: { id: string; unitId: string; packRowId: string },
  limit: number,
  before: number | undefined,
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const assessmentId = assessment.id;
  let query = ctx.db
    .selectFrom("audit_log")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("entity_id", "=", assessmentId),
        // The province's agency assignments under the assessment's pack ("<unit>:<pack row>[:<indicator>]").
        eb.and([
          eb("entity", "in", ["assignments", "assignment"]),
          eb.or([
            eb("entity_id", "=", `${assessment.unitId}:${assessment.packRowId}`),
            eb("entity_id", "like", `${assessment.unitId}:${assessment.packRowId}:%`),
          ]),
        ]),
        eb("entity_id", "like", `${assessmentId}:%`),
        sql<boolean>`"after"->>'assessmentId' = ${assessmentId}`,
        sql<boolean>`"before"->>'assessmentId' = ${assessmentId}`,
        eb.and([
          eb("entity", "=", "plan_item"),
          eb(
            "entity_id",
            "in",
            eb
              .selectFrom("plan_items")
              .select(sql<string>`id::text`.as("id"))
              .where("assessment_id", "=", assessmentId),
          ),
        ]),
      ]),
    );
  if (before !== undefined) query = query.where("id", "<", before);
  const rows = await query.orderBy("id", "desc").limit(limit).execute();
  const entries = rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
  return { entries, nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null };
}

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
        page = await assessmentEntries(ctx, scope.assessment, input.limit, input.before);
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
      const actorIds = [...new Set(page.entries.map((e) => e.actorId).filter((id): id is string => id !== null))];
      const actors =
        actorIds.length > 0 ? await ctx.db.selectFrom("users").select(["id", "email"]).where("id", "in", actorIds).execute() : [];
      const emails = new Map(actors.map((a) => [a.id, a.email]));
      return {
        entries: page.entries.map((e) => ({ ...e, at: iso(e.at), actorEmail: e.actorId ? (emails.get(e.actorId) ?? null) : null })),
        nextBefore: page.nextBefore,
      };
    }),
});

import { inboxSchema, type InboxDto } from "@dti/contracts";
import { addDays, daysBetween, todayInVietnam } from "@dti/conventions";
import type { InboxIndicator } from "@dti/db";
import { z } from "zod";
import { indicatorsOfAgency } from "../access";
import { iso } from "../services/dto";
import { packInputs } from "../services/pack-usage";
import { accessAssignments, assignmentsOf, unitNames, type AuthedContext } from "../services/scope";
import { authedProcedure, router } from "../trpc";

/** The indicators of each assessment assigned to the agency (lead or cooperating), from the province's assignments. */
async function agencyIndicators(ctx: AuthedContext, agency: string, assessmentIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  for (const id of new Set(assessmentIds)) {
    const assessment = await ctx.repos.assessments.get(id);
    const pack = await ctx.packs.get(assessment.packRowId);
    const assignments = await assignmentsOf(ctx, { assessment, pack, inputs: packInputs(pack.loaded) });
    result.set(id, indicatorsOfAgency(agency, accessAssignments(assignments)));
  }
  return result;
}

export const inboxRouter = router({
  /**
   * What waits for the signed-in user, within their scope: indicators returned to them with the
   * reason (an agency: its own indicators; a province admin: its province's), indicators to review
   * (province admins), assessments to lock or reopen (national admins), and plan deadlines past or
   * within `deadlineDays` days (a province admin: its province's; an agency: its own items). Never
   * another province's.
   */
  mine: authedProcedure
    .input(z.object({ deadlineDays: z.number().int().min(1).max(90).default(14) }).default({ deadlineDays: 14 }))
    .output(inboxSchema)
    .query(async ({ ctx, input }) => {
      const user = ctx.user;
      const empty: InboxDto = {
        returned: [],
        toReview: [],
        toLock: [],
        deadlines: [],
        deadlineDays: input.deadlineDays,
        counts: { returned: 0, toReview: 0, toLock: 0, deadlines: 0 },
      };
      const national = user.role === "national_admin";
      if (!national && (user.role === "viewer" || !user.unitId)) return empty;
      const scope = { unitIds: national ? null : [user.unitId!] };
      const today = todayInVietnam();

      let indicators: InboxIndicator[] = [];
      let toLock: Awaited<ReturnType<typeof ctx.repos.inbox.assessments>> = [];
      let deadlines: Awaited<ReturnType<typeof ctx.repos.inbox.deadlines>> = [];
      if (national) toLock = await ctx.repos.inbox.assessments(scope, ["submitted"]);
      else {
        indicators = await ctx.repos.inbox.indicators(scope, user.role === "province_admin" ? ["returned", "submitted"] : ["returned"]);
        deadlines = await ctx.repos.inbox.deadlines(scope, addDays(today, input.deadlineDays));
      }
      if (user.role === "agency_contributor") {
        const agency = user.agency;
        const mine = agency
          ? await agencyIndicators(
              ctx,
              agency,
              indicators.map((i) => i.assessmentId),
            )
          : new Map<string, Set<string>>();
        indicators = indicators.filter((i) => mine.get(i.assessmentId)?.has(i.indicatorCode) ?? false);
        deadlines = deadlines.filter((d) => agency !== null && (d.leadAgency === agency || d.cooperatingAgencies.includes(agency)));
      }

      const names = await unitNames(ctx, [...new Set([...indicators, ...toLock, ...deadlines].map((x) => x.unitId))]);
      const where = (x: { assessmentId: string; unitId: string; period: number }) => ({
        assessmentId: x.assessmentId,
        unitId: x.unitId,
        unitName: names.get(x.unitId) ?? x.unitId,
        period: x.period,
      });
      const result: InboxDto = {
        returned: indicators
          .filter((i) => i.status === "returned")
          .map((i) => ({
            ...where(i),
            indicatorCode: i.indicatorCode,
            reason: i.reason,
            version: i.version,
            returnedAt: iso(i.updatedAt),
          })),
        toReview: indicators
          .filter((i) => i.status === "submitted")
          .map((i) => ({
            ...where(i),
            indicatorCode: i.indicatorCode,
            version: i.version,
            submittedAt: iso(i.updatedAt),
            ownSubmission: i.updatedBy === user.id,
          })),
        toLock: toLock.map((a) => ({ ...where(a), status: a.status, submittedAt: iso(a.updatedAt) })),
        deadlines: deadlines.map((d) => {
          const daysLeft = daysBetween(today, d.deadline);
          return {
            ...where(d),
            planItemId: d.planItemId,
            indicatorCode: d.indicatorCode,
            deadline: d.deadline,
            status: d.status,
            overdue: daysLeft < 0,
            daysLeft,
          };
        }),
        deadlineDays: input.deadlineDays,
        counts: { returned: 0, toReview: 0, toLock: 0, deadlines: 0 },
      };
      result.counts = {
        returned: result.returned.length,
        toReview: result.toReview.length,
        toLock: result.toLock.length,
        deadlines: result.deadlines.length,
      };
      return result;
    }),
});

import {
  planCreateInputSchema,
  planItemSchema,
  planListInputSchema,
  planNoteInputSchema,
  planPreviewInputSchema,
  planProjectionSchema,
  planRemoveInputSchema,
  planSetGoalInputSchema,
  planTargetSchema,
  planUpdateInputSchema,
} from "@dti/contracts";
import type { PlanFields, PlanItem } from "@dti/db";
import { isEngineError } from "@dti/engine";
import { z } from "zod";
import { canAddProgressNote, canManageAssessment, ensure } from "../access";
import { ApiError } from "../errors";
import { iso } from "../services/dto";
import {
  evaluateItem,
  evaluateTarget,
  goalOutcome,
  lastPublishedCohort,
  rankIn,
  storedInputs,
  targetText,
  type PlanTarget,
} from "../services/plan-targets";
import { actorOf, readableAssessment, requireIndicator, type AssessmentScope, type AuthedContext } from "../services/scope";
import { toApiError } from "../translate";
import { authedProcedure, router } from "../trpc";

function planDto(scope: AssessmentScope, p: PlanItem, evaluated: { target: PlanTarget | null; problem: string | null }) {
  const { createdBy: _createdBy, ...rest } = p;
  const { target, problem } = evaluated;
  return {
    ...rest,
    target,
    targetProblem: problem,
    targetValue: target ? targetText(scope, target) : p.targetNote,
    targetPoints: target ? target.points : null,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

/** The plan item and its assessment, if the user may read it (else NOT_FOUND). */
async function readablePlan(ctx: AuthedContext, id: string) {
  const item = await ctx.repos.plans.get(id);
  const scope = await readableAssessment(ctx, item.assessmentId);
  return { item, scope };
}

/** What the editor sent, as the repository's fields: the target checked and resolved to input ids. */
async function fieldsOf(
  ctx: AuthedContext,
  scope: AssessmentScope,
  indicatorCode: string,
  input: z.infer<typeof planUpdateInputSchema> | z.infer<typeof planCreateInputSchema>,
): Promise<PlanFields> {
  const { targetInputs, targetNote, targetValue, targetPoints: _never, ...rest } = input;
  const fields: PlanFields = { ...rest };
  if ("id" in fields) delete (fields as { id?: unknown }).id;
  if ("expectedVersion" in fields) delete (fields as { expectedVersion?: unknown }).expectedVersion;
  if ("assessmentId" in fields) delete (fields as { assessmentId?: unknown }).assessmentId;
  if ("indicatorCode" in fields) delete (fields as { indicatorCode?: unknown }).indicatorCode;
  const note = targetNote !== undefined ? targetNote : targetValue;
  if (note !== undefined) fields.targetNote = note === null ? null : note.trim() || null;
  if (targetInputs === null) fields.targetInputs = null;
  else if (targetInputs !== undefined)
    fields.targetInputs = evaluateTarget(ctx, scope, indicatorCode, targetInputs, await storedInputs(ctx, scope)).inputs;
  return fields;
}

async function dtoOne(ctx: AuthedContext, scope: AssessmentScope, item: PlanItem) {
  return planDto(scope, item, evaluateItem(ctx, scope, item, await storedInputs(ctx, scope)));
}

const planOutput = planItemSchema;

/**
 * The improvement plan of an assessment: tasks per indicator with targets that are values of the
 * indicator's inputs (their points computed by the pack's rule), agencies, deadlines and progress
 * notes; the province's goal and the plan summed into a projected DTI value and rank.
 */
export const plansRouter = router({
  list: authedProcedure
    .input(planListInputSchema)
    .output(z.array(planOutput))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const stored = await storedInputs(ctx, scope);
      return (await ctx.repos.plans.list(scope.assessment.id)).map((p) => planDto(scope, p, evaluateItem(ctx, scope, p, stored)));
    }),

  /** What a target would earn, without saving it; PLAN_TARGET_INVALID when it is not possible. */
  preview: authedProcedure
    .input(planPreviewInputSchema)
    .output(planTargetSchema)
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      requireIndicator(scope, input.indicatorCode);
      return evaluateTarget(ctx, scope, input.indicatorCode, input.targetInputs, await storedInputs(ctx, scope)).target;
    }),

  create: authedProcedure
    .input(planCreateInputSchema)
    .output(planOutput)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      requireIndicator(scope, input.indicatorCode);
      const fields = await fieldsOf(ctx, scope, input.indicatorCode, input);
      const item = await ctx.repos.plans.create(
        { assessmentId: input.assessmentId, indicatorCode: input.indicatorCode, ...fields },
        actorOf(ctx),
      );
      return dtoOne(ctx, scope, item);
    }),

  update: authedProcedure
    .input(planUpdateInputSchema)
    .output(planOutput)
    .mutation(async ({ ctx, input }) => {
      const { item: current, scope } = await readablePlan(ctx, input.id);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      const fields = await fieldsOf(ctx, scope, current.indicatorCode, input);
      const item = await ctx.repos.plans.update({ id: input.id, expectedVersion: input.expectedVersion, ...fields }, actorOf(ctx));
      return dtoOne(ctx, scope, item);
    }),

  remove: authedProcedure
    .input(planRemoveInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const { scope } = await readablePlan(ctx, input.id);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin edits the improvement plan");
      await ctx.repos.plans.remove(input, actorOf(ctx));
      return { ok: true as const };
    }),

  /** The lead or a cooperating agency reports progress; notes only accumulate. */
  addNote: authedProcedure
    .input(planNoteInputSchema)
    .output(planOutput)
    .mutation(async ({ ctx, input }) => {
      const { item, scope } = await readablePlan(ctx, input.id);
      ensure(
        canAddProgressNote(ctx.user, scope.assessment, item),
        "only the plan item's agencies and the province's admin add progress notes",
      );
      return dtoOne(ctx, scope, await ctx.repos.plans.addProgressNote(input, actorOf(ctx)));
    }),

  /** The province's goal for the assessment: a DTI value (0..1) or a rank in the last published cohort; null clears it. */
  setGoal: authedProcedure
    .input(planSetGoalInputSchema)
    .output(z.object({ kind: z.enum(["value", "rank"]), target: z.number(), version: z.number().int() }).nullable())
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin sets the plan's goal");
      if (input.goal?.kind === "rank") {
        const cohort = await lastPublishedCohort(ctx, scope);
        const places = cohort ? cohort.values.length + cohort.withoutValue + 1 : null;
        if (places !== null && input.goal.target > places)
          throw new ApiError(
            "PLAN_TARGET_INVALID",
            `rank ${input.goal.target} is beyond the ${places} provinces of the ${cohort!.period} published cohort`,
            {
              fields: [
                {
                  path: "goal.target",
                  message: `no rank ${input.goal.target} among ${places} provinces`,
                  expected: `a rank from 1 to ${places}`,
                },
              ],
            },
          );
      }
      const goal = await ctx.repos.plans.setGoal(
        { assessmentId: scope.assessment.id, goal: input.goal, expectedVersion: input.expectedVersion },
        actorOf(ctx),
      );
      return goal ? { kind: goal.kind, target: goal.target, version: goal.version } : null;
    }),

  /**
   * The plan summed: the assessment's score now and with every target of the items not cancelled
   * reached (the stored inputs overlaid with each target, later deadlines last), the rank each would
   * take among the last published cohort, and whether the goal is reached.
   */
  projection: authedProcedure
    .input(planListInputSchema)
    .output(planProjectionSchema)
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const stored = await storedInputs(ctx, scope);
      const [items, goal, cohort] = await Promise.all([
        ctx.repos.plans.list(scope.assessment.id),
        ctx.repos.plans.getGoal(scope.assessment.id),
        lastPublishedCohort(ctx, scope),
      ]);
      const score = (inputs: Record<string, unknown>) =>
        ctx.engine.score(
          scope.pack.loaded,
          { period: scope.assessment.period, units: [{ code: scope.assessment.unitId, inputs: inputs as never }] },
          { mode: "lenient", explain: false },
        ).units[0]!;
      let current;
      try {
        current = score(stored);
      } catch (error) {
        if (!isEngineError(error)) throw error;
        throw toApiError(error);
      }
      // Targets one after another (list order: by indicator, then deadline); one the others make
      // impossible is left out rather than failing the whole plan.
      let overlay: Record<string, unknown> = { ...stored };
      let projected = current;
      let counted = 0;
      for (const item of items) {
        if (item.status === "cancelled" || !item.targetInputs) continue;
        const next = { ...overlay, ...item.targetInputs };
        try {
          projected = score(next);
          overlay = next;
          counted++;
        } catch (error) {
          if (!isEngineError(error)) throw error;
        }
      }
      const view = (u: typeof current) => ({
        overall: u.overall,
        points: u.points,
        max: u.max,
        rank: cohort ? rankIn(cohort, u.overall) : null,
      });
      const after = view(projected);
      return {
        current: view(current),
        projected: after,
        counted,
        cohort: cohort
          ? { period: cohort.period, packId: cohort.packId, size: cohort.values.length, withoutValue: cohort.withoutValue }
          : null,
        goal: goalOutcome(goal, after, cohort),
      };
    }),
});

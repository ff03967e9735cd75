import {
  assessmentDetailSchema,
  assessmentIdInputSchema,
  assessmentSchema,
  assessmentTransitionInputSchema,
  createAssessmentInputSchema,
  importValuesInputSchema,
  importValuesOutputSchema,
  inputValueRowSchema,
  listAssessmentsInputSchema,
  scoreOutputSchema,
  setInputInputSchema,
  snapshotSchema,
} from "@dti/contracts";
import { choosePack, EngineError } from "@dti/engine";
import { z } from "zod";
import {
  canCreateAssessment,
  canLockAssessment,
  canManageAssessment,
  canReviewIndicator,
  canWriteInput,
  ensure,
  indicatorsOfAgency,
} from "../access";
import { ApiError, type FieldIssue } from "../errors";
import { importDelay } from "../services/published";
import { assessmentDto, assignmentDto, indicatorStateDto, inputValueDto, iso } from "../services/dto";
import { checkInputValue, checkRatios, inputsRecord, ratioProblems, scoreAssessment, scoreAssessmentCached } from "../services/scoring";
import {
  accessAssignments,
  actorOf,
  assignmentsOf,
  readableAssessment,
  readableScope,
  unitNames,
  type AuthedContext,
} from "../services/scope";
import type { RegisteredPack } from "../services/pack-registry";
import { trustedOutput } from "../outputs";
import { authedProcedure, router } from "../trpc";

/** The newest active version of each pack id: the frameworks a province can pick from. */
function newestPerPack(packs: RegisteredPack[]): RegisteredPack[] {
  const byId = new Map<string, RegisteredPack>();
  for (const p of packs) {
    const seen = byId.get(p.summary.packId);
    if (!seen || p.summary.createdAt > seen.summary.createdAt) byId.set(p.summary.packId, p);
  }
  return [...byId.values()];
}

async function dtoOf(ctx: AuthedContext, assessments: Awaited<ReturnType<AuthedContext["repos"]["assessments"]["list"]>>) {
  const names = await unitNames(
    ctx,
    assessments.map((a) => a.unitId),
  );
  const packs = await ctx.repos.packs.list();
  const byRow = new Map(packs.map((p) => [p.id, p]));
  return assessments.map((a) => assessmentDto(a, names.get(a.unitId) ?? a.unitId, byRow.get(a.packRowId)!));
}

export const assessmentsRouter = router({
  /**
   * Opens an assessment of a unit for a year. The province picks the framework (`packId`); by
   * default the one active pack that applies to the year (PACK_CHOICE_REQUIRED when two do). The
   * province's agency assignments start from the pack's lead and cooperating agencies.
   */
  create: authedProcedure
    .input(createAssessmentInputSchema)
    .output(assessmentSchema)
    .mutation(async ({ ctx, input }) => {
      ensure(canCreateAssessment(ctx.user, input.unitId), `you cannot open assessments for unit ${input.unitId}`);
      const unit = await ctx.repos.units.get(input.unitId);
      const candidates = newestPerPack(await ctx.packs.active());
      if (
        input.packId &&
        !candidates.some((p) => p.summary.packId === input.packId) &&
        (await ctx.repos.packs.list({ packId: input.packId })).length > 0
      )
        throw new ApiError("PACK_NOT_ACTIVE", `pack ${input.packId} is an uploaded draft: a national admin must activate it first`, {
          fields: [{ path: "packId", message: "not active yet" }],
        });
      const chosen = choosePack(
        candidates.map((p) => ({ pack: p.loaded.pack, registered: p })),
        input.period,
        input.packId,
      ).registered;
      if (chosen.loaded.pack.meta.coverage !== "full")
        throw new EngineError(
          "PACK_COVERAGE",
          `pack ${chosen.summary.packId} covers published values only: it has no raw inputs to enter; pick a full framework`,
        );
      const assessment = await ctx.repos.transaction(async (trx) => {
        const created = await ctx.repos.assessments.create(
          { unitId: input.unitId, period: input.period, packRowId: chosen.summary.id },
          actorOf(ctx),
          trx,
        );
        await ctx.repos.assignments.initialiseFromPack(
          {
            unitId: input.unitId,
            packRowId: chosen.summary.id,
            indicators: chosen.loaded.pack.indicators.map((i) => ({
              code: i.code,
              leadAgency: i.leadAgency,
              cooperatingAgencies: i.cooperatingAgencies,
            })),
          },
          actorOf(ctx),
          trx,
        );
        return created;
      });
      return assessmentDto(assessment, unit.name, chosen.summary);
    }),

  /** National admins see every assessment; everyone else those of their own province. */
  list: authedProcedure
    .input(listAssessmentsInputSchema)
    .output(z.array(assessmentSchema))
    .query(async ({ ctx, input }) => {
      if (ctx.user.role !== "national_admin" && input.unitId !== undefined && input.unitId !== ctx.user.unitId) return [];
      const unitId = ctx.user.role === "national_admin" ? input.unitId : ctx.user.unitId!;
      const rows = await ctx.repos.assessments.list({
        ...(unitId ? { unitId } : {}),
        ...(input.period !== undefined ? { period: input.period } : {}),
      });
      return dtoOf(ctx, rows);
    }),

  /** The assessment with its values (and their provenance), workflow, assignments and what the user may do. */
  get: authedProcedure
    .input(assessmentIdInputSchema)
    .output(assessmentDetailSchema)
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const [values, workflow, assignments, names] = await Promise.all([
        ctx.repos.inputs.list(scope.assessment.id),
        ctx.repos.workflow.list(scope.assessment.id),
        assignmentsOf(ctx, scope),
        unitNames(ctx, [scope.assessment.unitId]),
      ]);
      const manage = canManageAssessment(ctx.user, scope.assessment);
      const mine = manage
        ? [...scope.inputs.indicatorCodes]
        : ctx.user.role === "agency_contributor" && ctx.user.agency
          ? [...indicatorsOfAgency(ctx.user.agency, accessAssignments(assignments))]
          : [];
      return {
        assessment: assessmentDto(scope.assessment, names.get(scope.assessment.unitId) ?? scope.assessment.unitId, scope.pack.summary),
        inputs: values.map(inputValueDto),
        workflow: workflow.map(indicatorStateDto),
        assignments: assignments.map(assignmentDto),
        permissions: {
          manage,
          review: canReviewIndicator(ctx.user, scope.assessment),
          lock: canLockAssessment(ctx.user),
          indicators: mine,
        },
      };
    }),

  /**
   * Sets one value, based on the version the user saw (null: it had none). A stale edit is CONFLICT
   * with the current value and version; nothing is overwritten. Agency contributors may set only
   * inputs of indicators assigned to their agency.
   */
  setInput: authedProcedure
    .input(setInputInputSchema)
    .output(inputValueRowSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const inputId = scope.inputs.resolve(input.inputId);
      if (!inputId)
        throw new ApiError("VALIDATION_FAILED", `pack ${scope.pack.summary.packId} has no input ${input.inputId}`, {
          fields: [
            {
              path: "inputId",
              message: `unknown input ${input.inputId}`,
              expected: "an input id, official address (3.3.a) or general-information code (A6) of the pack",
            },
          ],
        });
      if (scope.inputs.constants.has(inputId))
        throw new ApiError("VALIDATION_FAILED", `input ${inputId} is a fixed value of the method text: it is not entered`, {
          fields: [{ path: "inputId", message: "fixed by the method text" }],
        });
      const assignments = accessAssignments(await assignmentsOf(ctx, scope));
      ensure(
        canWriteInput(ctx.user, scope.assessment, inputId, assignments, scope.inputs),
        `your agency is not assigned an indicator that uses input ${inputId}`,
      );
      checkInputValue(ctx, scope, inputId, input.value);
      // Written and checked against the unit's other values in one transaction: a ratio it breaks refuses it, nothing written.
      const written = await ctx.repos.transaction(async (trx) => {
        const row = await ctx.repos.inputs.set(
          {
            assessmentId: scope.assessment.id,
            inputId,
            value: input.value,
            expectedVersion: input.expectedVersion,
            ...(input.source !== undefined ? { source: input.source } : {}),
            ...(input.comment !== undefined ? { comment: input.comment } : {}),
          },
          actorOf(ctx),
          trx,
        );
        checkRatios(ctx, scope, inputId, inputsRecord(await ctx.repos.inputs.list(scope.assessment.id, trx)));
        return row;
      });
      return inputValueDto(written);
    }),

  /**
   * Sets many values in one transaction: every problem (unknown input, not allowed, invalid value)
   * is reported at once and then nothing is written. Values equal to the stored ones are left
   * alone, so importing the same file again changes nothing.
   */
  importValues: authedProcedure
    .input(importValuesInputSchema)
    .output(importValuesOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const assignments = accessAssignments(await assignmentsOf(ctx, scope));
      const problems: FieldIssue[] = [];
      const forbidden: FieldIssue[] = [];
      const seen = new Map<string, number>();
      const items = input.values.flatMap((item, index) => {
        const path = `values.${index}`;
        const inputId = scope.inputs.resolve(item.inputId);
        if (!inputId || scope.inputs.constants.has(inputId)) {
          problems.push({
            path: `${path}.inputId`,
            message: inputId ? `${inputId} is fixed by the method text` : `unknown input ${item.inputId}`,
            expected: "an enterable input of the pack",
          });
          return [];
        }
        if (seen.has(inputId))
          problems.push({ path: `${path}.inputId`, message: `${inputId} is also given at values.${seen.get(inputId)}` });
        seen.set(inputId, index);
        if (!canWriteInput(ctx.user, scope.assessment, inputId, assignments, scope.inputs))
          forbidden.push({ path: `${path}.inputId`, message: `your agency is not assigned an indicator that uses ${inputId}` });
        try {
          checkInputValue(ctx, scope, inputId, item.value);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          problems.push(...error.fields.map((f) => ({ ...f, path: `${path}.value`, message: `${inputId}: ${f.message}` })));
        }
        return [{ ...item, inputId }];
      });
      if (forbidden.length > 0)
        throw new ApiError("FORBIDDEN", `${forbidden.length} value(s) are for inputs you may not change; nothing was imported`, {
          fields: forbidden,
        });
      if (problems.length > 0)
        throw new ApiError(
          "INPUT_INVALID",
          `${problems.length} problem(s); nothing was imported. First: ${problems[0]!.path}: ${problems[0]!.message}`,
          { fields: problems },
        );
      return ctx.repos.transaction(async (trx) => {
        const current = new Map((await ctx.repos.inputs.listForUpdate(scope.assessment.id, trx)).map((v) => [v.inputId, v]));
        const changed = items.filter((item) => {
          const now = current.get(item.inputId);
          return (
            !now ||
            JSON.stringify(now.value) !== JSON.stringify(item.value) ||
            (item.source !== undefined && item.source !== now.source) ||
            (item.comment !== undefined && item.comment !== now.comment)
          );
        });
        if (changed.length > 0)
          await ctx.repos.inputs.setMany(
            changed.map((item) => ({
              assessmentId: scope.assessment.id,
              inputId: item.inputId,
              value: item.value,
              expectedVersion: current.get(item.inputId)?.version ?? null,
              ...(item.source !== undefined ? { source: item.source } : {}),
              ...(item.comment !== undefined ? { comment: item.comment } : {}),
            })),
            actorOf(ctx),
            trx,
          );
        // Like a single edit, an import may not break a ratio with the values stored beside it (e.g.
        // 8.4.a above 8.4.b): every such problem is reported, and the transaction writes nothing.
        if (changed.length > 0) {
          const values = inputsRecord(await ctx.repos.inputs.list(scope.assessment.id, trx));
          // One scoring of the unit for the whole import, not one per value.
          const found = ratioProblems(
            ctx,
            scope,
            changed.map((item) => item.inputId),
            values,
          );
          const fields = [...found].flatMap(([inputId, error]) => {
            const index = input.values.findIndex((v) => scope.inputs.resolve(v.inputId) === inputId);
            return error.fields.map((f) => ({ ...f, path: f.path === "value" ? `values.${index}.value` : f.path }));
          });
          if (fields.length > 0)
            throw new ApiError(
              "INPUT_INVALID",
              `${fields.length} problem(s) with ratios; nothing was imported. First: ${fields[0]!.path}: ${fields[0]!.message}`,
              { fields },
            );
        }
        await importDelay(ctx);
        return { written: changed.length, unchanged: items.length - changed.length };
      });
    }),

  /** Scores the assessment as it stands (lenient: missing inputs score 0), with an explanation of every indicator. */
  score: authedProcedure
    .input(assessmentIdInputSchema)
    .output(trustedOutput(scoreOutputSchema))
    .query(async ({ ctx, input }) => {
      // One query for the assessment, its pack's row, its unit's name and its values: the scorecard
      // is the page read most, and each round trip cost more than scoring.
      const read = await ctx.repos.assessments.getForScoring(input.assessmentId);
      const scope = await readableScope(ctx, read.assessment, read.pack);
      return scoreAssessmentCached(ctx, scope, read.unitName ?? read.assessment.unitId, read.values, read.valuesText);
    }),

  /** Stores the current score as an immutable snapshot pinned to the pack's hash (the pack can never change after). */
  snapshot: authedProcedure
    .input(assessmentIdInputSchema)
    .output(snapshotSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin takes snapshots");
      const names = await unitNames(ctx, [scope.assessment.unitId]);
      const { result } = await scoreAssessment(ctx, scope, names.get(scope.assessment.unitId) ?? scope.assessment.unitId);
      const snapshot = await ctx.repos.snapshots.create(
        {
          assessmentId: scope.assessment.id,
          period: scope.assessment.period,
          packRowId: scope.pack.summary.id,
          packHash: scope.pack.summary.hash,
          reference: result.reference,
          result,
        },
        actorOf(ctx),
      );
      return {
        id: snapshot.id,
        assessmentId: snapshot.assessmentId,
        period: snapshot.period,
        packRowId: snapshot.packRowId,
        packHash: snapshot.packHash,
        createdAt: iso(snapshot.createdAt),
      };
    }),

  snapshots: authedProcedure
    .input(assessmentIdInputSchema)
    .output(z.array(snapshotSchema))
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      const list = await ctx.repos.snapshots.list({ assessmentId: scope.assessment.id });
      return list.map((s) => ({
        id: s.id,
        assessmentId: s.assessmentId,
        period: s.period,
        packRowId: s.packRowId,
        packHash: s.packHash,
        createdAt: iso(s.createdAt),
      }));
    }),

  /** submit (the province: open → submitted); lock (final) and reopen (back to open) are the national admin's. */
  transition: authedProcedure
    .input(assessmentTransitionInputSchema)
    .output(assessmentSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      if (input.action === "submit")
        ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin submits the assessment");
      else ensure(canLockAssessment(ctx.user), `only a national admin may ${input.action} an assessment`);
      const to = input.action === "submit" ? "submitted" : input.action === "lock" ? "locked" : "open";
      const updated = await ctx.repos.assessments.setStatus(scope.assessment.id, input.expectedVersion, to, actorOf(ctx));
      const names = await unitNames(ctx, [updated.unitId]);
      return assessmentDto(updated, names.get(updated.unitId) ?? updated.unitId, scope.pack.summary);
    }),
});

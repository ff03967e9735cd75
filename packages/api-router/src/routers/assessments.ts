import {
  assessmentDetailSchema,
  assessmentIdInputSchema,
  assessmentSchema,
  assessmentTransitionInputSchema,
  completenessSchema,
  confirmCarriedInputSchema,
  confirmCarriedOutputSchema,
  createAssessmentInputSchema,
  createAssessmentOutputSchema,
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
import { carryInto } from "../services/carry-values";
import { completenessOf } from "../services/completeness";
import { scorecardOf } from "../services/scorecard";
import { importDelay } from "../services/published";
import { assessmentDto, assignmentDto, indicatorStateDto, inputValueDto, iso } from "../services/dto";
import { checkInputValue, checkRatios, inputsRecord, ratioProblems, scoreAssessment } from "../services/scoring";
import {
  accessAssignments,
  actorOf,
  assignmentsOf,
  readableAssessment,
  requireIndicator,
  unitNames,
  type AuthedContext,
} from "../services/scope";
import type { RegisteredPack } from "../services/pack-registry";
import { packInputs } from "../services/pack-usage";
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

/**
 * The earlier assessment a new one starts from: the same unit, an earlier period, readable by the
 * user, and a pack the values can be carried from — the same pack, or one the new pack declares a
 * crosswalk from (CARRY_FORWARD_UNSUPPORTED otherwise). Its values mapped to the new pack; what the
 * new pack cannot take is skipped with why.
 */
async function carrySource(ctx: AuthedContext, fromId: string, input: { unitId: string; period: number }, chosen: RegisteredPack) {
  const from = await readableAssessment(ctx, fromId);
  if (from.assessment.unitId !== input.unitId || from.assessment.period >= input.period)
    throw new ApiError(
      "VALIDATION_FAILED",
      `assessment ${fromId} (${from.assessment.unitId}, ${from.assessment.period}) is not an earlier assessment of ${input.unitId}`,
      {
        fields: [
          {
            path: "carryForwardFrom",
            message: "not an earlier assessment of this unit",
            expected: `the id of an assessment of ${input.unitId} before ${input.period}`,
          },
        ],
      },
    );
  const stored = await ctx.repos.inputs.list(from.assessment.id);
  // The new assessment as it will be (its period, the chosen pack): what its entries would accept.
  const target = { assessment: { ...from.assessment, period: input.period }, pack: chosen, inputs: packInputs(chosen.loaded) };
  const carried = carryInto(
    ctx,
    from.pack.loaded,
    target,
    stored.map((v) => ({ inputId: v.inputId, value: v.value, source: v.source, comment: v.comment })),
    { period: from.assessment.period, path: "carryForwardFrom" },
  );
  return { from: from.assessment, fromPack: from.pack.summary.packId, ...carried };
}

/**
 * importValues with `carriedFromPack`: the values, keyed by that earlier pack's inputs (ids, official
 * addresses or general-information codes), mapped to the assessment's pack by carryInto — the same
 * pack copies, another goes through the crosswalk's input routes, a pack with none is
 * CARRY_FORWARD_UNSUPPORTED. Versions of another assessment's values mean nothing here: dropped.
 */
async function carriedFromPack(
  ctx: AuthedContext,
  scope: Awaited<ReturnType<typeof readableAssessment>>,
  input: z.infer<typeof importValuesInputSchema>,
) {
  const ref = input.carriedFromPack!;
  if (input.carriedFromPeriod === undefined)
    throw new ApiError("VALIDATION_FAILED", "carriedFromPack needs carriedFromPeriod (the year the file is of)", {
      fields: [{ path: "carriedFromPeriod", message: "missing", expected: `a year before ${scope.assessment.period}` }],
    });
  const stored = await ctx.repos.packs.findByIdVersion(ref.id, ref.version);
  if (!stored)
    throw new ApiError("VALIDATION_FAILED", `no stored pack ${ref.id} ${ref.version}: the values cannot be read as its inputs`, {
      fields: [{ path: "carriedFromPack", message: `no pack ${ref.id} ${ref.version}`, expected: "a pack (id and version) stored here" }],
    });
  const from = ctx.packs.load(stored);
  const keys = packInputs(from);
  const problems: FieldIssue[] = [];
  const seen = new Set<string>();
  const earlier = input.values.flatMap((item, index) => {
    const inputId = keys.resolve(item.inputId);
    if (!inputId || keys.constants.has(inputId)) {
      problems.push({
        path: `values.${index}.inputId`,
        message: inputId ? `${inputId} is fixed by the method text of ${ref.id}` : `unknown input ${item.inputId} of ${ref.id}`,
        expected: `an enterable input of ${ref.id}`,
      });
      return [];
    }
    if (seen.has(inputId)) problems.push({ path: `values.${index}.inputId`, message: `${inputId} is given twice` });
    seen.add(inputId);
    return [{ inputId, value: item.value, source: item.source ?? null, comment: item.comment ?? null }];
  });
  if (problems.length > 0)
    throw new ApiError(
      "INPUT_INVALID",
      `${problems.length} problem(s); nothing was imported. First: ${problems[0]!.path}: ${problems[0]!.message}`,
      {
        fields: problems,
      },
    );
  const outcome = carryInto(ctx, from, scope, earlier, { period: input.carriedFromPeriod, path: "carriedFromPack" });
  return {
    values: outcome.values.map((v) => ({
      inputId: v.inputId,
      value: v.value,
      ...(v.source !== null ? { source: v.source } : {}),
      ...(v.comment !== null ? { comment: v.comment } : {}),
    })),
    report: { fromPack: ref.id, mapping: outcome.kind, skipped: outcome.skipped },
  };
}

export const assessmentsRouter = router({
  /**
   * Opens an assessment of a unit for a year. The province picks the framework (`packId`); by
   * default the one active pack that applies to the year (PACK_CHOICE_REQUIRED when two do). The
   * province's agency assignments start from the pack's lead and cooperating agencies.
   *
   * Carry-forward (`carryForwardFrom`): an earlier assessment of the same unit lends its values,
   * each stored marked "from <year>, to confirm" until someone confirms or changes it. The same pack
   * copies them; another pack maps them through the new pack's crosswalk from the earlier one (the
   * engine's input routes: same, renamed, derived by its formula, none). Another pack without such a
   * crosswalk — or a later framework back to an earlier one — is CARRY_FORWARD_UNSUPPORTED naming both.
   */
  create: authedProcedure
    .input(createAssessmentInputSchema)
    .output(createAssessmentOutputSchema)
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
      const carry = input.carryForwardFrom ? await carrySource(ctx, input.carryForwardFrom, input, chosen) : null;
      const { assessment, carried } = await ctx.repos.transaction(async (trx) => {
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
        if (!carry) return { assessment: created, carried: 0 };
        if (carry.values.length > 0)
          await ctx.repos.inputs.setMany(
            carry.values.map((v) => ({
              assessmentId: created.id,
              inputId: v.inputId,
              value: v.value,
              expectedVersion: null,
              source: v.source,
              comment: v.comment,
              carriedFromPeriod: carry.from.period,
            })),
            actorOf(ctx),
            trx,
          );
        return { assessment: created, carried: carry.values.length };
      });
      return {
        ...assessmentDto(assessment, unit.name, chosen.summary),
        ...(carry
          ? {
              carriedForward: {
                fromAssessmentId: carry.from.id,
                fromPeriod: carry.from.period,
                fromPack: carry.fromPack,
                mapping: carry.kind,
                values: carried,
                skipped: carry.skipped,
              },
            }
          : {}),
      };
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
   * alone, so importing the same file again changes nothing. A value given with `baseVersion` (a
   * template records the versions it was made from) whose stored value has changed since is not
   * written: it comes back in `conflicts` (file value, current value, who and when) and the other
   * values are imported — an old file never silently undoes a newer edit.
   */
  importValues: authedProcedure
    .input(importValuesInputSchema)
    .output(importValuesOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      if (input.carriedFromPeriod !== undefined && input.carriedFromPeriod >= scope.assessment.period)
        throw new ApiError("VALIDATION_FAILED", `carriedFromPeriod ${input.carriedFromPeriod} is not before ${scope.assessment.period}`, {
          fields: [
            {
              path: "carriedFromPeriod",
              message: `not before the assessment's period ${scope.assessment.period}`,
              expected: `a year before ${scope.assessment.period}`,
            },
          ],
        });
      // Last year's file under another pack: its values mapped as carry-forward maps them.
      const carried = input.carriedFromPack ? await carriedFromPack(ctx, scope, input) : null;
      const entries: typeof input.values = carried ? carried.values : input.values;
      const assignments = accessAssignments(await assignmentsOf(ctx, scope));
      const problems: FieldIssue[] = [];
      const forbidden: FieldIssue[] = [];
      const seen = new Map<string, number>();
      const items = entries.flatMap((item, index) => {
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
      const outcome = await ctx.repos.transaction(async (trx) => {
        const current = new Map((await ctx.repos.inputs.listForUpdate(scope.assessment.id, trx)).map((v) => [v.inputId, v]));
        const differing = items.filter((item) => {
          const now = current.get(item.inputId);
          return (
            !now ||
            JSON.stringify(now.value) !== JSON.stringify(item.value) ||
            (item.source !== undefined && item.source !== now.source) ||
            (item.comment !== undefined && item.comment !== now.comment)
          );
        });
        // A value based on a version that is no longer the stored one (another user changed it after
        // the template was downloaded) is never written over it: it is reported as a conflict. The
        // rows are locked (listForUpdate), so the check holds until the commit.
        const stale = (item: (typeof items)[number]) => {
          const now = current.get(item.inputId);
          return item.baseVersion !== undefined && now !== undefined && now.version !== item.baseVersion;
        };
        const changed = differing.filter((item) => !stale(item));
        const staleItems = differing.filter(stale);
        const conflicts = staleItems.map((item) => ({ item, now: current.get(item.inputId)! }));
        if (changed.length > 0)
          await ctx.repos.inputs.setMany(
            changed.map((item) => ({
              assessmentId: scope.assessment.id,
              inputId: item.inputId,
              value: item.value,
              expectedVersion: current.get(item.inputId)?.version ?? null,
              ...(item.source !== undefined ? { source: item.source } : {}),
              ...(item.comment !== undefined ? { comment: item.comment } : {}),
              ...(input.carriedFromPeriod !== undefined ? { carriedFromPeriod: input.carriedFromPeriod } : {}),
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
            const index = entries.findIndex((v) => scope.inputs.resolve(v.inputId) === inputId);
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
        return { written: changed.length, unchanged: items.length - differing.length, conflicts };
      });
      const { conflicts: stale, ...written } = outcome;
      const counts = carried ? { ...written, carried: carried.report } : written;
      if (!entries.some((v) => v.baseVersion !== undefined)) return counts;
      // Who changed each conflicting value, read after the commit (PGlite has one connection).
      const emails = await ctx.repos.users.emails(stale.flatMap(({ now }) => (now.updatedBy ? [now.updatedBy] : [])));
      return {
        ...counts,
        conflicts: stale.map(({ item, now }) => ({
          inputId: item.inputId,
          templateValue: item.value,
          currentValue: now.value,
          baseVersion: item.baseVersion ?? null,
          currentVersion: now.version,
          updatedBy: now.updatedBy ? (emails.get(now.updatedBy) ?? null) : null,
          updatedAt: iso(now.updatedAt),
        })),
      };
    }),

  /**
   * Confirms carried values ("from 2022, to confirm"): the named inputs, or every input of an
   * indicator. Whoever may change a value may confirm it. Values already confirmed or changed are
   * left alone; the answer lists the inputs confirmed now.
   */
  confirmCarried: authedProcedure
    .input(confirmCarriedInputSchema)
    .output(confirmCarriedOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      let ids: string[];
      if (input.indicatorCode !== undefined) {
        requireIndicator(scope, input.indicatorCode);
        const indicator = scope.pack.loaded.pack.indicators.find((i) => i.code === input.indicatorCode)!;
        ids = indicator.inputs.map((r) => r.input).filter((id) => !scope.inputs.constants.has(id));
      } else {
        const unknown = input.inputIds!.filter((key) => !scope.inputs.resolve(key));
        if (unknown.length > 0)
          throw new ApiError("VALIDATION_FAILED", `pack ${scope.pack.summary.packId} has no input ${unknown.join(", ")}`, {
            fields: unknown.map((key) => ({
              path: `inputIds.${input.inputIds!.indexOf(key)}`,
              message: `unknown input ${key}`,
              expected: "an input id, official address (3.3.a) or general-information code (A6) of the pack",
            })),
          });
        ids = input.inputIds!.map((key) => scope.inputs.resolve(key)!);
      }
      const assignments = accessAssignments(await assignmentsOf(ctx, scope));
      const mine = [...new Set(ids)].filter((id) => canWriteInput(ctx.user, scope.assessment, id, assignments, scope.inputs));
      ensure(mine.length > 0 || ids.length === 0, "your agency is not assigned an indicator that uses these inputs");
      if (input.inputIds !== undefined)
        ensure(mine.length === new Set(ids).size, "your agency is not assigned an indicator that uses some of these inputs");
      const confirmed = await ctx.repos.inputs.confirmCarried({ assessmentId: scope.assessment.id, inputIds: mine }, actorOf(ctx));
      return { confirmed: confirmed.map((v) => v.inputId) };
    }),

  /**
   * What is incomplete: per indicator its review state (draft, returned, not yet reviewed), inputs
   * without a value and evidence the pack expects but nobody attached; per main index its counts.
   */
  completeness: authedProcedure
    .input(assessmentIdInputSchema)
    .output(completenessSchema)
    .query(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      return completenessOf(ctx, scope);
    }),

  /** Scores the assessment as it stands (lenient: missing inputs score 0), with an explanation of every indicator. */
  score: authedProcedure
    .input(assessmentIdInputSchema)
    .output(trustedOutput(scoreOutputSchema))
    .query(async ({ ctx, input }) => scorecardOf(ctx, input.assessmentId)),

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

  /**
   * submit (the province: open → submitted); lock (final) and reopen (submitted or locked → open,
   * with a reason kept in the audit log) are the national admin's. Submitting with anything
   * incomplete needs `confirm: true`: without it, CONFIRMATION_REQUIRED lists what is incomplete.
   */
  transition: authedProcedure
    .input(assessmentTransitionInputSchema)
    .output(assessmentSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = await readableAssessment(ctx, input.assessmentId);
      if (input.action === "submit")
        ensure(canManageAssessment(ctx.user, scope.assessment), "only the province's admin submits the assessment");
      else ensure(canLockAssessment(ctx.user), `only a national admin may ${input.action} an assessment`);
      if (input.action === "reopen" && !input.reason?.trim())
        throw new ApiError("VALIDATION_FAILED", "reopening an assessment needs a reason", {
          fields: [{ path: "reason", message: "required", expected: "why the assessment is reopened (kept in the audit log)" }],
        });
      if (input.action === "submit" && input.confirm !== true && scope.assessment.status === "open") {
        const completeness = await completenessOf(ctx, scope);
        if (completeness.incomplete > 0)
          throw new ApiError(
            "CONFIRMATION_REQUIRED",
            `${completeness.incomplete} of ${completeness.total} indicators are incomplete (${Object.entries(completeness.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => `${k}: ${n}`)
              .join(", ")}); submit again with confirm: true to submit anyway`,
            {
              fields: [
                { path: "confirm", message: "required: something is incomplete", expected: "true, after showing what is incomplete" },
              ],
              details: {
                counts: completeness.counts,
                incomplete: completeness.incomplete,
                total: completeness.total,
                indices: completeness.indices,
                items: completeness.items.slice(0, 50),
              },
            },
          );
      }
      const to = input.action === "submit" ? "submitted" : input.action === "lock" ? "locked" : "open";
      const updated = await ctx.repos.assessments.setStatus(
        scope.assessment.id,
        input.expectedVersion,
        to,
        actorOf(ctx),
        undefined,
        input.action === "reopen" ? { reason: input.reason ?? null } : {},
      );
      const names = await unitNames(ctx, [updated.unitId]);
      return assessmentDto(updated, names.get(updated.unitId) ?? updated.unitId, scope.pack.summary);
    }),
});

import {
  indexValuesRowSchema,
  scoreRequestSchema,
  type IndexValuesRow,
  type ScoreRequest,
  type ScoreResult,
  type UnitInput,
} from "@dti/contracts";
import { z } from "zod";
import { aggregateIndexValues } from "./aggregate-indices";
import { checkInputs, type InputCheck } from "./check-inputs";
import { EngineError, type InputIssue } from "./errors";
import { checkPack, loadPack, type CheckOptions, type LoadedPack, type PackCheck } from "./load";
import { toScoreResult } from "./result";
import { scoreCohort, type CohortOptions, type ScoreMode, type ScoredCohort } from "./score-cohort";
import { ENGINE_VERSION } from "./version";

export interface ScoreOptions {
  /** strict (default) refuses missing inputs; lenient scores them 0 and warns per indicator. */
  mode?: ScoreMode;
  /** Attach an explanation to every indicator (default true). */
  explain?: boolean;
}

export interface AggregateRequest {
  period: number;
  rows: IndexValuesRow[];
}

export interface Engine {
  readonly version: string;
  /**
   * Every problem of a candidate pack, in one pass, without throwing. With `packs` (the packs the host
   * knows), crosswalks are checked against the packs they map from.
   */
  validate(candidate: unknown, options?: CheckOptions): PackCheck;
  /** Validates, freezes, fingerprints and compiles a pack; throws PACK_INVALID with every issue. */
  load(candidate: unknown, options?: CheckOptions): LoadedPack;
  /** Scores a cohort of units from raw inputs: points, indices, pillars, overall, ranks. */
  score(pack: LoadedPack, request: ScoreRequest, options?: ScoreOptions): ScoreResult;
  /** The columnar core of score(), without building JSON: for benchmarks and bulk consumers. */
  scoreColumns(pack: LoadedPack, units: readonly UnitInput[], mode?: ScoreMode, options?: CohortOptions): ScoredCohort;
  /**
   * Every problem of a set of input values, coded and structured (the inputs involved with their
   * official addresses, both sides of a broken ratio), without scoring anything: for forms that
   * check a value as it is entered.
   */
  checkInputs(pack: LoadedPack, inputs: Readonly<Record<string, unknown>>): InputCheck;
  /** Overall, pillars and ranks from main-index values alone (official tables without raw data). */
  aggregate(pack: LoadedPack, request: AggregateRequest): ScoreResult;
}

function requestIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    code: "REQUEST_INVALID" as const,
    key: issue.path.join("."),
    message: `${issue.path.join(".") || "request"}: ${issue.message}`,
  }));
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = requestIssues(parsed.error);
  throw new EngineError(
    "REQUEST_INVALID",
    `${what} is not valid: ${issues
      .slice(0, 3)
      .map((i) => i.message)
      .join("; ")}`,
    { issues },
  );
}

function requireCoverage(pack: LoadedPack, needed: "full" | "indices"): void {
  const coverage = pack.pack.meta.coverage;
  const ok = needed === "full" ? coverage === "full" : coverage === "full" || coverage === "indices";
  if (!ok)
    throw new EngineError(
      "PACK_COVERAGE",
      needed === "full"
        ? `pack ${pack.ref.id} covers "${coverage}" only: it cannot score raw inputs; use aggregate with main-index values`
        : `pack ${pack.ref.id} covers published values only: it cannot aggregate main-index values`,
    );
}

export function createEngine(options: { version?: string } = {}): Engine {
  const version = options.version ?? ENGINE_VERSION;
  return {
    version,
    validate: (candidate, checkOptions) => checkPack(candidate, version, checkOptions),
    load: (candidate, checkOptions) => loadPack(candidate, version, checkOptions),
    checkInputs,
    scoreColumns(pack, units, mode = "strict", cohortOptions = {}) {
      requireCoverage(pack, "full");
      return scoreCohort(pack.compiled, units, mode, cohortOptions);
    },
    score(pack, request, scoreOptions = {}) {
      requireCoverage(pack, "full");
      const parsed = parseOrThrow(scoreRequestSchema, request, "score request");
      if (parsed.pack !== undefined && parsed.pack !== pack.ref.id)
        throw new EngineError("REQUEST_INVALID", `the request is for pack "${parsed.pack}" but pack "${pack.ref.id}" was given`);
      const mode = scoreOptions.mode ?? "strict";
      const scored = scoreCohort(pack.compiled, parsed.units, mode);
      const result = toScoreResult(pack.compiled, pack.ref, parsed.period, mode, scored, { explain: scoreOptions.explain ?? true });
      if (!pack.pack.meta.years.includes(parsed.period))
        result.warnings.unshift({
          code: "PERIOD_OUTSIDE_PACK",
          message: `pack ${pack.ref.id} applies to ${pack.pack.meta.years.join(", ")}, not ${parsed.period}`,
        });
      return result;
    },
    aggregate(pack, request) {
      requireCoverage(pack, "indices");
      const parsed = parseOrThrow(
        z.object({ period: z.number().int(), rows: z.array(indexValuesRowSchema).min(1, "at least one row is required") }),
        request,
        "aggregate request",
      );
      return aggregateIndexValues(pack.compiled, pack.ref, parsed.period, parsed.rows);
    },
  };
}

export { createEngine, type Engine, type ScoreOptions, type AggregateRequest } from "./engine";
export { EngineError, ENGINE_ERROR_CODES, isEngineError, type EngineErrorCode, type InputIssue } from "./errors";
export type { CheckOptions, LoadedPack, PackCheck } from "./load";
export { checkInputs, type CheckedInput, type InputCheck, type InputCheckIssue } from "./check-inputs";
export type { RatioSide } from "./diagnose";
export type { CohortOptions, ScoredCohort, ScoreMode } from "./score-cohort";
export { rowOf, STATUS_MISSING, STATUS_NOT_SCORED, STATUS_SCORED } from "./score-cohort";
export { ENGINE_VERSION } from "./version";
export { canonicalJson, fingerprint } from "./hash";
export { compileExpression, expressionProblem, parseExpression } from "./expression";
export { rankValues, roundHalfUp } from "./rank";
export { compareCodes } from "@dti/conventions";
// Kept for the CLI and older callers: the diff of two packs lives in @dti/pack-sdk, beside the pack types.
export { diffPacks, type PackDiff } from "@dti/pack-sdk";
export { applyVariant, parseVariant, variantSchema, type Variant, type VariantChange } from "./variant";
export {
  comparability,
  compareResults,
  decompose,
  linkIndices,
  type Comparability,
  type ComparabilityWarning,
  type Comparison,
  type Decomposition,
  type DecompositionReport,
  type IndexLink,
  type IndicatorClass,
  type IndicatorLink,
  type UnitComparison,
} from "./compare";
export {
  carryOver,
  inputCarrier,
  normaliseKeys,
  planInputs,
  type CarriedInputs,
  type CarryGap,
  type InputPlan,
  type InputRoute,
} from "./input-map";
export { choosePack, packsForYear } from "./applicable";
export {
  rankSensitivity,
  sensitivityModel,
  type RankBand,
  type SensitivityAlternativeResult,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityUnit,
} from "./sensitivity";
export { mulberry32 } from "./random";

export { generateCohort, planCohort, prng, type CohortOptions } from "./cohort";
export { scoreHandwritten, rank, HANDWRITTEN_CODES, type Dti2022Inputs } from "./handwritten";
export { compileExprlib, fractionExpression, type ExprlibScorer } from "./exprlib";
export { compareScores, engineScores, type Agreement, type Disagreement } from "./compare";
export { measure, type Contender, type Timing } from "./measure";
export type { Scores, UnitInput } from "./types";
export {
  syntheticCohorts,
  syntheticUnits,
  SYNTHETIC_REGION,
  SYNTHETIC_SIZES,
  SYNTHETIC_SUFFIX,
  type SyntheticCohort,
  type SyntheticKind,
  type SyntheticUnit,
} from "./synthetic";
export { benchCli, pnpmCommand, type CliTimings, type CliBenchOptions } from "./cli-start";

// Rounding and ranking as published have one definition, in @dti/conventions; the engine's hot path
// (aggregateIndexPoints) uses its typed-array rankValues directly.
export { rankValues, roundHalfUp } from "@dti/conventions";

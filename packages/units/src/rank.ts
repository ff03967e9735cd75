import { PUBLISHED_DECIMALS, roundHalfUp } from "@dti/conventions";

// Rounding and ranking as published have one definition, in @dti/conventions; the names this package
// has always exported stay.
export { competitionRanks } from "@dti/conventions";

/** Published DTI tables print values to 4 decimals and rank on what they print. */
export const PUBLISHED_DIGITS = PUBLISHED_DECIMALS;

/** A value rounded half up to `digits` decimals as published (0.12345 → 0.1235): roundHalfUp. */
export const roundTo: (value: number, digits?: number) => number = roundHalfUp;

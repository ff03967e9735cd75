/**
 * The browser's entry (`@dti/pack-sdk/model`): what reads an already validated pack — rules rendered as
 * formulas, official addresses, input keys, walks over rules, diffs — without the zod schemas. The root
 * entry validates packs with zod, whose speed-up compiles code with `Function` at run time: a page under
 * a strict Content-Security-Policy (no 'unsafe-eval') must not load it, and does not need it.
 */
export type * from "./schema/text";
export type * from "./schema/rules";
export type * from "./schema/pack";
export * from "./rule-walk";
export * from "./render";
export * from "./addresses";
export * from "./input-keys";
export * from "./canonical-json";
export * from "./provisional";
export { diffPacks, type PackDiff } from "./diff/packs";
export { indicatorDiff, type IndicatorChange, type IndicatorDiffRow } from "./diff/indicators";

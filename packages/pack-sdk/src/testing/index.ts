export * from "./cases";
export { readCaseDirectory, ruleKindCoverage } from "./case-files";
export { describePack, packHash, packTexts, pendingBumpOf, type DescribePackOptions, type DescribedPack } from "./describe-pack";
export { validatePack } from "../validate";
export { checkPublished, readPublishedFiles, PUBLISHED_TOLERANCE, type Aggregator, type PublishedFile } from "./published";

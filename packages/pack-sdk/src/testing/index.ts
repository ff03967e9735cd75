export * from "./cases";
export { readCaseDirectory, ruleKindCoverage } from "./case-files";
export { validatePack } from "../validate";

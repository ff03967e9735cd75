export { samplePack, fullInputs } from "./sample-pack";
export { blendCohort } from "./cohort";

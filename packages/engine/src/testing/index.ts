export { samplePack, fullInputs } from "./sample-pack";

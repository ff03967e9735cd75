export * from "./cases";
export { validatePack } from "../validate";

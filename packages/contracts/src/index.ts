export * from "./enums";
export * from "./scoring";
export * from "./api/index";

export * from "./schema/text";
export * from "./schema/rules";
export * from "./schema/pack";
export * from "./issues";
export * from "./validate";
export * from "./define";
export * from "./rule-walk";
export * from "./render";

export * from "./scoring";
export * from "./api/index";

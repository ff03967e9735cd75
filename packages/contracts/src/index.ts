export * from "./scoring";

export { createDb, configFromEnv, type Db, type DbConfig } from "./create-db";
export type * from "./schema";
export { migrations } from "./migrations/index";

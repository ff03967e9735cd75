export { buildApp, type BuildAppOptions } from "./app";
export { prepare, startApi, demoWanted, type Prepared, type PrepareOptions } from "./bootstrap/start";
export { DEMO_PASSWORD, DEMO_USERS } from "./bootstrap/demo";
export { openApiDocument } from "./routes/openapi";
export { REST_ROUTES } from "./routes/rest";

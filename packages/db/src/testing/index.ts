export { testBackends, freshDb, freshDatabaseUrl } from "./backends";
export { findPostgresBinDir, startPostgres, freePort, type PostgresServer } from "./postgres-server";
export { countRows, insertTestUser, seedAssessment, testPackContent, uniqueId, useRepositories } from "./fixtures";

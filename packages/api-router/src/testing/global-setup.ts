/**
 * @dti/db's global setup: one real PostgreSQL for the whole run (TEST_DATABASE_URL wins), required
 * in CI, so every test here runs on both back ends, as the database package's own do.
 */
export { setup, teardown } from "@dti/db/testing/global-setup";

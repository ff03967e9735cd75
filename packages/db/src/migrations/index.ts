import type { Migration } from "kysely/migration";
import * as initial from "./2026-11-23-0001-initial";
import * as repositoryIndexes from "./2026-11-23-0002-repository-indexes";
import * as publishedRecord from "./2026-12-06-0001-published-record";
import * as carriedValues from "./2026-12-06-0005-carried-values";
import * as planTargets from "./2026-12-06-0006-plan-targets";
import * as cohortIndex from "./2026-12-06-0007-cohort-index";
import * as valuesStamp from "./2026-12-06-0008-values-stamp";

/** Every migration, by name; names sort in the order they run. Never edit one that has landed. */
export const migrations: Record<string, Migration> = {
  "2026-11-23-0001-initial": initial,
  "2026-11-23-0002-repository-indexes": repositoryIndexes,
  "2026-12-06-0001-published-record": publishedRecord,
  "2026-12-06-0005-carried-values": carriedValues,
  "2026-12-06-0006-plan-targets": planTargets,
  "2026-12-06-0007-cohort-index": cohortIndex,
  "2026-12-06-0008-values-stamp": valuesStamp,
};

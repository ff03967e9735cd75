import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { createAssessmentsRepository } from "./assessments";
import { createAssignmentsRepository } from "./assignments";
import { createAuditRepository } from "./audit";
import { createHealthRepository } from "./health";
import { createInboxRepository } from "./inbox";
import { createLoginAttemptsRepository } from "./login-attempts";
import { createSessionsRepository, type SessionsOptions } from "./sessions";
import { createUsersRepository } from "./users";
import { inTransaction, type Trx } from "./transaction";
import { createEvidenceRepository, type EvidenceOptions } from "./evidence";
import { createInputsRepository } from "./inputs";
import { createPacksRepository } from "./packs";
import { createPlansRepository } from "./plans";
import { createPublishedRepository } from "./published";
import { createSnapshotsRepository } from "./snapshots";
import { createUnitsRepository } from "./units";
import { createWorkflowRepository } from "./workflow";

export interface RepositoryOptions {
  evidence?: EvidenceOptions;
  /** Reuse of session reads by this process (default: none; the API server sets a few seconds). */
  sessions?: SessionsOptions;
}

/**
 * Every repository over one database: all the SQL of the platform. `transaction` runs several
 * repository writes atomically: pass its `trx` to each (they write their audit entries in it too).
 */
export function createRepositories(db: Kysely<Database>, options: RepositoryOptions = {}) {
  const packs = createPacksRepository(db);
  return {
    packs,
    units: createUnitsRepository(db),
    assessments: createAssessmentsRepository(db),
    inputs: createInputsRepository(db),
    evidence: createEvidenceRepository(db, options.evidence),
    assignments: createAssignmentsRepository(db),
    workflow: createWorkflowRepository(db),
    snapshots: createSnapshotsRepository(db, packs),
    published: createPublishedRepository(db),
    plans: createPlansRepository(db),
    inbox: createInboxRepository(db),
    audit: createAuditRepository(db),
    users: createUsersRepository(db),
    sessions: createSessionsRepository(db, options.sessions),
    loginAttempts: createLoginAttemptsRepository(db),
    health: createHealthRepository(db),
    /** Runs `fn` in one transaction (database errors come out coded, as from the repositories). */
    transaction: <T>(fn: (trx: Trx) => Promise<T>): Promise<T> => inTransaction(db, undefined, fn),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

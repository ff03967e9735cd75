import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { createAssessmentsRepository } from "./assessments";
import { createAssignmentsRepository } from "./assignments";
import { createAuditRepository } from "./audit";
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
}

/** Every repository over one database. Users, sessions and login attempts live with the API. */
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
    audit: createAuditRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

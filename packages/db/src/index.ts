export { createDb, configFromEnv, type CreateDbOptions, type Db, type DbConfig } from "./create-db";
export { isConnectionError } from "./errors";
export type * from "./schema";
export { migrations } from "./migrations/index";
export { DB_ERROR_CODES, DbError, isDbError, toDbError, type DbErrorCode } from "./errors";
export { createRepositories, type Repositories, type RepositoryOptions } from "./repositories/index";
export { SYSTEM_ACTOR, type Actor, type Trx } from "./repositories/transaction";
export {
  createPacksRepository,
  type PackSummary,
  type PacksRepository,
  type RegisterPackInput,
  type StoredPack,
} from "./repositories/packs";
export { createUnitsRepository, type LineageLink, type StoredUnit, type UnitInput, type UnitsRepository } from "./repositories/units";
export { registryUnits, seedUnitsFromRegistry } from "./repositories/seed-units";
export {
  ASSESSMENT_TRANSITIONS,
  createAssessmentsRepository,
  type Assessment,
  type AssessmentForScoring,
  type CohortMember,
  type ValuesForScoring,
  type AssessmentsRepository,
  type CreateAssessmentInput,
} from "./repositories/assessments";
export {
  createInputsRepository,
  type InputConflict,
  type InputValue,
  type InputValueData,
  type InputsRepository,
  type SetInputValue,
} from "./repositories/inputs";
export {
  DEFAULT_EVIDENCE_MAX_BYTES,
  DEFAULT_EVIDENCE_TYPES,
  createEvidenceRepository,
  type AddEvidenceInput,
  type EvidenceFile,
  type EvidenceFileWithContent,
  type EvidenceOptions,
  type EvidenceRepository,
} from "./repositories/evidence";
export { MEDIA_TYPES, detectMediaType } from "./repositories/detect-media-type";
export {
  createAssignmentsRepository,
  type Assignment,
  type AssignmentsRepository,
  type PackIndicatorAgencies,
  type UpdateAssignmentInput,
} from "./repositories/assignments";
export {
  INDICATOR_TRANSITIONS,
  createWorkflowRepository,
  type IndicatorState,
  type TransitionInput,
  type WorkflowRepository,
} from "./repositories/workflow";
export {
  createSnapshotsRepository,
  type CreateSnapshotInput,
  type Snapshot,
  type SnapshotSummary,
  type SnapshotsRepository,
} from "./repositories/snapshots";
export {
  createPublishedRepository,
  type ImportOutcome,
  type ImportPublishedInput,
  type ImportRecord,
  type PublishedChanges,
  type PublishedFieldChange,
  type PublishedRecordFields,
  type PublishedRepository,
  type PublishedResult,
  type PublishedRowInput,
  type PublishedRowSummary,
} from "./repositories/published";
export { diffPublished, publishedRowKey } from "./repositories/published-record";
export {
  createPlansRepository,
  type PlanFields,
  type PlanGoal,
  type PlanItem,
  type PlansRepository,
  type ProgressNote,
  type TargetValue,
} from "./repositories/plans";
export {
  AUDIT_PAGE_MAX,
  createAuditRepository,
  type AssessmentAuditScope,
  type AuditEntry,
  type AuditQuery,
  type AuditRepository,
} from "./repositories/audit";
export { createUsersRepository, type NewUserRow, type StoredUser, type UsersRepository } from "./repositories/users";
export { createSessionsRepository, type SessionsOptions, type SessionsRepository, type StoredSession } from "./repositories/sessions";
export {
  createLoginAttemptsRepository,
  type LoginAttemptsRepository,
  type RecentFailures,
  type Reservation,
} from "./repositories/login-attempts";
export { createHealthRepository, type HealthRepository } from "./repositories/health";
export {
  createInboxRepository,
  type InboxAssessment,
  type InboxIndicator,
  type InboxPlanItem,
  type InboxRepository,
  type InboxScope,
} from "./repositories/inbox";
export { poolStats, type PoolStats } from "./pool-stats";
export { withAdvisoryLock } from "./advisory-lock";

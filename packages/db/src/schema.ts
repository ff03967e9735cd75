import type { AssessmentStatus, IndicatorStatus, PackSource, PackStatus, PlanStatus, Role } from "@dti/contracts/enums";
import type { ColumnType, Generated } from "kysely";

/**
 * The database as Kysely sees it. Column types say what is read and what may be written:
 * Generated<T> is filled by the database; ColumnType<Select, Insert, Update> narrows writes.
 * Timestamps are read as Date; JSON columns as parsed values.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in (now()) unless one is given. Not Generated<Timestamp>: a nested ColumnType would be read as itself, not as Date. */
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

// The role and status names are defined once, in @dti/contracts; the database stores exactly those.
export type { AssessmentStatus, IndicatorStatus, PackSource, PackStatus, PlanStatus, Role } from "@dti/contracts/enums";

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  role: Role;
  /** The province a province admin, agency contributor or viewer belongs to (null for national roles). */
  unit_id: string | null;
  /** The agency an agency contributor works for (e.g. "Sở TTTT"). */
  agency: string | null;
  /** Seeded by the demo mode; shown as demo everywhere. */
  is_demo: Generated<boolean>;
  created_at: DefaultedTimestamp;
  disabled_at: Timestamp | null;
}

export interface SessionsTable {
  /** sha256 of the session token; the token itself only ever lives in the httpOnly cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: DefaultedTimestamp;
}

export interface PacksTable {
  id: Generated<string>;
  pack_id: string;
  version: string;
  hash: string;
  title_vi: string;
  years: Json<number[]>;
  coverage: string;
  /** The parsed pack, as its bundle holds it. */
  content: Json<unknown>;
  source: PackSource;
  /** Uploaded bundles start as drafts; an admin activates them. */
  status: PackStatus;
  uploaded_by: string | null;
  created_at: DefaultedTimestamp;
  /** Set when a score snapshot first uses the pack: from then on it can never change or go. */
  pinned_at: Timestamp | null;
}

export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  short_name: string;
  region: string;
  valid_from: string;
  valid_to: string | null;
}

export interface UnitLineageTable {
  from_unit_id: string;
  to_unit_id: string;
  effective: string;
  relation: string;
}

export interface AssessmentsTable {
  id: Generated<string>;
  unit_id: string;
  period: number;
  pack_row_id: string;
  status: Generated<AssessmentStatus>;
  /** Optimistic concurrency: every change bumps it; a write based on an older version is refused. */
  version: Generated<number>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  /** Raised by every statement writing the assessment's input_values (a trigger): keys kept scores. */
  values_stamp: Generated<string>;
}

/** An assessment's stored values as one JSON object (input id → value; null: cleared), kept by triggers. */
export interface AssessmentValuesDocsTable {
  assessment_id: string;
  doc: Record<string, unknown>;
}

export interface InputValuesTable {
  assessment_id: string;
  input_id: string;
  value: Json<number | boolean | string | null>;
  version: Generated<number>;
  /** Where the figure comes from (a report, a statistics yearbook, a system export). */
  source: string | null;
  comment: string | null;
  updated_by: string | null;
  updated_at: DefaultedTimestamp;
  /** The period the value was carried forward from (kept once confirmed; a change clears it). */
  carried_from_period: number | null;
  /** A carried value still waiting for someone to confirm it ("từ 2022, cần xác nhận"). */
  carried_pending: Generated<boolean>;
}

export interface EvidenceFilesTable {
  id: Generated<string>;
  assessment_id: string;
  indicator_code: string;
  file_name: string;
  /** The type found in the content, not the one the browser claimed. */
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: DefaultedTimestamp;
}

export interface AssignmentsTable {
  unit_id: string;
  pack_row_id: string;
  indicator_code: string;
  lead_agency: string | null;
  cooperating_agencies: Json<string[]>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultedTimestamp;
}

export interface IndicatorWorkflowTable {
  assessment_id: string;
  indicator_code: string;
  status: IndicatorStatus;
  /** Why a reviewer returned it. */
  reason: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultedTimestamp;
}

export interface ScoreSnapshotsTable {
  id: Generated<string>;
  assessment_id: string | null;
  period: number;
  pack_row_id: string;
  pack_hash: string;
  /** The units of the cohort and the min/max used by cohort-relative indicators. */
  reference: Json<unknown>;
  result: Json<unknown>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
}

export interface PublishedResultsTable {
  id: Generated<string>;
  import_id: string;
  period: number;
  pack_id: string;
  /** Null for a provincial average. */
  unit_id: string | null;
  /** Null when only the rank was published. */
  overall: number | null;
  rank: number | null;
  indices: Json<Record<string, number>>;
  pillars: Json<Record<string, number>>;
  source: string | null;
  kind: ColumnType<"province" | "average", "province" | "average" | undefined, "province" | "average">;
  /** The cohort ranked in, as written ("63", "34", "63?"), and its size when known. */
  cohort: string | null;
  cohort_size: number | null;
  pillar_ranks: ColumnType<Record<string, number>, string | undefined, string>;
  /** The framework decision as the source writes it, e.g. "922/QĐ-BTTTT". */
  framework: string | null;
  name_as_published: string | null;
  note: string | null;
  sources: ColumnType<string[], string | undefined, string>;
}

export interface ImportsTable {
  id: Generated<string>;
  kind: "published_results" | "assessment_workbook";
  /** sha256 of the file: importing the same file twice changes nothing the second time. */
  checksum: string;
  target: string;
  rows: number;
  created_by: string | null;
  created_at: DefaultedTimestamp;
}

export interface PlanItemsTable {
  id: Generated<string>;
  assessment_id: string;
  indicator_code: string;
  current_value: string | null;
  /** The target as values of the indicator's inputs, keyed by input id (migration 0006). */
  target_inputs: ColumnType<Record<string, number | boolean | string> | null, string | null | undefined, string | null>;
  /** The old free-text target (and typed points), kept readable as a note (migration 0006). */
  target_note: string | null;
  lead_agency: string | null;
  cooperating_agencies: Json<string[]>;
  deadline: string | null;
  status: Generated<PlanStatus>;
  progress_notes: Json<{ at: string; by: string | null; note: string }[]>;
  version: Generated<number>;
  created_by: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

/** A province's goal for an assessment's plan: a DTI value (0..1) or a rank in the published cohort. */
export interface PlanGoalsTable {
  assessment_id: string;
  kind: "value" | "rank";
  target: number;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: DefaultedTimestamp;
}

export interface AuditLogTable {
  /** bigserial, read as a number by both back ends (see create-db.ts). */
  id: Generated<number>;
  at: DefaultedTimestamp;
  actor_id: string | null;
  /** e.g. "input.set", "indicator.approve", "assessment.lock". */
  action: string;
  entity: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  packs: PacksTable;
  units: UnitsTable;
  unit_lineage: UnitLineageTable;
  assessments: AssessmentsTable;
  input_values: InputValuesTable;
  assessment_values_docs: AssessmentValuesDocsTable;
  evidence_files: EvidenceFilesTable;
  assignments: AssignmentsTable;
  indicator_workflow: IndicatorWorkflowTable;
  score_snapshots: ScoreSnapshotsTable;
  published_results: PublishedResultsTable;
  imports: ImportsTable;
  plan_items: PlanItemsTable;
  plan_goals: PlanGoalsTable;
  audit_log: AuditLogTable;
}

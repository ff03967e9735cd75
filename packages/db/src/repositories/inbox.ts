import type { Kysely } from "kysely";
import type { AssessmentStatus, Database, IndicatorStatus, PlanStatus } from "../schema";
import { assertIsoDate, compareCodes, nullableDateText } from "./sql-values";
import { reading } from "./transaction";

/**
 * What waits for someone, across assessments: the reads behind each user's inbox. Scoped by unit
 * (`unitIds`, or null for every unit: national admins only); who sees which item within a unit
 * (an agency's own indicators) is decided by the API.
 */
export interface InboxScope {
  /** The units whose items to list; null: every unit. */
  unitIds: readonly string[] | null;
}

export interface InboxIndicator {
  assessmentId: string;
  unitId: string;
  period: number;
  packRowId: string;
  indicatorCode: string;
  status: IndicatorStatus;
  reason: string | null;
  version: number;
  /** Who moved it last: for a submitted indicator, its submitter; for a returned one, its reviewer. */
  updatedBy: string | null;
  updatedAt: Date;
}

export interface InboxAssessment {
  assessmentId: string;
  unitId: string;
  period: number;
  status: AssessmentStatus;
  updatedAt: Date;
}

export interface InboxPlanItem {
  planItemId: string;
  assessmentId: string;
  unitId: string;
  period: number;
  indicatorCode: string;
  /** ISO date. */
  deadline: string;
  status: PlanStatus;
  leadAgency: string | null;
  cooperatingAgencies: string[];
}

export function createInboxRepository(db: Kysely<Database>) {
  return {
    /** Indicators of open assessments in the given review states, by unit, year (newest first) and code. */
    async indicators(scope: InboxScope, statuses: readonly IndicatorStatus[]): Promise<InboxIndicator[]> {
      if (statuses.length === 0 || scope.unitIds?.length === 0) return [];
      return reading(async () => {
        let query = db
          .selectFrom("indicator_workflow as w")
          .innerJoin("assessments as a", "a.id", "w.assessment_id")
          .select([
            "w.assessment_id",
            "a.unit_id",
            "a.period",
            "a.pack_row_id",
            "w.indicator_code",
            "w.status",
            "w.reason",
            "w.version",
            "w.updated_by",
            "w.updated_at",
          ])
          .where("a.status", "=", "open")
          .where("w.status", "in", [...statuses]);
        if (scope.unitIds) query = query.where("a.unit_id", "in", [...scope.unitIds]);
        const rows = await query.execute();
        return rows
          .map((r) => ({
            assessmentId: r.assessment_id,
            unitId: r.unit_id,
            period: r.period,
            packRowId: r.pack_row_id,
            indicatorCode: r.indicator_code,
            status: r.status,
            reason: r.reason,
            version: r.version,
            updatedBy: r.updated_by,
            updatedAt: r.updated_at,
          }))
          .sort((x, y) => x.unitId.localeCompare(y.unitId) || y.period - x.period || compareCodes(x.indicatorCode, y.indicatorCode));
      });
    },

    /** Assessments in the given states (e.g. submitted, waiting to be locked), oldest change first. */
    async assessments(scope: InboxScope, statuses: readonly AssessmentStatus[]): Promise<InboxAssessment[]> {
      if (statuses.length === 0 || scope.unitIds?.length === 0) return [];
      return reading(async () => {
        let query = db
          .selectFrom("assessments")
          .select(["id", "unit_id", "period", "status", "updated_at"])
          .where("status", "in", [...statuses]);
        if (scope.unitIds) query = query.where("unit_id", "in", [...scope.unitIds]);
        const rows = await query.orderBy("updated_at").orderBy("id").execute();
        return rows.map((r) => ({ assessmentId: r.id, unitId: r.unit_id, period: r.period, status: r.status, updatedAt: r.updated_at }));
      });
    },

    /** Plan items not done nor cancelled whose deadline is on or before `until` (ISO date), earliest first. */
    async deadlines(scope: InboxScope, until: string): Promise<InboxPlanItem[]> {
      assertIsoDate(until, "until");
      if (scope.unitIds?.length === 0) return [];
      return reading(async () => {
        let query = db
          .selectFrom("plan_items as p")
          .innerJoin("assessments as a", "a.id", "p.assessment_id")
          .select([
            "p.id",
            "p.assessment_id",
            "a.unit_id",
            "a.period",
            "p.indicator_code",
            nullableDateText("p.deadline").as("deadline"),
            "p.status",
            "p.lead_agency",
            "p.cooperating_agencies",
          ])
          .where("p.status", "in", ["planned", "in_progress"])
          .where("p.deadline", "is not", null)
          .where("p.deadline", "<=", until);
        if (scope.unitIds) query = query.where("a.unit_id", "in", [...scope.unitIds]);
        const rows = await query.execute();
        return rows
          .filter((r): r is typeof r & { deadline: string } => r.deadline !== null)
          .map((r) => ({
            planItemId: r.id,
            assessmentId: r.assessment_id,
            unitId: r.unit_id,
            period: r.period,
            indicatorCode: r.indicator_code,
            deadline: r.deadline,
            status: r.status,
            leadAgency: r.lead_agency,
            cooperatingAgencies: r.cooperating_agencies,
          }))
          .sort((x, y) => x.deadline.localeCompare(y.deadline) || compareCodes(x.indicatorCode, y.indicatorCode));
      });
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;

import type { Role } from "@dti/contracts/enums";
import { ApiError } from "./errors";

/**
 * Who may do what, as small pure functions of the user and the data at hand, so that each rule
 * can be read and table-tested alone. Procedures call them on the server before every read and
 * write; nothing here trusts the client.
 *
 * - national_admin: everything, everywhere.
 * - province_admin: everything within its province (assessments, inputs, review, assignments,
 *   plans, users who are contributors or viewers of the province).
 * - agency_contributor: reads its province; writes only the inputs, evidence and indicator
 *   submissions of indicators assigned to its agency (as lead or cooperating agency), and progress
 *   notes on plan items of its agency.
 * - viewer: reads its province.
 * Published results, units and packs are readable by every signed-in user.
 */
export interface Actor {
  id: string;
  role: Role;
  unitId: string | null;
  agency: string | null;
}

/** An indicator's agencies for one province: the province's assignment, else the pack's default. */
export interface Assignment {
  indicatorCode: string;
  leadAgency: string | null;
  cooperatingAgencies: readonly string[];
}

export interface AssessmentScope {
  unitId: string;
}

const isNational = (user: Actor) => user.role === "national_admin";
const inProvince = (user: Actor, unitId: string) => user.unitId !== null && user.unitId === unitId;

export function canReadUnitData(user: Actor, unitId: string): boolean {
  return isNational(user) || inProvince(user, unitId);
}

export function canReadAssessment(user: Actor, assessment: AssessmentScope): boolean {
  return canReadUnitData(user, assessment.unitId);
}

export function canCreateAssessment(user: Actor, unitId: string): boolean {
  return isNational(user) || (user.role === "province_admin" && inProvince(user, unitId));
}

/** Province-level management of one assessment: submit it, snapshot it, review indicators, plans, assignments. */
export function canManageAssessment(user: Actor, assessment: AssessmentScope): boolean {
  return canCreateAssessment(user, assessment.unitId);
}

/** Locking (and reopening) is the ministry's act: national admins only. */
export function canLockAssessment(user: Actor): boolean {
  return isNational(user);
}

export function isAssignedTo(agency: string, assignment: Assignment): boolean {
  return assignment.leadAgency === agency || assignment.cooperatingAgencies.includes(agency);
}

/** The indicator codes an agency works on, as lead or cooperating agency. */
export function indicatorsOfAgency(agency: string, assignments: readonly Assignment[]): Set<string> {
  return new Set(assignments.filter((a) => isAssignedTo(agency, a)).map((a) => a.indicatorCode));
}

/** Which indicators read an input (and which general-information item it is), from the pack. */
export interface InputUsage {
  indicatorsOf(inputId: string): readonly string[];
  /** The lead agency of the general-information item (A1–A20) the input is, if it is one. */
  generalInfoLeadOf(inputId: string): string | null;
}

/**
 * May the user change this input of this assessment? An agency contributor may when at least one
 * indicator reading the input is assigned to its agency, or when the input is a general-information
 * item its agency leads.
 */
export function canWriteInput(
  user: Actor,
  assessment: AssessmentScope,
  inputId: string,
  assignments: readonly Assignment[],
  usage: InputUsage,
): boolean {
  if (canManageAssessment(user, assessment)) return true;
  if (user.role !== "agency_contributor" || !user.agency || !inProvince(user, assessment.unitId)) return false;
  const mine = indicatorsOfAgency(user.agency, assignments);
  if (usage.indicatorsOf(inputId).some((code) => mine.has(code))) return true;
  return usage.generalInfoLeadOf(inputId) === user.agency;
}

/** Submitting an indicator for review, and attaching evidence to it. */
export function canWorkOnIndicator(
  user: Actor,
  assessment: AssessmentScope,
  indicatorCode: string,
  assignments: readonly Assignment[],
): boolean {
  if (canManageAssessment(user, assessment)) return true;
  if (user.role !== "agency_contributor" || !user.agency || !inProvince(user, assessment.unitId)) return false;
  return indicatorsOfAgency(user.agency, assignments).has(indicatorCode);
}

/** Approving or returning an indicator is the province's DTI team's review. */
export function canReviewIndicator(user: Actor, assessment: AssessmentScope): boolean {
  return canManageAssessment(user, assessment);
}

export function canManageAssignments(user: Actor, unitId: string): boolean {
  return canCreateAssessment(user, unitId);
}

export function canAddProgressNote(
  user: Actor,
  assessment: AssessmentScope,
  item: { leadAgency: string | null; cooperatingAgencies: readonly string[] },
): boolean {
  if (canManageAssessment(user, assessment)) return true;
  if (user.role !== "agency_contributor" || !user.agency || !inProvince(user, assessment.unitId)) return false;
  return item.leadAgency === user.agency || item.cooperatingAgencies.includes(user.agency);
}

/** National admins manage everyone; a province admin manages the contributors and viewers of its province. */
export function canManageUser(actor: Actor, target: { role: Role; unitId: string | null }): boolean {
  if (isNational(actor)) return true;
  if (actor.role !== "province_admin" || target.unitId === null) return false;
  return inProvince(actor, target.unitId) && (target.role === "agency_contributor" || target.role === "viewer");
}

export function canManagePacks(user: Actor): boolean {
  return isNational(user);
}

export function canImportPublished(user: Actor): boolean {
  return isNational(user);
}

/** Computed rankings compare every province's unpublished data: national admins only. */
export function canReadComputedRankings(user: Actor): boolean {
  return isNational(user);
}

export function canReadAudit(user: Actor, unitId: string | null): boolean {
  if (isNational(user)) return true;
  return unitId !== null && user.role === "province_admin" && inProvince(user, unitId);
}

/**
 * Throws FORBIDDEN, or NOT_FOUND where saying "forbidden" would reveal that another province's
 * unpublished thing exists.
 */
export function ensure(allowed: boolean, message: string, options: { hide?: boolean } = {}): void {
  if (allowed) return;
  throw options.hide ? new ApiError("NOT_FOUND", message) : new ApiError("FORBIDDEN", message);
}

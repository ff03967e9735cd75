import { describe, expect, it } from "vitest";
import {
  canAddProgressNote,
  canCreateAssessment,
  canLockAssessment,
  canManageUser,
  canReadAssessment,
  canReadAudit,
  canReadComputedRankings,
  canReviewIndicator,
  canWorkOnIndicator,
  canWriteInput,
  type Actor,
  type Assignment,
  type InputUsage,
} from "./access";

const national: Actor = { id: "n", role: "national_admin", unitId: null, agency: null };
const adminDN: Actor = { id: "a", role: "province_admin", unitId: "p63-48", agency: null };
const adminQN: Actor = { id: "q", role: "province_admin", unitId: "p63-22", agency: null };
const tttt: Actor = { id: "c", role: "agency_contributor", unitId: "p63-48", agency: "Sở TTTT" };
const finance: Actor = { id: "f", role: "agency_contributor", unitId: "p63-48", agency: "Sở Tài chính" };
const ttttQN: Actor = { id: "cq", role: "agency_contributor", unitId: "p63-22", agency: "Sở TTTT" };
const viewer: Actor = { id: "v", role: "viewer", unitId: "p63-48", agency: null };

const daNang = { unitId: "p63-48" };
const assignments: Assignment[] = [
  { indicatorCode: "3.3", leadAgency: "Sở TTTT", cooperatingAgencies: [] },
  { indicatorCode: "4.1", leadAgency: "Sở Nội vụ", cooperatingAgencies: ["Sở Tài chính"] },
  { indicatorCode: "6.1", leadAgency: "VP UBND tỉnh", cooperatingAgencies: [] },
];
const usage: InputUsage = {
  indicatorsOf: (id) =>
    ({ households_with_fiber: ["3.3"], households_total: ["3.3", "8.4"], civil_servants_trained: ["4.1"], portal_visits: ["6.1"] })[id] ??
    [],
  generalInfoLeadOf: (id) => (id === "population_total" ? "Sở TTTT" : null),
};

describe("canReadAssessment", () => {
  it.each([
    [national, true],
    [adminDN, true],
    [tttt, true],
    [viewer, true],
    [adminQN, false],
    [ttttQN, false],
  ])("%o → %s", (user, expected) => expect(canReadAssessment(user, daNang)).toBe(expected));
});

describe("canCreateAssessment", () => {
  it.each([
    [national, "p63-48", true],
    [adminDN, "p63-48", true],
    [adminDN, "p63-22", false],
    [tttt, "p63-48", false],
    [viewer, "p63-48", false],
  ])("%o in %s → %s", (user, unit, expected) => expect(canCreateAssessment(user, unit)).toBe(expected));
});

describe("canWriteInput", () => {
  it.each([
    [national, "portal_visits", true],
    [adminDN, "portal_visits", true],
    [adminQN, "households_with_fiber", false],
    [tttt, "households_with_fiber", true], // lead of 3.3
    [tttt, "households_total", true], // read by 3.3 (and 8.4)
    [tttt, "civil_servants_trained", false], // 4.1 is not Sở TTTT's
    [tttt, "population_total", true], // general information led by Sở TTTT
    [finance, "civil_servants_trained", true], // cooperating on 4.1
    [finance, "households_with_fiber", false],
    [finance, "population_total", false],
    [ttttQN, "households_with_fiber", false], // same agency, other province
    [viewer, "households_with_fiber", false],
  ])("%o writes %s → %s", (user, input, expected) => expect(canWriteInput(user, daNang, input, assignments, usage)).toBe(expected));
});

describe("canWorkOnIndicator (submit, evidence)", () => {
  it.each([
    [tttt, "3.3", true],
    [tttt, "4.1", false],
    [finance, "4.1", true],
    [adminDN, "6.1", true],
    [viewer, "3.3", false],
    [ttttQN, "3.3", false],
  ])("%o on %s → %s", (user, code, expected) => expect(canWorkOnIndicator(user, daNang, code, assignments)).toBe(expected));
});

describe("review, lock, rankings, audit", () => {
  it.each([
    [national, true, true, true, true],
    [adminDN, true, false, false, true],
    [adminQN, false, false, false, false],
    [tttt, false, false, false, false],
    [viewer, false, false, false, false],
  ])("%o: review %s, lock %s, computed rankings %s, audit %s", (user, review, lock, rankings, audit) => {
    expect(canReviewIndicator(user, daNang)).toBe(review);
    expect(canLockAssessment(user)).toBe(lock);
    expect(canReadComputedRankings(user)).toBe(rankings);
    expect(canReadAudit(user, "p63-48")).toBe(audit);
  });
});

describe("canAddProgressNote", () => {
  const item = { leadAgency: "Sở TTTT", cooperatingAgencies: ["Sở Tài chính"] };
  it.each([
    [adminDN, true],
    [tttt, true],
    [finance, true],
    [{ ...tttt, agency: "Sở Nội vụ" }, false],
    [ttttQN, false],
    [viewer, false],
  ])("%o → %s", (user, expected) => expect(canAddProgressNote(user, daNang, item)).toBe(expected));
});

describe("canManageUser", () => {
  it.each([
    [national, { role: "national_admin" as const, unitId: null }, true],
    [national, { role: "province_admin" as const, unitId: "p63-22" }, true],
    [adminDN, { role: "agency_contributor" as const, unitId: "p63-48" }, true],
    [adminDN, { role: "viewer" as const, unitId: "p63-48" }, true],
    [adminDN, { role: "province_admin" as const, unitId: "p63-48" }, false],
    [adminDN, { role: "national_admin" as const, unitId: null }, false],
    [adminDN, { role: "viewer" as const, unitId: "p63-22" }, false],
    [tttt, { role: "viewer" as const, unitId: "p63-48" }, false],
  ])("%o manages %o → %s", (actor, target, expected) => expect(canManageUser(actor, target)).toBe(expected));
});

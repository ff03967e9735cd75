import pack2022 from "@dti-packs/dti-province-2022";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUser, toSessionUser, type SessionUser } from "./auth/users";
import { appRouter } from "./router";
import { createTestApi, refusal, TEST_PASSWORD, type TestApi } from "./testing/index";

/**
 * The access matrix, generated from the router: every procedure × every actor, where the actors
 * are the roles (national admin, province admin, agency contributor, viewer, nobody signed in) in
 * the province that owns the data (Đà Nẵng, p63-48) and in another one (Quảng Ninh, p63-22), and for
 * agency contributors an agency assigned to the indicator (Sở TTTT leads 3.3) and one that is not
 * (Sở Nội vụ). Each cell's expected outcome is written out below, per procedure:
 *
 * - `ok`: the call passes access control — it succeeds, or fails on a rule of the data after the
 *   access check (INVALID_STATE, ALREADY_EXISTS, CONFLICT, PACK_INVALID, IMPORT_INVALID,
 *   VARIANT_INVALID, LOGIN_FAILED…);
 * - `FORBIDDEN`, `NOT_FOUND` (another province's unpublished data is hidden), `UNAUTHENTICATED`.
 *
 * A procedure added to the router without a row here fails the test.
 */
type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED";
const ACCESS_CODES = new Set(["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"]);

export const ACTORS = [
  "national",
  "adminOwn",
  "adminOther",
  "agencyAssigned",
  "agencyUnassigned",
  "agencyOther",
  "viewerOwn",
  "viewerOther",
  "anonymous",
] as const;
type ActorName = (typeof ACTORS)[number];

/** Row shorthands: outcomes in ACTORS order. */
const row = (...outcomes: Outcome[]): Record<ActorName, Outcome> => {
  expect(outcomes).toHaveLength(ACTORS.length);
  return Object.fromEntries(ACTORS.map((a, i) => [a, outcomes[i]!])) as Record<ActorName, Outcome>;
};
const U: Outcome = "UNAUTHENTICATED";
const F: Outcome = "FORBIDDEN";
const N: Outcome = "NOT_FOUND";
const OK: Outcome = "ok";
/** Any signed-in user. */
const SIGNED_IN = () => row(OK, OK, OK, OK, OK, OK, OK, OK, U);
/** Readers of the province's unpublished data: national admin and everyone of the province. */
const READERS = () => row(OK, OK, N, OK, OK, N, OK, N, U);
/** The province's management (and the national admin); others of the province are forbidden, other provinces see nothing. */
const MANAGERS = () => row(OK, OK, N, F, F, N, F, N, U);
/** Work on indicator 3.3: management and the agency assigned to it. */
const ASSIGNED = () => row(OK, OK, N, OK, F, N, F, N, U);
const NATIONAL_ONLY = () => row(OK, F, F, F, F, F, F, F, U);

interface Fixture {
  api: TestApi;
  assessmentId: string;
  packRowId: string;
  planId: string;
  n: number;
}

interface Case {
  expected: () => Record<ActorName, Outcome>;
  /** The input for one cell (may create what the call consumes, e.g. a plan item to remove). */
  input: (f: Fixture) => unknown | Promise<unknown>;
}

const current = async (f: Fixture, inputId: string) =>
  (await f.api.as("national").assessments.get({ assessmentId: f.assessmentId })).inputs.find((i) => i.inputId === inputId)?.version ?? null;

export const MATRIX: Record<string, Case> = {
  "auth.login": {
    expected: () => row(OK, OK, OK, OK, OK, OK, OK, OK, OK),
    input: () => ({ email: "viewerdn@test.vn", password: TEST_PASSWORD }),
  },
  "auth.logout": { expected: SIGNED_IN, input: () => undefined },
  "auth.me": { expected: () => row(OK, OK, OK, OK, OK, OK, OK, OK, OK), input: () => undefined },
  // A wrong current password: LOGIN_FAILED once signed in (the password is checked, nothing changes).
  "auth.changePassword": { expected: SIGNED_IN, input: () => ({ currentPassword: "not the password", newPassword: "x" }) },
  "packs.list": { expected: SIGNED_IN, input: () => ({}) },
  "packs.get": { expected: SIGNED_IN, input: (f) => ({ id: f.packRowId }) },
  "packs.upload": { expected: NATIONAL_ONLY, input: () => ({ bundle: { format: "dti-pack-bundle@1", pack: {} } }) },
  "packs.activate": { expected: NATIONAL_ONLY, input: (f) => ({ id: f.packRowId }) },
  "packs.scoreDataset": { expected: NATIONAL_ONLY, input: (f) => ({ packRowId: f.packRowId, period: 2022 }) },
  "units.list": { expected: SIGNED_IN, input: () => ({}) },
  "units.lineage": { expected: SIGNED_IN, input: () => ({ unitId: "p63-48" }) },
  // The province's assessment exists: ALREADY_EXISTS once past the access check.
  "assessments.create": { expected: () => row(OK, OK, F, F, F, F, F, F, U), input: () => ({ unitId: "p63-48", period: 2022 }) },
  "assessments.list": { expected: SIGNED_IN, input: () => ({}) },
  "assessments.get": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "assessments.setInput": {
    expected: ASSIGNED,
    input: async (f) => ({
      assessmentId: f.assessmentId,
      inputId: "households_with_fiber",
      value: 1000 + f.n,
      expectedVersion: await current(f, "households_with_fiber"),
    }),
  },
  "assessments.importValues": {
    expected: ASSIGNED,
    input: (f) => ({ assessmentId: f.assessmentId, values: [{ inputId: "households_with_fiber", value: 2000 + f.n }] }),
  },
  "assessments.score": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "assessments.snapshot": { expected: MANAGERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "assessments.snapshots": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  // Reopening is the ministry's act (the assessment is open, so a national admin gets INVALID_STATE).
  "assessments.transition": {
    expected: () => row(OK, F, N, F, F, N, F, N, U),
    input: (f) => ({ assessmentId: f.assessmentId, action: "reopen", expectedVersion: 1 }),
  },
  "workflow.list": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "workflow.transition": {
    expected: ASSIGNED,
    input: async (f) => ({
      assessmentId: f.assessmentId,
      indicatorCode: "3.3",
      action: "submit",
      expectedVersion:
        (await f.api.as("national").workflow.list({ assessmentId: f.assessmentId })).find((s) => s.indicatorCode === "3.3")?.version ?? 0,
    }),
  },
  "assignments.list": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "assignments.update": {
    expected: MANAGERS,
    input: async (f) => ({
      assessmentId: f.assessmentId,
      indicatorCode: "3.3",
      leadAgency: "Sở TTTT",
      cooperatingAgencies: [],
      expectedVersion: (await f.api.as("national").assignments.list({ assessmentId: f.assessmentId })).find(
        (a) => a.indicatorCode === "3.3",
      )!.version,
    }),
  },
  "evidence.list": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "evidence.remove": {
    expected: ASSIGNED,
    input: async (f) => {
      const file = await f.api.repos.evidence.add(
        {
          assessmentId: f.assessmentId,
          indicatorCode: "3.3",
          fileName: `note-${f.n}.txt`,
          bytes: new TextEncoder().encode(`evidence ${f.n}`),
        },
        { userId: null },
      );
      return { id: file.id };
    },
  },
  "plans.list": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  "plans.projection": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  // The points a target would earn: a reader may ask (nothing is written).
  "plans.preview": {
    expected: READERS,
    input: (f) => ({ assessmentId: f.assessmentId, indicatorCode: "3.3", targetInputs: { households_with_fiber: 1000 } }),
  },
  // The province's goal: its management only (after the first, CONFLICT on the stale version).
  "plans.setGoal": {
    expected: MANAGERS,
    input: (f) => ({ assessmentId: f.assessmentId, goal: { kind: "value", target: 0.6 }, expectedVersion: null }),
  },
  "assessments.completeness": { expected: READERS, input: (f) => ({ assessmentId: f.assessmentId }) },
  // Confirming carried values is changing them: whoever may write 3.3's inputs.
  "assessments.confirmCarried": { expected: ASSIGNED, input: (f) => ({ assessmentId: f.assessmentId, indicatorCode: "3.3" }) },
  // What waits for the user: every signed-in user has an inbox (a viewer's is empty).
  "inbox.mine": { expected: SIGNED_IN, input: () => ({}) },
  // How two active packs correspond: public framework facts, for anyone signed in.
  "packs.comparability": { expected: SIGNED_IN, input: (f) => ({ a: f.packRowId, b: f.packRowId }) },
  // Rank bands over every province's unpublished data: national admins only.
  "variants.sensitivity": { expected: NATIONAL_ONLY, input: (f) => ({ packId: f.packRowId, period: 2022, runs: 5, seed: 1 }) },
  "plans.create": { expected: MANAGERS, input: (f) => ({ assessmentId: f.assessmentId, indicatorCode: "3.3" }) },
  "plans.update": {
    expected: MANAGERS,
    input: async (f) => ({
      id: f.planId,
      expectedVersion: (await f.api.as("national").plans.list({ assessmentId: f.assessmentId })).find((p) => p.id === f.planId)!.version,
      status: "in_progress",
    }),
  },
  "plans.remove": {
    expected: MANAGERS,
    input: async (f) => {
      const item = await f.api.as("national").plans.create({ assessmentId: f.assessmentId, indicatorCode: "3.3" });
      return { id: item.id, expectedVersion: item.version };
    },
  },
  "plans.addNote": { expected: ASSIGNED, input: (f) => ({ id: f.planId, note: `ghi chú ${f.n}` }) },
  "published.list": { expected: SIGNED_IN, input: () => ({ period: 2022 }) },
  "published.importCsv": { expected: NATIONAL_ONLY, input: () => ({ packId: "dti-province-2022", period: 2022, csv: "not,a,table" }) },
  "rankings.get": { expected: SIGNED_IN, input: () => ({ period: 2022 }) },
  "rankings.computed": { expected: NATIONAL_ONLY, input: () => ({ period: 2022 }) },
  "map.get": { expected: SIGNED_IN, input: () => ({ period: 2025 }) },
  "audit.list": { expected: () => row(OK, OK, N, F, F, N, F, N, U), input: (f) => ({ assessmentId: f.assessmentId }) },
  // Each admin lists its own scope; contributors and viewers list nobody.
  "users.list": { expected: () => row(OK, OK, OK, F, F, F, F, F, U), input: () => ({}) },
  "users.create": {
    expected: () => row(OK, OK, F, F, F, F, F, F, U),
    input: (f) => ({ email: `matrix-${f.n}@test.vn`, name: "matrix", password: TEST_PASSWORD, role: "viewer", unitId: "p63-48" }),
  },
  // Another province's account is not found (not forbidden), for everyone who cannot manage it.
  "users.setDisabled": {
    expected: () => row(OK, OK, N, N, N, N, N, N, U),
    input: async (f) => {
      const user = await insertUser(f.api.repos, {
        email: `target-${f.n}@test.vn`,
        name: "target",
        password: TEST_PASSWORD,
        role: "viewer",
        unitId: "p63-48",
      });
      return { userId: user.id, disabled: true };
    },
  },
  "variants.score": { expected: NATIONAL_ONLY, input: (f) => ({ packId: f.packRowId, period: 2022, variant: {} }) },
};

const procedures = (appRouter._def as unknown as { procedures: Record<string, { _def: { type: "query" | "mutation" } }> }).procedures;

describe("the access matrix", () => {
  it("lists an expectation for every procedure of the router, and none that does not exist", () => {
    expect(Object.keys(procedures).filter((name) => !(name in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !(name in procedures))).toEqual([]);
  });
});

describe.each(testBackends())("the access matrix on %s", (kind) => {
  let f: Fixture;
  const actors = {} as Record<ActorName, SessionUser | null>;
  beforeAll(async () => {
    const api = await createTestApi(kind, [pack2022], { rateLimits: { perEmail: 1000, perIp: 100_000, windowMs: 60_000 } });
    const assessment = await api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 });
    const plan = await api.as("adminDN").plans.create({ assessmentId: assessment.id, indicatorCode: "3.3", leadAgency: "Sở TTTT" });
    const viewerQN = await insertUser(api.repos, {
      email: "viewerqn@test.vn",
      name: "viewerQN",
      password: TEST_PASSWORD,
      role: "viewer",
      unitId: "p63-22",
    });
    Object.assign(actors, {
      national: api.users.national,
      adminOwn: api.users.adminDN,
      adminOther: api.users.adminQN,
      agencyAssigned: api.users.ttttDN,
      agencyUnassigned: api.users.noiVuDN,
      agencyOther: api.users.ttttQN,
      viewerOwn: api.users.viewerDN,
      viewerOther: toSessionUser(viewerQN),
      anonymous: null,
    });
    f = { api, assessmentId: assessment.id, packRowId: assessment.pack.rowId, planId: plan.id, n: 0 };
  });
  afterAll(() => f?.api.close());

  it.each(Object.keys(MATRIX).sort())("%s × every actor", async (name) => {
    const entry = MATRIX[name]!;
    const expected = entry.expected();
    const actual = {} as Record<ActorName, string>;
    for (const actor of ACTORS) {
      f.n += 1;
      const input = await entry.input(f);
      const [group, procedure] = name.split(".") as [string, string];
      const caller = f.api.as(actors[actor]) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
      let outcome: string;
      try {
        await caller[group]![procedure]!(input);
        outcome = "ok";
      } catch (error) {
        const code = (await refusal(Promise.reject(error))).code;
        outcome = ACCESS_CODES.has(code) ? code : "ok";
      }
      actual[actor] = outcome;
    }
    expect(actual).toEqual(expected);
  });
});

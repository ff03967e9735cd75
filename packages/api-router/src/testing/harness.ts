import { createRepositories, type Db, type Repositories } from "@dti/db";
import { freshDb } from "@dti/db/testing";
import { createEngine, type Engine } from "@dti/engine";
import type { Role } from "@dti/contracts/enums";
import { insertUser, toSessionUser, type SessionUser } from "../auth/users";
import { createContext, type ApiSettings } from "../context";
import { createPackRegistry, type PackRegistry } from "../services/pack-registry";
import { registerInstalledPacks, seedUnits } from "../services/seed";
import { createCaller } from "../router";

export const TEST_PASSWORD = "test password 123";

/** Da Nang (p63-48) and Quang Ninh (p63-22): two provinces, to check that neither reaches the other. */
export const TEST_USERS = {
  national: { role: "national_admin", unitId: null, agency: null },
  adminDN: { role: "province_admin", unitId: "p63-48", agency: null },
  adminQN: { role: "province_admin", unitId: "p63-22", agency: null },
  ttttDN: { role: "agency_contributor", unitId: "p63-48", agency: "Sở TTTT" },
  noiVuDN: { role: "agency_contributor", unitId: "p63-48", agency: "Sở Nội vụ" },
  ttttQN: { role: "agency_contributor", unitId: "p63-22", agency: "Sở TTTT" },
  viewerDN: { role: "viewer", unitId: "p63-48", agency: null },
} as const satisfies Record<string, { role: Role; unitId: string | null; agency: string | null }>;

export type TestUserName = keyof typeof TEST_USERS;

export interface TestApi {
  database: Db;
  engine: Engine;
  packs: PackRegistry;
  repos: Repositories;
  users: Record<TestUserName, SessionUser>;
  /**
   * A tRPC caller acting as the user (no cookie session: no CSRF, as for in-process callers);
   * `settings` overrides the deployment's settings for this caller (e.g. separationOfDuties).
   */
  as(user: SessionUser | TestUserName | null, settings?: Partial<ApiSettings>): ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

/**
 * A migrated database on the given back end with the units, the given packs (active) and one user
 * per test role, each with TEST_PASSWORD and e-mail `<name>@test.vn`.
 */
export async function createTestApi(
  kind: "pglite" | "postgres",
  packContents: readonly unknown[],
  settings: Partial<ApiSettings> = {},
): Promise<TestApi> {
  const database = await freshDb(kind);
  const engine = createEngine();
  const repos = createRepositories(database.db);
  const packs = createPackRegistry(repos.packs, engine);
  await seedUnits(repos);
  await registerInstalledPacks(repos, engine, packContents);
  const users = {} as Record<TestUserName, SessionUser>;
  for (const [name, scope] of Object.entries(TEST_USERS) as [TestUserName, (typeof TEST_USERS)[TestUserName]][]) {
    const row = await insertUser(repos, { email: `${name}@test.vn`, password: TEST_PASSWORD, name, ...scope });
    users[name] = toSessionUser(row);
  }
  return {
    database,
    engine,
    packs,
    repos,
    users,
    as: (user, override = {}) =>
      createCaller(
        createContext({
          db: database,
          engine,
          packs,
          repos,
          user: typeof user === "string" ? users[user] : user,
          settings: { ...settings, ...override },
        }),
      ),
    close: () => database.close(),
  };
}

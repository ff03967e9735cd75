import { readFileSync } from "node:fs";
import { insertUser, packInputs, type PackRegistry } from "@dti/api-router";
import { SYSTEM_ACTOR, type Repositories } from "@dti/db";

/**
 * The demo mode: three fictional provinces ("Tỉnh Demo A/B/C (dữ liệu minh họa)") in their own
 * region `demo`, each with a 2022 assessment filled from made-up figures, and demo accounts whose
 * names end in "(demo)" and whose shared password is documented. Never real provinces, never real
 * figures; idempotent on restart. The figures are the demo data of the dti-province-2022 pack
 * (`@dti-packs/dti-province-2022/demo`), the file `pnpm demo` scores.
 */
export const DEMO_PASSWORD = "demo-password-2022";

export const DEMO_USERS = [
  { email: "quantri@demo.local", name: "Quản trị quốc gia (demo)", role: "national_admin", unitId: null, agency: null },
  { email: "tinh-a@demo.local", name: "Quản trị Tỉnh Demo A (demo)", role: "province_admin", unitId: "demo-a", agency: null },
  { email: "sotttt-a@demo.local", name: "Sở TTTT Tỉnh Demo A (demo)", role: "agency_contributor", unitId: "demo-a", agency: "Sở TTTT" },
  {
    email: "sonoivu-a@demo.local",
    name: "Sở Nội vụ Tỉnh Demo A (demo)",
    role: "agency_contributor",
    unitId: "demo-a",
    agency: "Sở Nội vụ",
  },
  { email: "xem-a@demo.local", name: "Người xem Tỉnh Demo A (demo)", role: "viewer", unitId: "demo-a", agency: null },
  { email: "tinh-b@demo.local", name: "Quản trị Tỉnh Demo B (demo)", role: "province_admin", unitId: "demo-b", agency: null },
] as const;

interface DemoFile {
  pack: string;
  period: number;
  units: { code: string; name: string; inputs: Record<string, number | boolean | string | null> }[];
}

export interface DemoOutcome {
  units: number;
  usersCreated: number;
  assessmentsCreated: number;
}

export async function seedDemo(repos: Repositories, packs: PackRegistry, dataFile: URL): Promise<DemoOutcome> {
  const demo = JSON.parse(readFileSync(dataFile, "utf8")) as DemoFile;
  const units = demo.units.map((u) => ({
    id: u.code.toLowerCase(),
    code: u.code,
    name: u.name,
    shortName: u.name.replace(/ \(dữ liệu minh họa\)$/, ""),
    region: "demo",
    validFrom: "2008-08-01",
    validTo: null,
  }));
  await repos.units.seed(units, [], SYSTEM_ACTOR);

  let usersCreated = 0;
  for (const user of DEMO_USERS) {
    if (await repos.users.findByEmail(user.email)) continue;
    await insertUser(repos, { ...user, password: DEMO_PASSWORD, isDemo: true });
    usersCreated += 1;
  }

  const pack = (await packs.active()).find((p) => p.summary.packId === demo.pack);
  if (!pack) throw new Error(`demo mode needs the installed pack ${demo.pack}`);
  const resolve = packInputs(pack.loaded);
  let assessmentsCreated = 0;
  for (const unit of demo.units) {
    const unitId = unit.code.toLowerCase();
    const existing = await repos.assessments.list({ unitId, period: demo.period });
    if (existing.some((a) => a.packRowId === pack.summary.id)) continue;
    const values = Object.entries(unit.inputs).flatMap(([key, value]) => {
      const inputId = resolve.resolve(key);
      return inputId && !resolve.constants.has(inputId) ? [{ inputId, value }] : [];
    });
    // One transaction per province: a crash half-way leaves no half-filled demo assessment.
    await repos.transaction(async (trx) => {
      const assessment = await repos.assessments.create(
        { unitId, period: demo.period, packRowId: pack.summary.id, isDemo: true },
        SYSTEM_ACTOR,
        trx,
      );
      await repos.assignments.initialiseFromPack(
        {
          unitId,
          packRowId: pack.summary.id,
          indicators: pack.loaded.pack.indicators.map((i) => ({
            code: i.code,
            leadAgency: i.leadAgency,
            cooperatingAgencies: i.cooperatingAgencies,
          })),
        },
        SYSTEM_ACTOR,
        trx,
      );
      await repos.inputs.setMany(
        values.map((v) => ({
          assessmentId: assessment.id,
          inputId: v.inputId,
          value: v.value,
          expectedVersion: null,
          source: "dữ liệu minh họa (demo)",
        })),
        SYSTEM_ACTOR,
        trx,
      );
    });
    assessmentsCreated += 1;
  }
  return { units: units.length, usersCreated, assessmentsCreated };
}

/**
 * Writes the demo data of dti-province-2022 (its demo/demo-2022.json, exported as
 * `@dti-packs/dti-province-2022/demo`): three FICTIONAL provinces with made-up but plausible figures for
 * every input of dti-province-2022, so that `pnpm start` shows the whole pipeline. Deterministic:
 * run again after the pack's inputs change (`pnpm --filter @dti/cli run demo:data`); it refuses
 * to guess a figure it has no profile for.
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import pack from "@dti-packs/dti-province-2022";
import { DEMO_2022_FILE } from "@dti-packs/dti-province-2022/demo";
import { createEngine } from "@dti/engine";
import type { InputValue } from "@dti/contracts";

type Three = [number, number, number];

/** Totals (denominators and cohort values) of each fictional province: large, medium, small. */
const TOTALS: Record<string, Three> = {
  population_total: [2_100_000, 1_250_000, 620_000],
  households_total: [640_000, 370_000, 165_000],
  communes_total: [210, 140, 75],
  shared_platforms_deployed: [7, 6, 4],
  civil_servants_total: [3_200, 2_300, 1_400],
  public_employees_total: [38_000, 24_000, 12_500],
  working_age_population: [1_300_000, 760_000, 370_000],
  systems_with_approved_level_dossier: [85, 52, 24],
  servers_total: [240, 130, 60],
  workstations_total: [9_500, 6_000, 3_100],
  info_systems_total: [110, 70, 35],
  incidents_detected: [46, 28, 12],
  dts_budget_total_bvnd: [420, 180, 65],
  dvctt_level3_4_total: [1_150, 1_020, 880],
  state_budget_total_bvnd: [52_000, 24_000, 11_500],
  enterprises_total: [14_500, 6_200, 2_300],
  smes_total: [13_600, 5_850, 2_180],
  postal_points_total: [260, 170, 95],
  population_15plus: [1_650_000, 960_000, 470_000],
  directives_required_by_mic: [6, 6, 6],
  colleges_total: [18, 7, 3],
  graduates_total: [21_000, 6_500, 1_800],
  tertiary_vocational_total: [42, 24, 12],
  schools_total: [780, 520, 290],
  botnet_ips_detected: [320, 180, 90],
  apps_with_shared_data: [48, 30, 18],
  ndxp_services_total: [30, 30, 30],
  services_eligible_level4: [820, 760, 700],
  dvctt_l3_with_dossiers: [240, 180, 120],
  dvctt_l4_with_dossiers: [310, 240, 150],
  dossiers_total: [1_250_000, 520_000, 210_000],
  citizen_accounts_registered: [420_000, 210_000, 80_000],
  business_accounts_registered: [12_000, 5_100, 1_900],
  citizens_rating: [18_000, 9_000, 3_500],
  businesses_rating: [2_400, 1_100, 420],
  grdp_bvnd: [260_000, 95_000, 38_000],
  parcels_vnpost_viettelpost: [4_800_000, 1_700_000, 520_000],
  // Figures that are not shares of a total.
  directives_signed_by_head: [6, 5, 3],
  portal_dts_article_count: [48, 17, 6],
  platforms_centralized_in_dc: [7, 4, 2],
  platforms_with_ai: [3, 1, 0],
  civil_servants_dts_fulltime: [95, 48, 20],
  civil_servants_dts_parttime: [310, 190, 95],
  public_employees_dts_fulltime: [160, 70, 22],
  public_employees_dts_parttime: [420, 260, 120],
  cs_infosec_fulltime: [40, 22, 9],
  pe_contract_infosec_fulltime: [35, 15, 6],
  cs_infosec_parttime: [120, 80, 40],
  pe_contract_infosec_parttime: [150, 90, 45],
  colleges_teaching_dts: [12, 4, 1],
  onetouch_trained_citizens: [310_000, 120_000, 35_000],
  drills_held: [6, 3, 1],
  infosec_invest_bvnd: [30, 8, 1],
  infosec_recurrent_bvnd: [14, 5, 1.2],
  infosec_monitoring_bvnd: [2.5, 1.2, 0.3],
  infosec_audit_bvnd: [2.1, 0.8, 0.4],
  infosec_drills_bvnd: [2.2, 1.1, 0.6],
  infosec_training_bvnd: [1.5, 0.9, 0.2],
  infosec_awareness_bvnd: [2, 0.6, 0.3],
  ndxp_services_in_use: [21, 14, 8],
  ai_state_mgmt_activities: [5, 2, 0],
  digital_gov_invest_bvnd: [380, 90, 20],
  digital_gov_recurrent_bvnd: [160, 60, 18],
  vn_domains: [5_200, 1_600, 420],
  digital_economy_invest_bvnd: [150, 40, 10],
  digital_economy_recurrent_bvnd: [80, 25, 6],
  digital_society_invest_bvnd: [120, 45, 12],
  digital_society_recurrent_bvnd: [60, 25, 8],
  effective_participation_activities: [14, 7, 2],
};

/** Shares of a total: [input, total (or totals summed), shares of the three provinces]. */
const SHARES: [string, string | string[], Three][] = [
  ["adults_with_smartphone", "population_total", [0.78, 0.7, 0.58]],
  ["households_with_smartphone", "households_total", [0.93, 0.88, 0.8]],
  ["households_with_fiber", "households_total", [0.86, 0.74, 0.55]],
  ["communes_on_tslcd", "communes_total", [1, 0.96, 0.85]],
  ["staff_trained_dts", ["civil_servants_total", "public_employees_total"], [0.82, 0.64, 0.41]],
  ["graduates_dts", "graduates_total", [0.14, 0.09, 0.05]],
  ["workers_trained_digital_skills", "working_age_population", [0.42, 0.3, 0.18]],
  ["tertiary_vocational_doing_dts", "tertiary_vocational_total", [0.86, 0.6, 0.35]],
  ["schools_doing_dts", "schools_total", [0.78, 0.55, 0.32]],
  ["systems_fully_protected", "systems_with_approved_level_dossier", [0.9, 0.62, 0.38]],
  ["servers_sharing_with_ncsc", "servers_total", [0.95, 0.8, 0.5]],
  ["workstations_sharing_with_ncsc", "workstations_total", [0.92, 0.7, 0.45]],
  ["botnet_ips_cleaned", "botnet_ips_detected", [0.96, 0.8, 0.55]],
  ["systems_soc_monitored", "info_systems_total", [0.9, 0.6, 0.3]],
  ["systems_audited", "info_systems_total", [0.7, 0.5, 0.25]],
  ["systems_with_response_plan", "info_systems_total", [0.85, 0.55, 0.3]],
  ["incidents_handled", "incidents_detected", [1, 0.93, 0.75]],
  ["apps_connected_lgsp", "apps_with_shared_data", [0.92, 0.7, 0.5]],
  ["dvctt_level4_or_full", "services_eligible_level4", [1, 0.85, 0.6]],
  ["dvctt_prefilled", "dvctt_level3_4_total", [0.35, 0.2, 0.08]],
  ["dvctt_personalized", "dvctt_level3_4_total", [0.25, 0.12, 0.05]],
  ["dvctt_l3_with_online_dossiers", "dvctt_l3_with_dossiers", [0.8, 0.6, 0.4]],
  ["dvctt_l4_with_online_dossiers", "dvctt_l4_with_dossiers", [0.85, 0.65, 0.45]],
  ["dossiers_online_l3", "dossiers_total", [0.12, 0.06, 0.03]],
  ["dossiers_online_l4", "dossiers_total", [0.55, 0.35, 0.2]],
  ["citizen_accounts_using_dvctt", "citizen_accounts_registered", [0.55, 0.4, 0.28]],
  ["business_accounts_using_dvctt", "business_accounts_registered", [0.8, 0.65, 0.5]],
  ["citizens_satisfied", "citizens_rating", [0.93, 0.88, 0.82]],
  ["businesses_satisfied", "businesses_rating", [0.9, 0.86, 0.8]],
  ["digital_economy_value_added_bvnd", "grdp_bvnd", [0.17, 0.1, 0.06]],
  ["digital_tech_enterprises", "enterprises_total", [0.045, 0.03, 0.015]],
  ["digital_platform_enterprises", "enterprises_total", [0.03, 0.015, 0.005]],
  ["smes_in_smedx", "smes_total", [0.08, 0.05, 0.02]],
  ["smes_using_platforms", "smes_total", [0.45, 0.3, 0.15]],
  ["enterprises_using_econtracts", "enterprises_total", [0.7, 0.5, 0.3]],
  ["enterprises_etax", "enterprises_total", [0.99, 0.97, 0.93]],
  ["postal_points_with_broadband", "postal_points_total", [0.6, 0.45, 0.3]],
  ["ecommerce_transactions_voso_postmart", "parcels_vnpost_viettelpost", [0.04, 0.02, 0.008]],
  ["people_with_digital_id", "population_total", [0.55, 0.42, 0.3]],
  ["people15_with_account", "population_15plus", [0.82, 0.7, 0.55]],
  ["people_with_digital_signature", "population_total", [0.2, 0.12, 0.06]],
  ["households_with_digital_address", "households_total", [0.35, 0.18, 0.06]],
  ["working_age_with_basic_digital_skills", "working_age_population", [0.6, 0.45, 0.3]],
];

/** Yes/no answers fixed where a drawn one would contradict other figures (articles need a section). */
const ANSWERS: Record<string, [boolean, boolean, boolean]> = {
  portal_has_dts_section: [true, true, true],
};

/** Share of yes answers of each province, and a stable pseudo-random draw per input. */
const YES: Three = [0.85, 0.7, 0.45];
function draw(id: string, unit: number): number {
  let h = 2166136261 ^ unit;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

const engine = createEngine();
const loaded = engine.load(pack);
const units = [0, 1, 2].map((u) => {
  const inputs: Record<string, InputValue> = {};
  for (const input of loaded.pack.inputs) {
    if (input.constant !== undefined || input.unit === "text") continue;
    if (input.unit === "boolean") inputs[input.id] = ANSWERS[input.id]?.[u] ?? draw(input.id, u) < YES[u]!;
    else if (input.unit === "choice") {
      const options = input.options!;
      const r = draw(input.id, u);
      const k = u === 0 ? (r < 0.85 ? 0 : 1) : u === 1 ? (r < 0.5 ? 0 : 1) : r < 0.6 ? 1 : options.length - 1;
      inputs[input.id] = options[Math.min(k, options.length - 1)]!.value;
    } else if (TOTALS[input.id]) inputs[input.id] = TOTALS[input.id]![u]!;
  }
  for (const [id, of, shares] of SHARES) {
    const total = (Array.isArray(of) ? of : [of]).reduce((sum, t) => sum + TOTALS[t]![u]!, 0);
    const unitOf = loaded.pack.inputs.find((i) => i.id === id)?.unit;
    const value = total * shares[u]!;
    inputs[id] = unitOf === "count" ? Math.round(value) : Math.round(value * 100) / 100;
  }
  return inputs;
});

const missing = loaded.pack.inputs.filter((i) => i.constant === undefined && i.unit !== "text" && !(i.id in units[0]!)).map((i) => i.id);
if (missing.length > 0) throw new Error(`no demo profile for: ${missing.join(", ")}`);
const unknown = Object.keys(units[0]!).filter((id) => !loaded.pack.inputs.some((i) => i.id === id));
if (unknown.length > 0) throw new Error(`demo profiles for inputs the pack does not have: ${unknown.join(", ")}`);

const request = {
  description:
    "DỮ LIỆU MINH HỌA (demo data): ba tỉnh hư cấu với số liệu bịa ra để minh họa cách tính điểm DTI; không phải số liệu của bất kỳ tỉnh, thành phố nào. Three fictional provinces with made-up figures.",
  pack: loaded.ref.id,
  period: 2022,
  units: [
    { code: "DEMO-A", name: "Tỉnh Demo A (dữ liệu minh họa)", inputs: units[0]! },
    { code: "DEMO-B", name: "Tỉnh Demo B (dữ liệu minh họa)", inputs: units[1]! },
    { code: "DEMO-C", name: "Tỉnh Demo C (dữ liệu minh họa)", inputs: units[2]! },
  ],
};
// Strict scoring proves every input is there and every ratio is possible.
engine.score(loaded, request, { explain: false });
writeFileSync(DEMO_2022_FILE, `${JSON.stringify(request, null, 2)}\n`);
console.log(
  `wrote ${relative(process.cwd(), DEMO_2022_FILE)} (${loaded.ref.id} ${loaded.ref.version}, ${Object.keys(units[0]!).length} inputs per province)`,
);

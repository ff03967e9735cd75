import type { Scores, UnitInput } from "./types";

/**
 * DTI cấp tỉnh 2022 (922/QĐ-BTTTT) scored by plain TypeScript, written indicator by indicator the way a
 * developer would without an engine: one formula per indicator, input names in the code, the pack's
 * choices (zero denominators, ratios allowed above 1, x / max for cohort-relative indicators) hard-coded.
 *
 * It is the benchmark's baseline and an independent cross-check of the engine: it reads every input from
 * the unit objects but does not validate them (the engine refuses missing, unknown, out-of-range and
 * inconsistent values; this code trusts the synthetic cohort).
 */

type HeadRole = "secretary_or_chairman" | "deputy" | "none_or_other";
type Frequency = "weekly_or_more" | "monthly_to_weekly" | "less_than_monthly";
type Assistant = "deployed_personalizable" | "deployed_not_personalized" | "not_deployed";

/** The 2022 inputs, as a province enters them. */
export interface Dti2022Inputs {
  // General information and shared denominators
  population_total: number;
  households_total: number;
  communes_total: number;
  shared_platforms_deployed: number;
  civil_servants_total: number;
  public_employees_total: number;
  working_age_population: number;
  systems_with_approved_level_dossier: number;
  servers_total: number;
  workstations_total: number;
  info_systems_total: number;
  incidents_detected: number;
  dts_budget_total_bvnd: number;
  dvctt_level3_4_total: number;
  state_budget_total_bvnd: number;
  enterprises_total: number;
  smes_total: number;
  postal_points_total: number;
  population_15plus: number;
  // I
  dts_steering_head: HeadRole;
  leader_attends_ubqg_meetings: boolean;
  leader_chairs_dts_meetings: boolean;
  directives_signed_by_head: number;
  directives_required_by_mic: number;
  dts_portal_page_status: "weekly_updates" | "less_frequent_updates" | "none";
  portal_has_dts_section: boolean;
  portal_dts_article_count: number;
  press_has_dts_section: boolean;
  broadcaster_has_dts_section: boolean;
  broadcaster_dts_frequency: Frequency;
  grassroots_radio_has_dts_section: boolean;
  grassroots_radio_dts_frequency: Frequency;
  // II
  party_dts_resolution_issued: boolean;
  five_year_plan_issued: boolean;
  annual_plan_issued: boolean;
  egov_architecture_issued: boolean;
  architecture_training_held: boolean;
  spending_reminder_issued: boolean;
  spending_training_held: boolean;
  min_budget_share_policy_issued: boolean;
  expert_hiring_policy_issued: boolean;
  dvctt_incentive_policy_issued: boolean;
  sme_dts_policy_issued: boolean;
  // III
  adults_with_smartphone: number;
  households_with_smartphone: number;
  households_with_fiber: number;
  communes_on_tslcd: number;
  cloud_dc_status: "meets_standard" | "below_standard" | "none";
  connected_gov_cloud: boolean;
  platforms_centralized_in_dc: number;
  platforms_with_ai: number;
  // IV
  commune_cdt_teams: boolean;
  village_cdt_teams: boolean;
  dic_has_dts_mandate: boolean;
  dic_has_dts_unit: boolean;
  civil_servants_dts_fulltime: number;
  civil_servants_dts_parttime: number;
  public_employees_dts_fulltime: number;
  public_employees_dts_parttime: number;
  cs_infosec_fulltime: number;
  pe_contract_infosec_fulltime: number;
  cs_infosec_parttime: number;
  pe_contract_infosec_parttime: number;
  staff_trained_dts: number;
  colleges_teaching_dts: number;
  colleges_total: number;
  graduates_dts: number;
  graduates_total: number;
  workers_trained_digital_skills: number;
  onetouch_trained_citizens: number;
  tertiary_vocational_doing_dts: number;
  tertiary_vocational_total: number;
  schools_doing_dts: number;
  schools_total: number;
  // V
  systems_fully_protected: number;
  servers_sharing_with_ncsc: number;
  workstations_sharing_with_ncsc: number;
  botnet_ips_cleaned: number;
  botnet_ips_detected: number;
  systems_soc_monitored: number;
  systems_audited: number;
  systems_with_response_plan: number;
  drills_held: number;
  incidents_handled: number;
  infosec_invest_bvnd: number;
  infosec_recurrent_bvnd: number;
  infosec_monitoring_bvnd: number;
  infosec_audit_bvnd: number;
  infosec_drills_bvnd: number;
  infosec_training_bvnd: number;
  infosec_awareness_bvnd: number;
  // VI
  portal_meets_requirements: boolean;
  portal_ipv6: boolean;
  open_data_portal_deployed: boolean;
  open_data_portal_meets_tech: boolean;
  tthc_system_merged: boolean;
  tthc_meets_requirements: boolean;
  tthc_ipv6: boolean;
  other_channel_info: boolean;
  other_channel_dvctt: boolean;
  other_channel_interaction: boolean;
  apps_connected_lgsp: number;
  apps_with_shared_data: number;
  ndxp_services_in_use: number;
  ndxp_services_total: number;
  dvctt_level4_or_full: number;
  services_eligible_level4: number;
  dvctt_prefilled: number;
  dvctt_personalized: number;
  dvctt_l3_with_dossiers: number;
  dvctt_l4_with_dossiers: number;
  dvctt_l3_with_online_dossiers: number;
  dvctt_l4_with_online_dossiers: number;
  dossiers_total: number;
  dossiers_online_l3: number;
  dossiers_online_l4: number;
  citizen_accounts_using_dvctt: number;
  business_accounts_using_dvctt: number;
  citizen_accounts_registered: number;
  business_accounts_registered: number;
  citizens_rating: number;
  citizens_satisfied: number;
  businesses_rating: number;
  businesses_satisfied: number;
  analytics_platform_deployed: boolean;
  governance_platform_deployed: boolean;
  meeting_platform_agencies: boolean;
  meeting_platform_personal_devices: boolean;
  monitoring_platform_deployed: boolean;
  citizen_assistant_status: Assistant;
  staff_assistant_status: Assistant;
  ai_state_mgmt_activities: number;
  digital_gov_invest_bvnd: number;
  digital_gov_recurrent_bvnd: number;
  // VII
  digital_economy_value_added_bvnd: number;
  grdp_bvnd: number;
  digital_tech_enterprises: number;
  digital_platform_enterprises: number;
  smes_in_smedx: number;
  smes_using_platforms: number;
  enterprises_using_econtracts: number;
  enterprises_etax: number;
  postal_points_with_broadband: number;
  ecommerce_transactions_voso_postmart: number;
  parcels_vnpost_viettelpost: number;
  vn_domains: number;
  digital_economy_invest_bvnd: number;
  digital_economy_recurrent_bvnd: number;
  // VIII
  people_with_digital_id: number;
  people15_with_account: number;
  people_with_digital_signature: number;
  households_with_digital_address: number;
  working_age_with_basic_digital_skills: number;
  digital_society_invest_bvnd: number;
  digital_society_recurrent_bvnd: number;
  effective_participation_activities: number;
}

/** The fixed values of the method text (3.6: 7 shared platforms are required). */
const REQUIRED_PLATFORMS = 7;

/** Thresholds are compared with the same tolerance as the engine: 0.3 / 3 is 0.09999999999999999. */
const EPS = 1e-12;

/** Output order of the points columns. */
export const HANDWRITTEN_CODES = [
  "1.1",
  "1.2",
  "1.3",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "1.10",
  "2.1",
  "2.2",
  "2.3",
  "2.4",
  "2.5",
  "2.6",
  "2.7",
  "2.8",
  "2.9",
  "2.10",
  "2.11",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "3.5",
  "3.6",
  "3.7",
  "4.1",
  "4.2",
  "4.3",
  "4.4",
  "4.5",
  "4.6",
  "4.7",
  "4.8",
  "4.9",
  "4.10",
  "4.11",
  "4.12",
  "4.13",
  "5.1",
  "5.2",
  "5.3",
  "5.4",
  "5.5",
  "5.6",
  "5.7",
  "5.8",
  "5.9",
  "5.10",
  "5.11",
  "5.12",
  "5.12.1",
  "5.12.2",
  "5.12.3",
  "5.12.4",
  "5.12.5",
  "5.12.6",
  "6.1",
  "6.2",
  "6.3",
  "6.4",
  "6.5",
  "6.6",
  "6.7",
  "6.8",
  "6.9",
  "6.10",
  "6.11",
  "6.12",
  "6.13",
  "6.14",
  "6.15",
  "6.16",
  "6.17",
  "6.18",
  "6.19",
  "6.20",
  "6.21",
  "6.22",
  "7.1",
  "7.2",
  "7.3",
  "7.4",
  "7.5",
  "7.6",
  "7.7",
  "7.8",
  "7.9",
  "7.10",
  "7.11",
  "7.12",
  "8.1",
  "8.2",
  "8.3",
  "8.4",
  "8.5",
  "8.6",
  "8.7",
  "8.8",
  "9.1",
  "9.2",
  "9.3",
] as const;
const M = HANDWRITTEN_CODES.length;
const at = (code: (typeof HANDWRITTEN_CODES)[number]) => HANDWRITTEN_CODES.indexOf(code);

export const INDEX_CODES = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"] as const;
const INDEX_MAX = [100, 100, 100, 100, 100, 200, 150, 150, 0];
export const PILLAR_IDS = ["cqs", "kts", "xhs"] as const;
/** Pillar = (the five foundation indices + its activity index) / (500 + that index's max). */
const PILLAR_MAX = [700, 650, 650];

/** a / b, at most 1; 0 when b is 0. */
function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.min(1, a / b);
}

/** a / b, uncapped; 0 when b is 0 (the cohort-relative raw values). */
function rate(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** min(1, (a / b) / target): full points from the target up. */
function toTarget(a: number, b: number, target: number): number {
  return b === 0 ? 0 : Math.min(1, a / b / target);
}

/** 5.12.2–5.12.6: ≥ 2 bn: max; ≥ 1 bn: 0.7; ≥ 0.5 bn: 0.3; below: 0. */
function spendBand(amount: number): number {
  return amount >= 2 - EPS ? 1 : amount >= 1 - EPS ? 0.7 : amount >= 0.5 - EPS ? 0.3 : 0;
}

function frequency(f: Frequency): number {
  return f === "weekly_or_more" ? 1 : f === "monthly_to_weekly" ? 0.5 : 0;
}

function assistant(s: Assistant): number {
  return s === "deployed_personalizable" ? 1 : s === "deployed_not_personalized" ? 0.5 : 0;
}

/**
 * Competition ranking (1, 2, 2, 4) on values rounded half up to 4 decimals as published tables round
 * the decimal number (0.62565 → 0.6257, although 625.65 / 1000 is 0.6256499999999999 in binary: a 1e-9
 * nudge removes the binary noise). A unit's rank is 1 + the number of units with a higher rounded value
 * (numeric sort of a Float64Array, then a binary search per unit).
 */
export function rankBySort(values: Float64Array): Int32Array {
  const n = values.length;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = Math.floor(values[i]! * 10000 + 0.5 + 1e-9);
  const sorted = key.slice().sort();
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // First position holding a value above key[i].
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= key[i]!) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = n - lo + 1;
  }
  return ranks;
}

/**
 * The same ranks by counting, for values in 0..1 (overall, indices, pillars): rounded values are whole
 * numbers 0..10000, so a histogram and a running sum replace the sort. Used by the --variants run only.
 */
export function rankByCounting(values: Float64Array): Int32Array {
  const n = values.length;
  const key = new Int32Array(n);
  const above = new Int32Array(10002);
  for (let i = 0; i < n; i++) {
    key[i] = Math.floor(values[i]! * 10000 + 0.5 + 1e-9);
    above[key[i]!]!++;
  }
  let count = 0;
  for (let v = 10001; v >= 0; v--) {
    const here = above[v]!;
    above[v] = count;
    count += here;
  }
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = above[key[i]!]! + 1;
  return ranks;
}

/** The hand-written scorer's ranking. */
export const rank = rankBySort;

// Positions of the cohort-relative indicators, filled in the second pass.
const P45 = at("4.5"),
  P46 = at("4.6"),
  P411 = at("4.11"),
  P51 = at("5.1"),
  P59 = at("5.9"),
  P510 = at("5.10");
const P710 = at("7.10"),
  P86 = at("8.6"),
  P87 = at("8.7");

export function scoreHandwritten(units: readonly UnitInput[], options: { rank?: "sort" | "count" } = {}): Scores {
  const rank = options.rank === "count" ? rankByCounting : rankBySort;
  const n = units.length;
  const points = new Float64Array(n * M);
  // Raw values of the cohort-relative indicators (4.5, 4.6, 4.11, 5.1, 5.9, 5.10, 7.10, 8.6, 8.7).
  const raw = new Float64Array(n * 9);

  for (let u = 0; u < n; u++) {
    const x = units[u]!.inputs as unknown as Dti2022Inputs;
    const p = points.subarray(u * M, (u + 1) * M);
    const r = raw.subarray(u * 9, (u + 1) * 9);
    const population = x.population_total;
    const households = x.households_total;
    const staff = x.civil_servants_total + x.public_employees_total;
    const workingAge = x.working_age_population;
    const approvedSystems = x.systems_with_approved_level_dossier;
    const infoSystems = x.info_systems_total;
    const incidents = x.incidents_detected;
    const level34 = x.dvctt_level3_4_total;
    const stateBudget = x.state_budget_total_bvnd;
    const enterprises = x.enterprises_total;
    const smes = x.smes_total;
    const pop15 = x.population_15plus;
    const platforms = x.shared_platforms_deployed;

    // I Nhận thức số
    const head = x.dts_steering_head;
    p[0] = head === "secretary_or_chairman" ? 10 : head === "deputy" ? 5 : 0;
    p[1] = (x.leader_attends_ubqg_meetings ? 5 : 0) + (x.leader_chairs_dts_meetings ? 5 : 0);
    // 1.3 may exceed 1 (more directives than required), capped at max.
    p[2] = ratio(x.directives_signed_by_head, x.directives_required_by_mic) * 10;
    const page = x.dts_portal_page_status;
    p[3] = page === "weekly_updates" ? 10 : page === "less_frequent_updates" ? 5 : 0;
    const articles = x.portal_dts_article_count;
    p[4] = !x.portal_has_dts_section ? 0 : articles >= 20 ? 10 : articles >= 10 ? 5 : 2.5;
    p[5] = x.press_has_dts_section ? 10 : 0;
    p[6] = x.broadcaster_has_dts_section ? 10 : 0;
    p[7] = frequency(x.broadcaster_dts_frequency) * 10;
    p[8] = x.grassroots_radio_has_dts_section ? 10 : 0;
    p[9] = frequency(x.grassroots_radio_dts_frequency) * 10;

    // II Thể chế số
    p[10] = x.party_dts_resolution_issued ? 5 : 0;
    p[11] = x.five_year_plan_issued ? 5 : 0;
    p[12] = x.annual_plan_issued ? 10 : 0;
    p[13] = x.egov_architecture_issued ? 10 : 0;
    p[14] = x.architecture_training_held ? 10 : 0;
    p[15] = x.spending_reminder_issued ? 10 : 0;
    p[16] = x.spending_training_held ? 10 : 0;
    p[17] = x.min_budget_share_policy_issued ? 10 : 0;
    p[18] = x.expert_hiring_policy_issued ? 10 : 0;
    p[19] = x.dvctt_incentive_policy_issued ? 10 : 0;
    p[20] = x.sme_dts_policy_issued ? 10 : 0;

    // III Hạ tầng số
    p[21] = ratio(x.adults_with_smartphone, population) * 10;
    p[22] = ratio(x.households_with_smartphone, households) * 10;
    p[23] = ratio(x.households_with_fiber, households) * 10;
    p[24] = ratio(x.communes_on_tslcd, x.communes_total) * 10;
    const dc = x.cloud_dc_status;
    p[25] = ((dc === "meets_standard" ? 1 : dc === "below_standard" ? 0.5 : 0) * 0.5 + (x.connected_gov_cloud ? 0.5 : 0)) * 30;
    p[26] = (ratio(platforms, REQUIRED_PLATFORMS) * 0.5 + ratio(x.platforms_centralized_in_dc, platforms) * 0.5) * 20;
    p[27] = ratio(x.platforms_with_ai, platforms) * 10;

    // IV Nhân lực số
    p[28] = x.commune_cdt_teams ? 10 : 0;
    p[29] = x.village_cdt_teams ? 10 : 0;
    p[30] = x.dic_has_dts_mandate ? 10 : 0;
    p[31] = x.dic_has_dts_unit ? 10 : 0;
    r[0] = rate(
      x.civil_servants_dts_fulltime + x.civil_servants_dts_parttime + x.public_employees_dts_fulltime + x.public_employees_dts_parttime,
      staff,
    );
    r[1] = rate(x.cs_infosec_fulltime + x.pe_contract_infosec_fulltime + x.cs_infosec_parttime + x.pe_contract_infosec_parttime, staff);
    p[34] = ratio(x.staff_trained_dts, staff) * 10;
    p[35] = ratio(x.colleges_teaching_dts, x.colleges_total) * 5;
    p[36] = toTarget(x.graduates_dts, x.graduates_total, 0.5) * 5;
    p[37] = ratio(x.workers_trained_digital_skills, workingAge) * 5;
    r[2] = rate(x.onetouch_trained_citizens, population);
    const vocational = rate(x.tertiary_vocational_doing_dts, x.tertiary_vocational_total);
    p[39] = (vocational >= 0.8 - EPS ? 1 : Math.min(1, vocational)) * 5;
    const schools = rate(x.schools_doing_dts, x.schools_total);
    p[40] = (schools >= 0.7 - EPS ? 1 : Math.min(1, schools)) * 5;

    // V An toàn thông tin mạng
    r[3] = approvedSystems;
    p[42] = ratio(x.systems_fully_protected, approvedSystems) * 10;
    p[43] = ratio(x.servers_sharing_with_ncsc, x.servers_total) * 10;
    p[44] = ratio(x.workstations_sharing_with_ncsc, x.workstations_total) * 10;
    // 5.5 and 5.11: nothing to clean or handle gives full points.
    const botnets = x.botnet_ips_detected;
    p[45] = (botnets === 0 ? 1 : Math.min(1, x.botnet_ips_cleaned / botnets)) * 5;
    p[46] = ratio(x.systems_soc_monitored, infoSystems) * 10;
    p[47] = ratio(x.systems_audited, infoSystems) * 10;
    p[48] = ratio(x.systems_with_response_plan, infoSystems) * 5;
    r[4] = x.drills_held;
    r[5] = incidents;
    p[51] = (incidents === 0 ? 1 : Math.min(1, x.incidents_handled / incidents)) * 5;
    const dtsBudget = x.dts_budget_total_bvnd;
    const infosecShare = dtsBudget === 0 ? 0 : (x.infosec_invest_bvnd + x.infosec_recurrent_bvnd) / dtsBudget;
    const s1 = (infosecShare >= 0.1 - EPS ? 1 : infosecShare >= 0.07 - EPS ? 0.7 : infosecShare >= 0.03 - EPS ? 0.3 : 0) * 5;
    const s2 = spendBand(x.infosec_monitoring_bvnd) * 2;
    const s3 = spendBand(x.infosec_audit_bvnd) * 2;
    const s4 = spendBand(x.infosec_drills_bvnd) * 2;
    const s5 = spendBand(x.infosec_training_bvnd) * 2;
    const s6 = spendBand(x.infosec_awareness_bvnd) * 2;
    p[53] = s1;
    p[54] = s2;
    p[55] = s3;
    p[56] = s4;
    p[57] = s5;
    p[58] = s6;
    p[52] = s1 + s2 + s3 + s4 + s5 + s6;

    // VI Hoạt động chính quyền số
    p[59] = (x.portal_meets_requirements ? 0.8 : 0) * 10 + (x.portal_ipv6 ? 0.2 : 0) * 10;
    p[60] = (x.open_data_portal_deployed ? 2.5 : 0) + (x.open_data_portal_meets_tech ? 2.5 : 0);
    p[61] = ((x.tthc_system_merged ? 0.2 : 0) + (x.tthc_meets_requirements ? 0.6 : 0) + (x.tthc_ipv6 ? 0.2 : 0)) * 10;
    p[62] = (x.other_channel_info ? 2.5 : 0) + (x.other_channel_dvctt ? 2.5 : 0);
    p[63] = x.other_channel_interaction ? 5 : 0;
    p[64] = ratio(x.apps_connected_lgsp, x.apps_with_shared_data) * 5;
    p[65] = ratio(x.ndxp_services_in_use, x.ndxp_services_total) * 10;
    const eligible = x.services_eligible_level4;
    p[66] = eligible > 0 && x.dvctt_level4_or_full / eligible >= 1 - EPS ? 10 : 0;
    p[67] = ratio(x.dvctt_prefilled, level34) * 10;
    p[68] = ratio(x.dvctt_personalized, level34) * 10;
    p[69] =
      ratio(x.dvctt_l3_with_online_dossiers + x.dvctt_l4_with_online_dossiers, x.dvctt_l3_with_dossiers + x.dvctt_l4_with_dossiers) * 10;
    p[70] = toTarget(x.dossiers_online_l3 + x.dossiers_online_l4, x.dossiers_total, 0.8) * 20;
    p[71] =
      ratio(
        x.citizen_accounts_using_dvctt + x.business_accounts_using_dvctt,
        x.citizen_accounts_registered + x.business_accounts_registered,
      ) * 5;
    p[72] = ratio(x.citizens_satisfied + x.businesses_satisfied, x.citizens_rating + x.businesses_rating) * 5;
    p[73] = x.analytics_platform_deployed ? 10 : 0;
    p[74] = x.governance_platform_deployed ? 10 : 0;
    p[75] = (x.meeting_platform_agencies ? 5 : 0) + (x.meeting_platform_personal_devices ? 5 : 0);
    p[76] = x.monitoring_platform_deployed ? 10 : 0;
    p[77] = assistant(x.citizen_assistant_status) * 10;
    p[78] = assistant(x.staff_assistant_status) * 10;
    p[79] = Math.min(10, x.ai_state_mgmt_activities * 1);
    p[80] = toTarget(x.digital_gov_invest_bvnd + x.digital_gov_recurrent_bvnd, stateBudget, 0.01) * 10;

    // VII Hoạt động kinh tế số: min(1, tỷ lệ / X) × max, as published results are scored.
    p[81] = toTarget(x.digital_economy_value_added_bvnd, x.grdp_bvnd, 0.2) * 20;
    p[82] = toTarget(x.digital_tech_enterprises, enterprises, 0.05) * 20;
    p[83] = toTarget(x.digital_platform_enterprises, enterprises, 0.1) * 10;
    p[84] = toTarget(x.smes_in_smedx, smes, 0.1) * 20;
    p[85] = toTarget(x.smes_using_platforms, smes, 0.5) * 10;
    p[86] = toTarget(x.enterprises_using_econtracts, enterprises, 0.8) * 10;
    p[87] = ratio(x.enterprises_etax, enterprises) * 10;
    p[88] = toTarget(x.postal_points_with_broadband, x.postal_points_total, 0.5) * 10;
    p[89] = toTarget(x.ecommerce_transactions_voso_postmart, x.parcels_vnpost_viettelpost, 0.05) * 10;
    r[6] = rate(x.vn_domains, enterprises);
    p[91] = toTarget(x.digital_economy_invest_bvnd, stateBudget, 0.0025) * 10;
    p[92] = toTarget(x.digital_economy_recurrent_bvnd, stateBudget, 0.0025) * 10;

    // VIII Hoạt động xã hội số
    p[93] = ratio(x.people_with_digital_id, population) * 20;
    p[94] = toTarget(x.people15_with_account, pop15, 0.8) * 20;
    p[95] = toTarget(x.people_with_digital_signature, pop15, 0.5) * 20;
    p[96] = ratio(x.households_with_digital_address, households) * 20;
    p[97] = toTarget(x.working_age_with_basic_digital_skills, workingAge, 0.7) * 10;
    r[7] = x.digital_society_invest_bvnd;
    r[8] = x.digital_society_recurrent_bvnd;
    p[100] = Math.min(20, x.effective_participation_activities * 1);
    // IX Đô thị thông minh: not scored (9.1–9.3 stay 0).
  }

  // Cohort-relative indicators: the unit's value over the best value of the cohort (x / max).
  const best = new Float64Array(9);
  for (let u = 0; u < n; u++) for (let j = 0; j < 9; j++) if (raw[u * 9 + j]! > best[j]!) best[j] = raw[u * 9 + j]!;
  const relative: [position: number, column: number, max: number][] = [
    [P45, 0, 10],
    [P46, 1, 10],
    [P411, 2, 5],
    [P51, 3, 10],
    [P59, 4, 5],
    [P510, 5, 5],
    [P710, 6, 10],
    [P86, 7, 20],
    [P87, 8, 20],
  ];
  for (let u = 0; u < n; u++)
    for (const [position, column, max] of relative) {
      const hi = best[column]!;
      points[u * M + position] = hi > 0 ? (raw[u * 9 + column]! / hi) * max : 0;
    }

  const indexPoints = new Float64Array(n * 9);
  const overall = new Float64Array(n);
  const pillarPoints = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let u = 0; u < n; u++) {
    const p = points.subarray(u * M, (u + 1) * M);
    let i1 = 0,
      i2 = 0,
      i3 = 0,
      i4 = 0,
      i5 = 0,
      i6 = 0,
      i7 = 0,
      i8 = 0;
    for (let k = 0; k <= 9; k++) i1 += p[k]!;
    for (let k = 10; k <= 20; k++) i2 += p[k]!;
    for (let k = 21; k <= 27; k++) i3 += p[k]!;
    for (let k = 28; k <= 40; k++) i4 += p[k]!;
    for (let k = 41; k <= 52; k++) i5 += p[k]!; // 5.1 … 5.11, 5.12 (5.12.x counted through 5.12)
    for (let k = 59; k <= 80; k++) i6 += p[k]!;
    for (let k = 81; k <= 92; k++) i7 += p[k]!;
    for (let k = 93; k <= 100; k++) i8 += p[k]!;
    const q = indexPoints.subarray(u * 9, u * 9 + 9);
    q[0] = i1;
    q[1] = i2;
    q[2] = i3;
    q[3] = i4;
    q[4] = i5;
    q[5] = i6;
    q[6] = i7;
    q[7] = i8;
    overall[u] = (i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8) / 1000;
    const foundation = i1 + i2 + i3 + i4 + i5;
    pillarPoints[0]![u] = foundation + i6;
    pillarPoints[1]![u] = foundation + i7;
    pillarPoints[2]![u] = foundation + i8;
  }

  const indexRanks = INDEX_CODES.map((_, i) => {
    const values = new Float64Array(n);
    if (INDEX_MAX[i]! > 0) for (let u = 0; u < n; u++) values[u] = indexPoints[u * 9 + i]! / INDEX_MAX[i]!;
    return rank(values);
  });
  const pillarRanks = pillarPoints.map((pts, j) => rank(pts.map((v) => v / PILLAR_MAX[j]!)));
  return {
    indicatorCodes: HANDWRITTEN_CODES,
    points,
    indexCodes: INDEX_CODES,
    indexPoints,
    overall,
    ranks: rank(overall),
    indexRanks,
    pillarIds: PILLAR_IDS,
    pillarPoints,
    pillarRanks,
  };
}

/**
 * A TEST framework, not the ministry's: dti-province-2022 (922/QĐ-BTTTT) carried on under another id
 * for 2024 with three input-level changes declared in its crosswalk from dti-province-2022, so that
 * carry-forward across packs can be tried end to end. The real DTI 2024 pack (405/QĐ-BKHCN) covers
 * published values only — its inputs are not public — so no province can open a 2024 assessment
 * under it, and its crosswalk from 922 has no `inputs` section to carry through.
 *
 * - renamed: households_fibre_broadband ← households_with_fiber (indicator 3.3);
 * - derived: infosec_spending_bvnd = infosec_invest_bvnd + infosec_recurrent_bvnd (indicator 5.12.1
 *   reads the one total instead of its two parts);
 * - none: platforms_with_ai (counted differently, so the 2022 count is not carried).
 *
 * Every other input keeps its id and unit, so it is carried as it is.
 */
export const SUCCESSOR_PACK_ID = "dti-successor-test";

export const SUCCESSOR_ROUTES = [
  {
    input: "households_fibre_broadband",
    relation: "renamed",
    from: "households_with_fiber",
    note: "The same count under a new id (test framework).",
  },
  {
    input: "infosec_spending_bvnd",
    relation: "derived",
    expression: "infosec_invest_bvnd + infosec_recurrent_bvnd",
    note: "One total of state-budget information-security spending instead of investment and recurrent apart (test framework).",
  },
  {
    input: "platforms_with_ai",
    relation: "none",
    note: "Counted per AI application, not per platform, in the test framework: the 2022 count does not carry.",
  },
] as const;

interface Content {
  meta: Record<string, unknown> & { id: string; version: string; years: number[]; title: Record<string, string> };
  inputs: (Record<string, unknown> & { id: string })[];
  indicators: (Record<string, unknown> & { code: string; inputs: { address: string; input: string }[]; rule: Record<string, unknown> })[];
  crosswalks?: unknown[];
  sensitivity?: unknown;
}

/**
 * The test framework from dti-province-2022's content (its source definition, or the content a
 * bundle or `packs.get` holds). `years` defaults to [2024].
 */
export function successorPack(earlier: unknown, options: { years?: number[]; version?: string } = {}): unknown {
  const renamed = JSON.stringify(earlier).replaceAll('"households_with_fiber"', '"households_fibre_broadband"');
  const pack = JSON.parse(renamed) as Content;
  pack.meta = {
    ...pack.meta,
    id: SUCCESSOR_PACK_ID,
    version: options.version ?? "1.0.0",
    years: options.years ?? [2024],
    title: {
      vi: "Bộ chỉ số thử nghiệm kế tiếp 922 (dùng để kiểm thử, không phải của Bộ)",
      en: "A test framework following 922 (for tests, not the ministry's)",
    },
  };
  const invest = pack.inputs.find((x) => x.id === "infosec_invest_bvnd")!;
  pack.inputs = [
    ...pack.inputs.filter((x) => x.id !== "infosec_invest_bvnd" && x.id !== "infosec_recurrent_bvnd"),
    {
      ...invest,
      id: "infosec_spending_bvnd",
      label: {
        vi: "Tổng kinh phí từ NSNN chi cho ATTT (đầu tư và thường xuyên, tỷ đồng)",
        en: "State-budget information-security spending (billion VND)",
      },
    },
  ];
  const spending = pack.indicators.find((x) => x.code === "5.12.1")!;
  spending.inputs = [
    { address: "a", input: "infosec_spending_bvnd" },
    ...spending.inputs.filter((r) => r.input !== "infosec_invest_bvnd" && r.input !== "infosec_recurrent_bvnd"),
  ];
  spending.rule = { ...spending.rule, a: "infosec_spending_bvnd" };
  pack.crosswalks = [
    {
      from: "dti-province-2022",
      note: "Test framework: 922's inputs under the same ids, except three (see inputs).",
      pillars: [],
      indices: [],
      indicators: [],
      inputs: SUCCESSOR_ROUTES.map((r) => ({ ...r })),
    },
  ];
  delete pack.sensitivity;
  return pack;
}

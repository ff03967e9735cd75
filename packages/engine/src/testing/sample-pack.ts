import type { PackDefinition } from "@dti/pack-sdk";

/** A small pack exercising every rule kind, for tests of the engine and of its hosts (not a real framework). */
export function samplePack(): PackDefinition {
  const t = (vi: string, en: string) => ({ vi, en });
  return {
    meta: {
      id: "sample-pack",
      version: "1.0.0",
      title: t("Bộ chỉ số mẫu", "Sample pack"),
      legalBasis: { decision: "0/QĐ-MẪU", date: "2022-05-20", issuer: t("Cơ quan mẫu", "Sample issuer") },
      years: [2022],
      level: "province",
      engine: "^0.1.0",
      languages: ["vi", "en"],
    },
    agencies: [{ code: "Sở TTTT", name: t("Sở Thông tin và Truyền thông", "Department of Information and Communications") }],
    generalInfo: [
      { code: "A1", name: t("Tên tỉnh", "Province name"), unit: "text" },
      { code: "A6", name: t("Số lượng hộ gia đình", "Households"), unit: "count" },
    ],
    inputs: [
      { id: "households_total", label: t("Tổng số hộ gia đình", "Households"), unit: "count", generalInfo: "A6" },
      { id: "households_fiber", label: t("Số hộ có cáp quang", "Households with fibre"), unit: "count" },
      { id: "has_plan", label: t("Đã ban hành kế hoạch", "Plan issued"), unit: "boolean" },
      {
        id: "head",
        label: t("Trưởng ban", "Head of the committee"),
        unit: "choice",
        options: [
          { value: "chair", label: t("Chủ tịch", "Chair") },
          { value: "deputy", label: t("Phó Chủ tịch", "Deputy") },
          { value: "none", label: t("Chưa có", "None") },
        ],
      },
      { id: "articles", label: t("Số tin bài", "Articles"), unit: "count" },
      { id: "has_section", label: t("Có chuyên mục", "Has a section"), unit: "boolean" },
      { id: "budget", label: t("Kinh phí", "Budget"), unit: "billion_vnd" },
      { id: "drills", label: t("Số cuộc diễn tập", "Drills"), unit: "count" },
      { id: "domains", label: t("Số tên miền", "Domains"), unit: "count" },
      { id: "ai_uses", label: t("Số hoạt động có AI", "AI uses"), unit: "count" },
      { id: "required", label: t("Số tối thiểu", "Required"), unit: "count", constant: 4 },
      { id: "x", label: t("x", "x"), unit: "number" },
    ],
    indices: [
      { code: "I", name: t("Chỉ số một", "Index one"), maxPoints: 100, group: "foundation" },
      { code: "II", name: t("Chỉ số hai", "Index two"), maxPoints: 60, group: "activity" },
      { code: "III", name: t("Không tính điểm", "Not scored"), maxPoints: 0, group: "unscored" },
    ],
    indicators: [
      ind(
        "1.1",
        "I",
        10,
        [
          { address: "a", input: "households_fiber" },
          { address: "b", input: "households_total" },
        ],
        { kind: "ratio", a: "households_fiber", b: "households_total" },
      ),
      ind(
        "1.2",
        "I",
        10,
        [
          { address: "a", input: "households_fiber" },
          { address: "b", input: "households_total" },
        ],
        { kind: "ratio_to_target", a: "households_fiber", b: "households_total", target: 0.8 },
      ),
      ind(
        "1.3",
        "I",
        10,
        [
          { address: "a", input: "households_fiber" },
          { address: "b", input: "households_total" },
        ],
        { kind: "ratio_full_above", a: "households_fiber", b: "households_total", threshold: 0.8 },
      ),
      ind(
        "1.4",
        "I",
        10,
        [
          { address: "a", input: "households_fiber" },
          { address: "b", input: "households_total" },
        ],
        { kind: "all_or_nothing", a: "households_fiber", b: "households_total", threshold: 1 },
      ),
      ind("1.5", "I", 10, [{ input: "has_plan" }], { kind: "boolean", input: "has_plan" }),
      ind("1.6", "I", 10, [{ input: "head" }], { kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5, none: 0 } }),
      ind(
        "1.7",
        "I",
        10,
        [
          { address: "a", input: "has_section" },
          { address: "b", input: "articles" },
        ],
        {
          kind: "count_bands",
          input: "articles",
          gate: "has_section",
          bands: [
            { min: 20, fraction: 1 },
            { min: 10, fraction: 0.5 },
            { min: 0, fraction: 0.25 },
          ],
        },
      ),
      ind(
        "1.8",
        "I",
        10,
        [
          { address: "a", input: "has_plan" },
          { address: "b", input: "head" },
        ],
        {
          kind: "parts",
          parts: [
            { id: "plan", label: t("Kế hoạch", "Plan"), fraction: 0.5, input: "has_plan" },
            {
              id: "head",
              label: t("Trưởng ban", "Head"),
              fraction: 0.5,
              rule: { kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5, none: 0 } },
            },
          ],
        },
      ),
      ind("1.9", "I", 10, [], { kind: "sum_children", children: ["1.9.1", "1.9.2"] }),
      {
        ...ind("1.9.1", "I", 5, [{ input: "budget" }], {
          kind: "amount_bands",
          input: "budget",
          bands: [
            { min: 2, fraction: 1 },
            { min: 1, fraction: 0.7 },
            { min: 0, fraction: 0 },
          ],
        }),
        parent: "1.9",
      },
      {
        ...ind(
          "1.9.2",
          "I",
          5,
          [
            { address: "a", input: "households_fiber" },
            { address: "b", input: "households_total" },
          ],
          {
            kind: "ratio_bands",
            a: "households_fiber",
            b: "households_total",
            bands: [
              { min: 0.5, fraction: 1 },
              { min: 0.25, fraction: 0.5 },
            ],
          },
        ),
        parent: "1.9",
      },
      ind(
        "1.10",
        "I",
        10,
        [
          { address: "a", input: "x" },
          { address: "b", input: "required" },
        ],
        { kind: "expression", expression: "x >= n ? 1 : x / n", variables: { x: "x", n: "required" } },
      ),
      ind("2.1", "II", 20, [{ input: "drills" }], { kind: "min_max", value: "drills", form: "x_over_max" }),
      ind(
        "2.2",
        "II",
        20,
        [
          { address: "a", input: "domains" },
          { address: "b", input: "households_total" },
        ],
        { kind: "relative_to_best", a: "domains", b: "households_total" },
      ),
      ind("2.3", "II", 20, [{ input: "ai_uses" }], { kind: "count_capped", input: "ai_uses", pointsPerItem: 4 }),
      ind("3.1", "III", 0, [], { kind: "not_scored" }),
    ],
    aggregation: {
      pillars: [{ id: "p", name: t("Trụ cột", "Pillar"), indices: ["I", "II"] }],
      precision: 4,
      totalPoints: 160,
    },
  };

  function ind(
    code: string,
    index: string,
    maxPoints: number,
    inputs: PackDefinition["indicators"][number]["inputs"],
    rule: PackDefinition["indicators"][number]["rule"],
  ): PackDefinition["indicators"][number] {
    return {
      code,
      index,
      name: t(`Chỉ số ${code}`, `Indicator ${code}`),
      maxPoints,
      inputs,
      rule,
      method: t(`Cách tính ${code}`, `Method ${code}`),
      leadAgency: "Sở TTTT",
      cooperatingAgencies: [],
    };
  }
}

/** Inputs that give every indicator of the sample pack its full points. */
export const fullInputs = {
  households_total: 1000,
  households_fiber: 1000,
  has_plan: true,
  head: "chair",
  articles: 25,
  has_section: true,
  budget: 3,
  drills: 5,
  domains: 100,
  ai_uses: 5,
  x: 4,
};

import { describe, expect, it } from "vitest";
import { renderHandbook } from "./handbook";
import { packSchema, type PackDefinition } from "./schema/pack";
import { validatePack } from "./validate";

const t = (vi: string, en: string) => ({ vi, en });

function handbookPack(): PackDefinition {
  return {
    meta: {
      id: "handbook-pack",
      version: "1.2.3",
      title: t("Bộ chỉ số thử", "Test framework"),
      legalBasis: {
        decision: "922/QĐ-BTTTT",
        date: "2022-05-20",
        issuer: t("Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"),
      },
      source: { title: t("Phụ lục 2", "Appendix 2"), number: "4233/KH-UBND", date: "2022-09-28" },
      years: [2022, 2023],
      level: "province",
      engine: "^0.1.0",
      languages: ["vi", "en"],
    },
    agencies: [
      { code: "Sở TTTT", name: t("Sở Thông tin và Truyền thông", "Department of Information and Communications") },
      { code: "VP UBND", name: t("Văn phòng UBND tỉnh", "Provincial People's Committee Office") },
    ],
    generalInfo: [{ code: "A6", name: t("Số lượng hộ gia đình", "Households"), unit: "count", leadAgency: "Cục Thống kê" }],
    inputs: [
      { id: "households_total", label: t("Tổng số hộ gia đình", "Households"), unit: "count", generalInfo: "A6" },
      { id: "households_fiber", label: t("Số hộ có cáp quang | FTTH", "Households with fibre"), unit: "count" },
      {
        id: "head",
        label: t("Trưởng ban", "Head"),
        unit: "choice",
        options: [
          { value: "chair", label: t("Chủ tịch", "Chair") },
          { value: "none", label: t("Chưa có", "None"), assumed: true },
        ],
      },
      { id: "has_plan", label: t("Đã có kế hoạch", "Plan issued"), unit: "boolean" },
      { id: "budget", label: t("Kinh phí", "Budget"), unit: "billion_vnd" },
    ],
    indices: [
      { code: "I", name: t("Nhận thức số", "Digital awareness"), maxPoints: 20, group: "foundation" },
      { code: "II", name: t("Hạ tầng số", "Digital infrastructure"), maxPoints: 20, group: "foundation" },
    ],
    indicators: [
      {
        code: "1.1",
        index: "I",
        name: t("Trưởng ban chỉ đạo", "Head of the steering committee"),
        maxPoints: 10,
        inputs: [{ input: "head" }],
        rule: { kind: "choice", input: "head", fractions: { chair: 1, none: 0 } },
        method: t("- Chủ tịch: Điểm tối đa;\n- Chưa có: 0 điểm", "- Chair: max;\n- None: 0"),
        leadAgency: "Sở TTTT",
        cooperatingAgencies: ["VP UBND"],
        evidence: t("Quyết định thành lập Ban chỉ đạo", "The decision establishing the committee"),
      },
      {
        code: "1.2",
        index: "I",
        name: t("Kế hoạch chuyển đổi số", "Digital transformation plan"),
        maxPoints: 10,
        inputs: [{ input: "has_plan" }],
        rule: { kind: "boolean", input: "has_plan" },
        method: t("Có: Điểm tối đa", "Yes: max"),
        leadAgency: null,
        cooperatingAgencies: [],
        provisional: { reason: "OCR không rõ ngưỡng" },
      },
      {
        code: "2.1",
        index: "II",
        name: t("Hộ gia đình có cáp quang", "Households with fibre"),
        maxPoints: 20,
        inputs: [],
        rule: { kind: "sum_children", children: ["2.1.1", "2.1.2"] },
        method: t("Tổng điểm của các chỉ số con", "Sum of the sub-indicators"),
        leadAgency: "Sở TTTT",
        cooperatingAgencies: [],
      },
      {
        code: "2.1.1",
        index: "II",
        parent: "2.1",
        name: t("Tỷ lệ hộ có cáp quang", "Share of households with fibre"),
        maxPoints: 10,
        inputs: [
          { address: "a", input: "households_fiber" },
          { address: "b", input: "households_total" },
        ],
        rule: { kind: "ratio", a: "households_fiber", b: "households_total" },
        method: t("Tỷ lệ = a/b; Điểm = Tỷ lệ*Điểm tối đa", "ratio = a/b"),
        leadAgency: "Sở TTTT",
        cooperatingAgencies: [],
      },
      {
        code: "2.1.2",
        index: "II",
        parent: "2.1",
        name: t("Kinh phí", "Budget"),
        maxPoints: 10,
        inputs: [{ input: "budget" }],
        rule: {
          kind: "amount_bands",
          input: "budget",
          bands: [
            { min: 2, fraction: 1 },
            { min: 0.5, fraction: 0.5 },
          ],
        },
        method: t("Từ 2 tỷ: Điểm tối đa", "2 billion or more: max"),
        leadAgency: "Sở TTTT",
        cooperatingAgencies: [],
      },
    ],
    aggregation: {
      pillars: [{ id: "government", name: t("Chính quyền số", "Digital government"), indices: ["I", "II"] }],
      precision: 4,
      totalPoints: 40,
    },
  };
}

const pack = packSchema.parse(handbookPack());

describe("renderHandbook", () => {
  it("uses a pack that validates", () => {
    expect(validatePack(handbookPack()).errors).toEqual([]);
  });

  it("writes the Vietnamese handbook by default, with every indicator and its rule by official address", () => {
    const md = renderHandbook(pack);
    expect(md).toBe(renderHandbook(pack, "vi"));
    expect(md.startsWith("# Sổ tay chỉ số: Bộ chỉ số thử\n")).toBe(true);
    for (const heading of [
      "## Căn cứ pháp lý",
      "## Cách tổng hợp điểm",
      "### Các chỉ số chính",
      "## Thông tin chung",
      "## I. Nhận thức số (20 điểm)",
      "## II. Hạ tầng số (20 điểm)",
    ])
      expect(md).toContain(heading);
    for (const code of ["1.1", "1.2", "2.1", "2.1.1", "2.1.2"])
      expect(md).toMatch(new RegExp(`^#{3,4} ${code.replace(/\./g, "\\.")}\\. `, "m"));
    expect(md).toContain("922/QĐ-BTTTT, ngày 2022-05-20");
    expect(md).toContain("**Năm áp dụng**: 2022, 2023");
    expect(md).toContain("**Chính quyền số** (`government`): I. Nhận thức số; II. Hạ tầng số");
    expect(md).toContain("**Công thức tính điểm**: Tỷ lệ = 2.1.1.a / 2.1.1.b; Điểm = Tỷ lệ × Điểm tối đa");
    expect(md).toContain("| 2.1.1.a | `households_fiber` | Số hộ có cáp quang \\| FTTH | số lượng | ≥ 0, số nguyên |");
    expect(md).toContain("`chair`: Chủ tịch; `none`: Chưa có (giả định)");
    expect(md).toContain("- **Cơ quan phối hợp**: VP UBND (Văn phòng UBND tỉnh)");
    expect(md).toContain("**Tài liệu kiểm chứng**: Quyết định thành lập Ban chỉ đạo");
    expect(md).toContain("> - Chủ tịch: Điểm tối đa;\n> - Chưa có: 0 điểm");
  });

  it("flags provisional indicators clearly", () => {
    const md = renderHandbook(pack, "vi");
    expect(md).toContain("### 1.2. Kế hoạch chuyển đổi số ⚠️ Tạm thời");
    expect(md).toContain("- **⚠️ Tạm thời**: OCR không rõ ngưỡng");
    expect(md).toContain("## ⚠️ Các chỉ số tạm thời");
  });

  it("nests sub-indicators under their parent", () => {
    const md = renderHandbook(pack, "vi");
    expect(md.indexOf("### 2.1. ")).toBeLessThan(md.indexOf("#### 2.1.1. "));
    expect(md.indexOf("#### 2.1.1. ")).toBeLessThan(md.indexOf("#### 2.1.2. "));
    expect(md).toContain("- **Chỉ số con**: 2.1.1, 2.1.2");
  });

  it("writes English, falling back to Vietnamese where a text has no English", () => {
    const md = renderHandbook(pack, "en");
    expect(md).toContain("# Indicator handbook: Test framework");
    expect(md).toContain("## I. Digital awareness (20 points)");
    expect(md).toContain("**Scoring rule**: ratio = 2.1.1.a / 2.1.1.b; points = ratio × max");
    expect(md).toContain("- **⚠️ Provisional**: OCR không rõ ngưỡng");
  });

  it("shows where an index or indicator comes from and an index's components", () => {
    const definition = handbookPack();
    definition.indices[0]!.source = "Báo cáo DTI 2020";
    definition.indices[0]!.components = [
      { code: "a", name: t("Thành phần a", "Part a") },
      { name: t("Thành phần b", "Part b"), maxPoints: 5 },
    ];
    definition.indicators[0]!.source = "Kế hoạch 4233/KH-UBND";
    const md = renderHandbook(packSchema.parse(definition), "vi");
    expect(md).toContain("**Nguồn**: Báo cáo DTI 2020");
    expect(md).toContain("**Thành phần**:\n\n- a. Thành phần a (chưa rõ điểm)\n- Thành phần b (5 điểm)");
    expect(md).toContain("**Nguồn**: Kế hoạch 4233/KH-UBND");
  });

  it("is deterministic and does not touch the pack", () => {
    const before = JSON.stringify(pack);
    expect(renderHandbook(pack, "vi")).toBe(renderHandbook(pack, "vi"));
    expect(JSON.stringify(pack)).toBe(before);
  });
});

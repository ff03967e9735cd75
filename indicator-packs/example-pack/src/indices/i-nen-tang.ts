// EXAMPLE pack (fictional decision 0000/QĐ-VIDU). Each indicator shows one rule kind; the method texts were
// written for the example. VÍ DỤ: mỗi chỉ số minh họa một loại quy tắc tính điểm.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/**
 * A main index ("chỉ số chính"): code in capitals (I, II … or CQS), name, max points (the sum of its indicators'
 * points in a "full" pack), group (foundation / activity / unscored).
 */
export const index = {
  code: "I",
  name: { vi: "Nền tảng", en: "Foundations" },
  maxPoints: 40,
  group: "foundation",
  notes: "Example index: 3 indicators, 40 points.",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  // ------------------------------------------------------------------ ratio: Điểm = Tỷ lệ × Điểm tối đa
  {
    // The official code as printed ("3.3", "5.12.1"). / Mã chỉ số thành phần theo văn bản.
    code: "1.1",
    // The main index it belongs to. / Thuộc chỉ số chính.
    index: "I",
    name: {
      vi: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
      en: "Share of households with fibre-optic broadband Internet",
    },
    // Điểm tối đa as printed. null only in packs that do not score raw inputs (coverage indices/published).
    maxPoints: 10,
    // Where each input sits in the method text: address "a" → data keyed "1.1.a" fills households_with_fiber.
    // Địa chỉ: chữ cái của phương pháp tính ("a = …") → khóa "1.1.a".
    inputs: [
      { address: "a", input: "households_with_fiber" },
      { address: "b", input: "households_total" },
    ],
    // The rule, as data. A rule yields a fraction of max (0..1); the engine multiplies by maxPoints.
    // Quy tắc tính điểm (dữ liệu, không phải mã): trả về tỷ lệ 0..1 của điểm tối đa.
    rule: { kind: "ratio", a: "households_with_fiber", b: "households_total" },
    // The "Cách xác định và tính điểm" text, line for line as printed, and its translation.
    method: {
      vi: lines(
        "a = Số hộ gia đình có kết nối Internet băng rộng cáp quang;",
        "b = Tổng số hộ gia đình của tỉnh;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ × Điểm tối đa",
      ),
      en: lines(
        "a = Number of households with a fibre-optic broadband connection;",
        "b = Total number of households in the province;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    // Lead and cooperating agencies (codes of `agencies`), or null / [] when the source names none.
    leadAgency: "Sở KH&CN",
    cooperatingAgencies: ["Cục Thống kê"],
    // The evidence ("tài liệu kiểm chứng") the province submits.
    evidence: {
      vi: "Số liệu thuê bao cáp quang hộ gia đình của các doanh nghiệp viễn thông",
      en: "Household fibre subscriptions reported by the telecommunications companies",
    },
    // A doubt stays visible: validate warns, docs flag it ⚠️. Give the reason, never silently guess.
    // Điểm nghi ngờ phải ghi rõ lý do (provisional), không đoán thầm lặng.
    provisional: {
      reason: "Example of a doubt: suppose the copy printed the points cell as '1O'; 10 is read because the index total (40) needs it.",
    },
    // Free notes for reviewers: choices the method text is silent on, input links, OCR repairs.
    notes: "b is general-information item A1, so data keyed A1 fills it. A zero denominator scores 0 (engine default).",
  },
  // ------------------------------------------------------------------ boolean: Có: Điểm tối đa; Chưa có: 0
  {
    code: "1.2",
    index: "I",
    name: {
      vi: "Có kế hoạch chuyển đổi số hằng năm được cấp có thẩm quyền phê duyệt",
      en: "Annual digital-transformation plan approved by the competent authority",
    },
    maxPoints: 10,
    // One yes/no input needs no letter: its address is the indicator code ("1.2": true).
    inputs: [{ input: "has_annual_plan" }],
    rule: { kind: "boolean", input: "has_annual_plan" },
    method: { vi: lines("- Có: Điểm tối đa;", "- Chưa có: 0 điểm"), en: lines("- Yes: maximum points;", "- No: 0 points") },
    leadAgency: "Sở KH&CN",
    cooperatingAgencies: [],
    evidence: { vi: "Quyết định phê duyệt kế hoạch", en: "Decision approving the plan" },
  },
  // ------------------------------------------------------------------ count_bands with a gate
  {
    code: "1.3",
    index: "I",
    name: {
      vi: "Chuyên mục về chuyển đổi số trên cổng thông tin điện tử của tỉnh",
      en: "Digital-transformation section on the provincial web portal",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "portal_has_dts_section" },
      { address: "b", input: "portal_dts_article_count" },
    ],
    // Bands from the highest min down; the first band the count reaches gives the fraction; below every band: 0.
    // The gate must be true first ("Chưa có chuyên mục: 0 điểm").
    rule: {
      kind: "count_bands",
      input: "portal_dts_article_count",
      gate: "portal_has_dts_section",
      bands: [
        { min: 24, fraction: 1 },
        { min: 12, fraction: 0.5 },
        { min: 1, fraction: 0.25 },
      ],
    },
    method: {
      vi: lines(
        "a = Cổng thông tin điện tử của tỉnh có chuyên mục riêng về chuyển đổi số;",
        "b = Số bài viết về chuyển đổi số đăng trong năm;",
        "- Chưa có chuyên mục: 0 điểm;",
        "- Có chuyên mục và b ≥ 24: Điểm tối đa;",
        "- Có chuyên mục và 12 ≤ b < 24: 1/2 × Điểm tối đa;",
        "- Có chuyên mục và 1 ≤ b < 12: 1/4 × Điểm tối đa;",
        "- Có chuyên mục nhưng không có bài viết: 0 điểm",
      ),
      en: lines(
        "a = The provincial web portal has a dedicated digital-transformation section;",
        "b = Number of digital-transformation articles published in the year;",
        "- No section: 0 points;",
        "- Section and b ≥ 24: maximum points;",
        "- Section and 12 ≤ b < 24: 1/2 × maximum points;",
        "- Section and 1 ≤ b < 12: 1/4 × maximum points;",
        "- Section but no article: 0 points",
      ),
    },
    leadAgency: "Sở KH&CN",
    cooperatingAgencies: ["VP UBND tỉnh"],
    evidence: {
      vi: "Đường dẫn chuyên mục và danh sách bài viết trong năm",
      en: "Link to the section and the list of articles published in the year",
    },
  },
]);

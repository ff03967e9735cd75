// EXAMPLE pack (fictional decision 0000/QĐ-VIDU). Each indicator shows one rule kind; the method texts were
// written for the example. VÍ DỤ: mỗi chỉ số minh họa một loại quy tắc tính điểm.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Main index II: 3 indicators, 60 points. / Chỉ số chính II: 3 chỉ số thành phần, 60 điểm. */
export const index = {
  code: "II",
  name: { vi: "Hoạt động", en: "Activity" },
  maxPoints: 60,
  group: "activity",
  notes: "Example index: 3 indicators, 60 points.",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  // ------------------------------------------------------------------ ratio_to_target: min(1, Tỷ lệ / X) × max
  {
    code: "2.1",
    index: "II",
    name: {
      vi: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến",
      en: "Share of administrative-procedure dossiers processed online",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "dossiers_online" },
      { address: "b", input: "dossiers_total" },
    ],
    // target: the X of "Tỷ lệ ≥ X%: Điểm tối đa" as a fraction (80% → 0.8). Where a method text reads
    // "Tỷ lệ < X%: Điểm = Tỷ lệ × Điểm tối đa" but published points follow Tỷ lệ / X (922's 7.1), keep the
    // word-for-word reading visible with `literalKind: "ratio_full_above"` and mark the indicator provisional.
    rule: { kind: "ratio_to_target", a: "dossiers_online", b: "dossiers_total", target: 0.8 },
    method: {
      vi: lines(
        "a = Số hồ sơ thủ tục hành chính được xử lý trực tuyến;",
        "b = Tổng số hồ sơ thủ tục hành chính tiếp nhận trong năm;",
        "- Tỷ lệ = a/b;",
        "- Tỷ lệ ≥ 80%: Điểm tối đa;",
        "- Tỷ lệ < 80%: Điểm = Tỷ lệ/80% × Điểm tối đa",
      ),
      en: lines(
        "a = Number of administrative-procedure dossiers processed online;",
        "b = Total number of dossiers received in the year;",
        "- Ratio = a/b;",
        "- Ratio ≥ 80%: maximum points;",
        "- Ratio < 80%: Points = Ratio/80% × maximum points",
      ),
    },
    leadAgency: "VP UBND tỉnh",
    cooperatingAgencies: [],
    evidence: {
      vi: "Số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính",
      en: "Figures from the provincial administrative-procedure system",
    },
  },
  // ------------------------------------------------------------------ parts: a yes/no part + a nested choice
  {
    code: "2.2",
    index: "II",
    name: { vi: "Cổng dịch vụ công của tỉnh", en: "Provincial public-service portal" },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "portal_connected_national" },
      { address: "b", input: "online_payment" },
    ],
    // Each part is worth a share of max (the shares add up to at most 1): either a yes/no `input` worth the
    // whole part, or a nested `rule` whose fraction is a share of the part.
    rule: {
      kind: "parts",
      parts: [
        {
          id: "national_connection",
          label: { vi: "Kết nối với Cổng Dịch vụ công quốc gia", en: "Connected to the National Public Service Portal" },
          fraction: 0.5,
          input: "portal_connected_national",
        },
        {
          id: "online_payment",
          label: { vi: "Thanh toán trực tuyến", en: "Online payment" },
          fraction: 0.5,
          // choice: each option of the input is worth a share (here, of the part): the keys must be exactly the
          // input's option values (validate checks it).
          rule: { kind: "choice", input: "online_payment", fractions: { all_services: 1, some_services: 0.5, none: 0 } },
        },
      ],
    },
    method: {
      vi: lines(
        "a) Kết nối với Cổng Dịch vụ công quốc gia: 1/2 × Điểm tối đa; chưa kết nối: 0 điểm;",
        "b) Thanh toán trực tuyến:",
        "  + Cho mọi dịch vụ có thu phí: 1/2 × Điểm tối đa;",
        "  + Cho một phần dịch vụ có thu phí: 1/4 × Điểm tối đa;",
        "  + Chưa có: 0 điểm",
      ),
      en: lines(
        "a) Connected to the National Public Service Portal: 1/2 × maximum points; not connected: 0 points;",
        "b) Online payment:",
        "  + For every fee-paying service: 1/2 × maximum points;",
        "  + For some fee-paying services: 1/4 × maximum points;",
        "  + None: 0 points",
      ),
    },
    leadAgency: "VP UBND tỉnh",
    cooperatingAgencies: ["Sở KH&CN"],
    evidence: { vi: "Ảnh chụp màn hình, văn bản xác nhận kết nối", en: "Screenshots and the connection confirmation" },
  },
  // ------------------------------------------------------------------ min_max: relative to the cohort
  {
    code: "2.3",
    index: "II",
    name: { vi: "Tổng kinh phí chi cho chuyển đổi số", en: "Total spending on digital transformation" },
    maxPoints: 20,
    // A single number input in a cohort rule: no letter, address "2.3".
    inputs: [{ input: "dts_spending_bvnd" }],
    // Cohort-relative: needs every province scored together. form x_over_max = x / highest; form min_max =
    // (x − min) / (max − min). Name the form the method text states; if it states none, mark provisional.
    rule: { kind: "min_max", value: "dts_spending_bvnd", form: "x_over_max" },
    method: {
      vi: lines(
        "a = Tổng kinh phí chi cho chuyển đổi số trong năm (tỷ đồng);",
        "- Tỉnh có a cao nhất: Điểm tối đa;",
        "- Các tỉnh khác: Điểm = a / a cao nhất × Điểm tối đa",
      ),
      en: lines(
        "a = Total spending on digital transformation in the year (billion VND);",
        "- The province with the highest a: maximum points;",
        "- Other provinces: Points = a / highest a × maximum points",
      ),
    },
    leadAgency: "Sở Tài chính",
    cooperatingAgencies: ["Sở KH&CN"],
    evidence: { vi: "Báo cáo quyết toán kinh phí", en: "Budget settlement report" },
    notes: "If every province spends 0, every province scores 0 (x_over_max with a highest of 0).",
  },
]);

import type { PackDefinition } from "@dti/pack-sdk";

/**
 * generalInfo — the "Thông tin chung" items (A1, A2 …) every province reports. They are not scored themselves;
 * an input linked to one (`generalInfo: "A1"`) can be entered under its code.
 * Thông tin chung: không tính điểm; số liệu đầu vào gắn với mục A1 có thể nhập theo mã "A1".
 */
export const generalInfo = [
  { code: "A1", name: { vi: "Tổng số hộ gia đình", en: "Number of households" }, unit: "count", leadAgency: "Cục Thống kê" },
  {
    code: "A2",
    name: { vi: "Tổng số hồ sơ thủ tục hành chính tiếp nhận trong năm", en: "Administrative-procedure dossiers received in the year" },
    unit: "count",
    leadAgency: "VP UBND tỉnh",
  },
] satisfies PackDefinition["generalInfo"];

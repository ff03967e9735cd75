import type { PackDefinition } from "@dti/pack-sdk";

/**
 * agencies — every lead or cooperating agency an indicator names, keyed by the abbreviation the source writes.
 * Cơ quan chủ trì/phối hợp, theo cách viết tắt của văn bản. Optional: leave [] if the decision names none.
 */
export const agencies = [
  { code: "Sở KH&CN", name: { vi: "Sở Khoa học và Công nghệ", en: "Department of Science and Technology" } },
  { code: "VP UBND tỉnh", name: { vi: "Văn phòng Ủy ban nhân dân tỉnh", en: "Office of the Provincial People's Committee" } },
  { code: "Sở Tài chính", name: { vi: "Sở Tài chính", en: "Department of Finance" } },
  { code: "Cục Thống kê", name: { vi: "Cục Thống kê", en: "Statistics Office" } },
] satisfies PackDefinition["agencies"];

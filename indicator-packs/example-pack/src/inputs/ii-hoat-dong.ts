import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index II. / Số liệu đầu vào của chỉ số chính II. */
export const inputs = defineInputs([
  {
    id: "dossiers_online",
    label: { vi: "Số hồ sơ thủ tục hành chính được xử lý trực tuyến", en: "Administrative-procedure dossiers processed online" },
    unit: "count",
    min: 0,
  },
  {
    id: "portal_connected_national",
    label: {
      vi: "Cổng dịch vụ công của tỉnh kết nối với Cổng Dịch vụ công quốc gia",
      en: "The provincial public-service portal is connected to the National Public Service Portal",
    },
    unit: "boolean",
  },
  {
    id: "online_payment",
    label: { vi: "Mức độ thanh toán trực tuyến trên Cổng dịch vụ công", en: "Online payment on the public-service portal" },
    // A choice input lists its options; a choice rule gives each option a share of max (validated to match).
    unit: "choice",
    options: [
      { value: "all_services", label: { vi: "Cho mọi dịch vụ có thu phí", en: "For every fee-paying service" } },
      { value: "some_services", label: { vi: "Cho một phần dịch vụ có thu phí", en: "For some fee-paying services" } },
      { value: "none", label: { vi: "Chưa có", en: "None" } },
    ],
  },
  {
    id: "dts_spending_bvnd",
    label: { vi: "Tổng kinh phí chi cho chuyển đổi số trong năm", en: "Total spending on digital transformation in the year" },
    // Amounts are in billion VND (tỷ đồng).
    unit: "billion_vnd",
    min: 0,
  },
]);

import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index I. / Số liệu đầu vào của chỉ số chính I. */
export const inputs = defineInputs([
  {
    id: "households_with_fiber",
    label: { vi: "Số hộ gia đình có kết nối Internet băng rộng cáp quang", en: "Households with fibre-optic broadband Internet" },
    unit: "count",
    min: 0,
  },
  {
    id: "has_annual_plan",
    label: { vi: "Có kế hoạch chuyển đổi số hằng năm được phê duyệt", en: "An approved annual digital-transformation plan exists" },
    // Yes/no: true/false in JSON; có/không, yes/no, 1/0 in CSV.
    unit: "boolean",
  },
  {
    id: "portal_has_dts_section",
    label: {
      vi: "Cổng thông tin điện tử của tỉnh có chuyên mục riêng về chuyển đổi số",
      en: "The provincial web portal has a digital-transformation section",
    },
    unit: "boolean",
  },
  {
    id: "portal_dts_article_count",
    label: {
      vi: "Số bài viết về chuyển đổi số đăng trên chuyên mục trong năm",
      en: "Digital-transformation articles published in the section in the year",
    },
    unit: "count",
    min: 0,
  },
]);

// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index II. */
export const inputs = defineInputs([
  {
    id: "party_dts_resolution_issued",
    label: {
      vi: "Đã ban hành Nghị quyết chuyên đề (hoặc văn bản tương đương) của cấp ủy về chuyển đổi số",
      en: "A thematic resolution (or equivalent document) of the Party Committee on digital transformation has been issued",
    },
    unit: "boolean",
  },
  {
    id: "five_year_plan_issued",
    label: {
      vi: "Đã ban hành Kế hoạch hành động 5 năm về chuyển đổi số",
      en: "A five-year action plan on digital transformation has been issued",
    },
    unit: "boolean",
  },
  {
    id: "annual_plan_issued",
    label: {
      vi: "Đã ban hành Kế hoạch hành động hằng năm về chuyển đổi số",
      en: "An annual action plan on digital transformation has been issued",
    },
    unit: "boolean",
  },
  {
    id: "egov_architecture_issued",
    label: {
      vi: "Đã ban hành Kiến trúc Chính quyền điện tử/Chính quyền số phiên bản mới nhất theo Khung kiến trúc Chính phủ điện tử Việt Nam (định hướng phát triển Chính quyền số)",
      en: "The latest version of the provincial e-government/digital-government architecture, following the Viet Nam e-Government Architecture Framework (oriented towards digital government), has been issued",
    },
    unit: "boolean",
  },
  {
    id: "architecture_training_held",
    label: {
      vi: "Đã tổ chức hội nghị, bồi dưỡng, tập huấn định kỳ hằng năm phổ biến, quán triệt và giám sát tuân thủ kiến trúc Chính quyền điện tử",
      en: "Annual conferences/training on disseminating and monitoring compliance with the provincial e-government architecture have been held",
    },
    unit: "boolean",
  },
  {
    id: "spending_reminder_issued",
    label: {
      vi: "Đã ban hành văn bản định kỳ hằng năm nhắc nhở, chấn chỉnh quản lý chi cho chuyển đổi số",
      en: "An annual document reminding and correcting the management of digital-transformation spending has been issued",
    },
    unit: "boolean",
  },
  {
    id: "spending_training_held",
    label: {
      vi: "Đã tổ chức hội nghị, bồi dưỡng, tập huấn định kỳ hằng năm phổ biến, quán triệt công tác chi cho chuyển đổi số",
      en: "Annual conferences/training on digital-transformation spending have been held",
    },
    unit: "boolean",
  },
  {
    id: "min_budget_share_policy_issued",
    label: {
      vi: "Đã ban hành chính sách tỷ lệ chi Ngân sách nhà nước tối thiểu hằng năm cho chuyển đổi số",
      en: "A policy on the minimum annual share of the state budget for digital transformation has been issued",
    },
    unit: "boolean",
  },
  {
    id: "expert_hiring_policy_issued",
    label: {
      vi: "Đã ban hành chính sách thuê chuyên gia chuyển đổi số",
      en: "A policy on hiring digital-transformation experts has been issued",
    },
    unit: "boolean",
  },
  {
    id: "dvctt_incentive_policy_issued",
    label: {
      vi: "Đã ban hành chính sách khuyến khích người dân, doanh nghiệp sử dụng DVCTT",
      en: "A policy encouraging citizens and businesses to use online public services has been issued",
    },
    unit: "boolean",
  },
  {
    id: "sme_dts_policy_issued",
    label: {
      vi: "Đã ban hành chính sách khuyến khích doanh nghiệp nhỏ và vừa chuyển đổi số",
      en: "A policy encouraging small and medium-sized enterprises to transform digitally has been issued",
    },
    unit: "boolean",
  },
]);

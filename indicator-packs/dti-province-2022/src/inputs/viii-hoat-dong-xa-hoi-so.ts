// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index VIII. */
export const inputs = defineInputs([
  {
    id: "people_with_digital_id",
    label: {
      vi: "Số người có danh tính số/tài khoản định danh điện tử",
      en: "Number of people with a digital identity/electronic identification account",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "people15_with_account",
    label: {
      vi: "Số người từ 15 tuổi trở lên có tài khoản giao dịch đang còn hoạt động tại ngân hàng hoặc các tổ chức được phép khác",
      en: "Number of people aged 15 and over with an active transaction account at a bank or other licensed institution",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "people_with_digital_signature",
    label: {
      vi: "Số người có chữ ký số hoặc chữ ký điện tử",
      en: "Number of people with a digital signature or personal electronic signature",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "households_with_digital_address",
    label: { vi: "Số lượng hộ gia đình có địa chỉ số", en: "Number of households with a digital address" },
    unit: "count",
    min: 0,
  },
  {
    id: "working_age_with_basic_digital_skills",
    label: {
      vi: "Số lượng người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản",
      en: "Number of working-age people trained in basic digital skills",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "digital_society_invest_bvnd",
    label: {
      vi: "Tổng kinh phí đầu tư từ ngân sách nhà nước cho xã hội số (tỷ đồng)",
      en: "Total state-budget investment spending on digital society (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "digital_society_recurrent_bvnd",
    label: {
      vi: "Tổng kinh phí chi thường xuyên từ ngân sách nhà nước cho xã hội số (tỷ đồng)",
      en: "Total state-budget recurrent spending on digital society (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "effective_participation_activities",
    label: {
      vi: "Số hoạt động trên kênh trực tuyến mà người dân cùng tham gia giải quyết vấn đề với chính quyền một cách hiệu quả (≥ 80% phản ánh là chính xác và được giải quyết)",
      en: "Number of online activities in which citizens effectively work with the authorities to solve local problems (at least 80% of reports accurate and resolved)",
    },
    unit: "count",
    min: 0,
  },
]);

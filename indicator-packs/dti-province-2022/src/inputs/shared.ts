// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used by several indicators, linked to general information (A1–A20), or fixed by the method text. */
export const inputs = defineInputs([
  {
    id: "population_total",
    label: { vi: "Tổng dân số của Tỉnh, thành phố", en: "Total population of the province" },
    unit: "count",
    min: 0,
    generalInfo: "A4",
    description: {
      vi: "Dùng cho 3.1, 4.11 và 8.1. Chỉ số 3.1 chia cho tổng dân số (mọi lứa tuổi) như văn bản ghi, dù tử số chỉ đếm người trưởng thành.",
      en: "Used by 3.1, 4.11 and 8.1. Indicator 3.1 divides by the total population (all ages) as printed, although its numerator counts adults only.",
    },
  },
  {
    id: "households_total",
    label: { vi: "Tổng số hộ gia đình của Tỉnh, thành phố", en: "Total number of households in the province" },
    unit: "count",
    min: 0,
    generalInfo: "A6",
  },
  {
    id: "communes_total",
    label: {
      vi: "Tổng số UBND cấp xã của Tỉnh, thành phố",
      en: "Total number of commune People's Committees in the province",
    },
    unit: "count",
    min: 0,
    generalInfo: "A8",
  },
  {
    id: "shared_platforms_deployed",
    label: {
      vi: "Số lượng nền tảng số dùng chung đã triển khai",
      en: "Number of shared digital platforms deployed",
    },
    unit: "count",
    min: 0,
    description: {
      vi: "Dùng cho 3.6 (a và d) và 3.7 (b).",
      en: "Used by 3.6 (as both a and d) and 3.7 (as b).",
    },
  },
  {
    id: "required_platforms_min",
    label: {
      vi: "Số lượng nền tảng số tối thiểu theo danh mục yêu cầu (7)",
      en: "Minimum number of digital platforms on the required list (7)",
    },
    unit: "count",
    min: 0,
    constant: 7,
  },
  {
    id: "civil_servants_total",
    label: { vi: "Tổng số công chức", en: "Total number of civil servants" },
    unit: "count",
    min: 0,
    generalInfo: "A11",
  },
  {
    id: "public_employees_total",
    label: { vi: "Tổng số viên chức", en: "Total number of public employees" },
    unit: "count",
    min: 0,
    generalInfo: "A12",
  },
  {
    id: "working_age_population",
    label: { vi: "Tổng dân số trong độ tuổi lao động", en: "Total working-age population" },
    unit: "count",
    min: 0,
    generalInfo: "A5",
  },
  {
    id: "systems_with_approved_level_dossier",
    label: {
      vi: "Số lượng hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ",
      en: "Number of information systems whose security-level proposal dossier has been approved",
    },
    unit: "count",
    min: 0,
    description: {
      vi: "Dùng cho 5.1 (giá trị so sánh) và 5.2 (mẫu số b).",
      en: "Used by 5.1 (the compared value) and 5.2 (denominator b).",
    },
  },
  {
    id: "servers_total",
    label: { vi: "Tổng số máy chủ trong CQNN", en: "Total number of servers in state agencies" },
    unit: "count",
    min: 0,
    generalInfo: "A13",
  },
  {
    id: "workstations_total",
    label: { vi: "Tổng số máy trạm trong CQNN", en: "Total number of workstations in state agencies" },
    unit: "count",
    min: 0,
    generalInfo: "A14",
  },
  {
    id: "info_systems_total",
    label: { vi: "Tổng số hệ thống thông tin", en: "Total number of information systems" },
    unit: "count",
    min: 0,
    generalInfo: "A15",
  },
  {
    id: "incidents_detected",
    label: {
      vi: "Số lượng sự cố đã phát hiện, gồm cả sự cố tự phát hiện và sự cố từ các cảnh báo của các đơn vị chuyên trách",
      en: "Number of incidents detected, including self-detected incidents and incidents from specialist units' alerts",
    },
    unit: "count",
    min: 0,
    description: {
      vi: "Dùng cho 5.10 (giá trị so sánh) và 5.11 (mẫu số b = Tổng số các sự cố).",
      en: "Used by 5.10 (the compared value) and 5.11 (denominator b, total incidents).",
    },
  },
  {
    id: "dts_budget_total_bvnd",
    label: {
      vi: "Tổng chi từ NSNN cho Chuyển đổi số (tỷ đồng)",
      en: "Total state-budget spending on digital transformation (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
    generalInfo: "A19",
  },
  {
    id: "dvctt_level3_4_total",
    label: {
      vi: "Tổng số DVCTT mức độ 3, 4",
      en: "Total number of level-3 and level-4 online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "state_budget_total_bvnd",
    label: {
      vi: "Tổng chi ngân sách nhà nước trên địa bàn (tỷ đồng)",
      en: "Total state-budget spending in the province (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
    description: {
      vi: "Không có trong mục Thông tin chung (A1–A20). Dùng cho 6.22, 7.11 và 7.12.",
      en: "Not among the general-information items (A1–A20). Used by 6.22, 7.11 and 7.12.",
    },
  },
  {
    id: "enterprises_total",
    label: { vi: "Tổng số doanh nghiệp trên địa bàn", en: "Total number of enterprises in the province" },
    unit: "count",
    min: 0,
    generalInfo: "A16",
  },
  {
    id: "smes_total",
    label: {
      vi: "Tổng số doanh nghiệp nhỏ và vừa trên địa bàn",
      en: "Total number of small and medium-sized enterprises in the province",
    },
    unit: "count",
    min: 0,
    generalInfo: "A17",
  },
  {
    id: "postal_points_total",
    label: { vi: "Tổng số điểm phục vụ bưu chính", en: "Total number of postal service points" },
    unit: "count",
    min: 0,
    generalInfo: "A18",
  },
  {
    id: "population_15plus",
    label: { vi: "Tổng dân số từ 15 tuổi trở lên", en: "Total population aged 15 and over" },
    unit: "count",
    min: 0,
    description: {
      vi: "Không có trong mục Thông tin chung (A1–A20). Dùng cho 8.2 và 8.3.",
      en: "Not among the general-information items (A1–A20). Used by 8.2 and 8.3.",
    },
  },
]);

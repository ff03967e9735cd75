// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index V. */
export const inputs = defineInputs([
  {
    id: "systems_fully_protected",
    label: {
      vi: "Số lượng hệ thống thông tin đã triển khai đầy đủ phương án bảo vệ theo HSĐXCĐ đã được phê duyệt",
      en: "Number of information systems that fully implement the protection plan of their approved security-level dossier",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "servers_sharing_with_ncsc",
    label: {
      vi: "Tổng số máy chủ có kết nối chia sẻ thông tin theo văn bản 2290/BTTTT-CATTT với Trung tâm NCSC",
      en: "Number of servers connected for information sharing with the NCSC under document 2290/BTTTT-CATTT",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "workstations_sharing_with_ncsc",
    label: {
      vi: "Tổng số máy trạm có kết nối chia sẻ thông tin theo văn bản 2290/BTTTT-CATTT với Trung tâm NCSC",
      en: "Number of workstations connected for information sharing with the NCSC under document 2290/BTTTT-CATTT",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "botnet_ips_cleaned",
    label: {
      vi: "Số lượng địa chỉ IP public phát hiện có kết nối mạng IP botnet hoặc trong danh sách blacklist đã được xử lý, loại bỏ mã độc",
      en: "Number of public IP addresses found connected to botnets or on a blacklist that have been handled and cleaned of malware",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "botnet_ips_detected",
    label: {
      vi: "Tổng số lượng địa chỉ IP public phát hiện có kết nối mạng IP botnet hoặc trong danh sách blacklist",
      en: "Total number of public IP addresses found connected to botnets or on a blacklist",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "systems_soc_monitored",
    label: {
      vi: "Số lượng hệ thống thông tin được SOC bảo vệ, triển khai giám sát trực tiếp và kết nối chia sẻ dữ liệu với NCSC",
      en: "Number of information systems protected by a SOC, directly monitored and sharing data with the NCSC",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "systems_audited",
    label: {
      vi: "Số lượng HTTT của CQNN đã được kiểm tra, đánh giá",
      en: "Number of state-agency information systems that have been inspected and assessed",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "systems_with_response_plan",
    label: {
      vi: "Số lượng các hệ thống thông tin có các phương án ứng cứu xử lý sự cố tấn công mạng",
      en: "Number of information systems with cyber-attack incident response plans",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "drills_held",
    label: {
      vi: "Số lượng các cuộc diễn tập (theo quy định) được triển khai",
      en: "Number of (required) drills held",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "incidents_handled",
    label: { vi: "Số lượng sự cố đã xử lý", en: "Number of incidents handled" },
    unit: "count",
    min: 0,
  },
  {
    id: "infosec_invest_bvnd",
    label: {
      vi: "Kinh phí đầu tư từ NSNN chi cho ATTT (tỷ đồng)",
      en: "State-budget investment spending on information security (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_recurrent_bvnd",
    label: {
      vi: "Kinh phí thường xuyên từ NSNN chi cho ATTT (tỷ đồng)",
      en: "State-budget recurrent spending on information security (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_monitoring_bvnd",
    label: {
      vi: "Kinh phí giám sát ATTT (tỷ đồng)",
      en: "Spending on information-security monitoring (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_audit_bvnd",
    label: {
      vi: "Kinh phí kiểm tra, đánh giá ATTT (tỷ đồng)",
      en: "Spending on information-security inspection and assessment (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_drills_bvnd",
    label: {
      vi: "Kinh phí diễn tập, ứng cứu sự cố ATTT (tỷ đồng)",
      en: "Spending on information-security drills and incident response (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_training_bvnd",
    label: {
      vi: "Kinh phí đào tạo, tập huấn ATTT (tỷ đồng)",
      en: "Spending on information-security training (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "infosec_awareness_bvnd",
    label: {
      vi: "Kinh phí tuyên truyền nâng cao nhận thức ATTT (tỷ đồng)",
      en: "Spending on information-security awareness campaigns (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
]);

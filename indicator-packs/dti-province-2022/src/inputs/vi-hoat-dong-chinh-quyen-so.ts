// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index VI. */
export const inputs = defineInputs([
  {
    id: "portal_meets_requirements",
    label: {
      vi: "Cổng TTĐT đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
      en: "The provincial web portal meets the prescribed functional and technical requirements",
    },
    unit: "boolean",
  },
  {
    id: "portal_ipv6",
    label: {
      vi: "Cổng TTĐT đã chuyển đổi sang công nghệ IPv6",
      en: "The provincial web portal has moved to IPv6",
    },
    unit: "boolean",
  },
  {
    id: "open_data_portal_deployed",
    label: {
      vi: "Tỉnh, TP có Cổng dữ liệu mở hoặc là cổng thành phần của Cổng dữ liệu quốc gia",
      en: "The province has an open data portal, or a component portal of the National Data Portal",
    },
    unit: "boolean",
  },
  {
    id: "open_data_portal_meets_tech",
    label: {
      vi: "Cổng dữ liệu mở đã đáp ứng yêu cầu kỹ thuật",
      en: "The open data portal meets the technical requirements",
    },
    unit: "boolean",
  },
  {
    id: "tthc_system_merged",
    label: {
      vi: "Đã hợp nhất Cổng Dịch vụ công với Hệ thống thông tin một cửa điện tử cấp tỉnh thành Hệ thống thông tin giải quyết TTHC của tỉnh",
      en: "The public service portal and the provincial electronic one-stop system have been merged into the province's administrative-procedure information system",
    },
    unit: "boolean",
  },
  {
    id: "tthc_meets_requirements",
    label: {
      vi: "Hệ thống thông tin giải quyết TTHC đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
      en: "The administrative-procedure information system meets the prescribed functional and technical requirements",
    },
    unit: "boolean",
  },
  {
    id: "tthc_ipv6",
    label: {
      vi: "Hệ thống thông tin giải quyết TTHC đã chuyển đổi sang công nghệ IPv6",
      en: "The administrative-procedure information system has moved to IPv6",
    },
    unit: "boolean",
  },
  {
    id: "other_channel_info",
    label: {
      vi: "Kênh số khác (ngoài Cổng TTĐT và Cổng DVC) đã triển khai cung cấp thông tin",
      en: "Another digital channel (besides the web portal and the public service portal) provides information",
    },
    unit: "boolean",
  },
  {
    id: "other_channel_dvctt",
    label: {
      vi: "Kênh số khác (ngoài Cổng TTĐT và Cổng DVC) đã triển khai cung cấp dịch vụ công trực tuyến",
      en: "Another digital channel (besides the web portal and the public service portal) provides online public services",
    },
    unit: "boolean",
  },
  {
    id: "other_channel_interaction",
    label: {
      vi: "Đã triển khai kênh số khác (ngoài Cổng TTĐT) phục vụ tương tác trực tuyến với người dân, doanh nghiệp",
      en: "Another digital channel (besides the web portal) for online interaction with citizens and businesses has been deployed",
    },
    unit: "boolean",
  },
  {
    id: "apps_connected_lgsp",
    label: {
      vi: "Tổng số các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua LGSP",
      en: "Number of applications with shared data connected to and used through the LGSP",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "apps_with_shared_data",
    label: {
      vi: "Tổng số các ứng dụng có dữ liệu dùng chung",
      en: "Total number of applications with shared data",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "ndxp_services_in_use",
    label: {
      vi: "Tổng số dịch vụ dữ liệu có trên NDXP được đưa vào sử dụng chính thức",
      en: "Number of data services on the NDXP officially put into use",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "ndxp_services_total",
    label: { vi: "Tổng số dịch vụ dữ liệu có trên NDXP", en: "Total number of data services on the NDXP" },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_level4_or_full",
    label: {
      vi: "Số lượng dịch vụ công trực tuyến mức độ 4 hoặc toàn trình",
      en: "Number of level-4 or end-to-end online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "services_eligible_level4",
    label: {
      vi: "Số lượng dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 hoặc toàn trình",
      en: "Number of public services eligible to be level-4 or end-to-end online",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_prefilled",
    label: {
      vi: "Tổng số DVCTT 3, 4 được điền sẵn thông tin và người dân, doanh nghiệp không cần khai báo lại",
      en: "Number of level-3 and level-4 online public services with pre-filled information, so citizens and businesses need not declare it again",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_personalized",
    label: {
      vi: "Tổng số DVCTT 3, 4 được cá thể hóa",
      en: "Number of level-3 and level-4 online public services that are personalised",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_l3_with_dossiers",
    label: {
      vi: "Tổng số DVCTT mức 3 có phát sinh hồ sơ (cả trực tuyến và không trực tuyến)",
      en: "Number of level-3 online public services that received dossiers (online or not)",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_l4_with_dossiers",
    label: {
      vi: "Tổng số DVCTT mức 4 có phát sinh hồ sơ (cả trực tuyến và không trực tuyến)",
      en: "Number of level-4 online public services that received dossiers (online or not)",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_l3_with_online_dossiers",
    label: {
      vi: "Tổng số DVCTT mức 3 có phát sinh hồ sơ trực tuyến",
      en: "Number of level-3 online public services that received online dossiers",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dvctt_l4_with_online_dossiers",
    label: {
      vi: "Tổng số DVCTT mức 4 có phát sinh hồ sơ trực tuyến",
      en: "Number of level-4 online public services that received online dossiers",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dossiers_total",
    label: {
      vi: "Tổng số hồ sơ giải quyết DVC (gồm cả 4 mức độ) trong năm của các cơ quan, đơn vị thuộc Tỉnh, thành phố",
      en: "Total number of public-service dossiers (all four levels) settled in the year by the province's agencies and units",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dossiers_online_l3",
    label: {
      vi: "Tổng số hồ sơ giải quyết trực tuyến của DVCTT mức độ 3",
      en: "Number of dossiers settled online through level-3 online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dossiers_online_l4",
    label: {
      vi: "Tổng số hồ sơ giải quyết trực tuyến của DVCTT mức độ 4",
      en: "Number of dossiers settled online through level-4 online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "citizen_accounts_using_dvctt",
    label: {
      vi: "Số lượng tài khoản của người dân sử dụng DVCTT",
      en: "Number of citizen accounts that used online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "business_accounts_using_dvctt",
    label: {
      vi: "Số lượng tài khoản của doanh nghiệp sử dụng DVCTT",
      en: "Number of business accounts that used online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "citizen_accounts_registered",
    label: { vi: "Số lượng tài khoản của người dân đăng ký", en: "Number of registered citizen accounts" },
    unit: "count",
    min: 0,
  },
  {
    id: "business_accounts_registered",
    label: { vi: "Số lượng tài khoản của doanh nghiệp đăng ký", en: "Number of registered business accounts" },
    unit: "count",
    min: 0,
  },
  {
    id: "citizens_rating",
    label: {
      vi: "Tổng số người dân tham gia đánh giá mức độ hài lòng",
      en: "Total number of citizens who rated their satisfaction",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "citizens_satisfied",
    label: {
      vi: "Số lượng người dân đánh giá là hài lòng khi sử dụng DVCTT",
      en: "Number of citizens who rated themselves satisfied with online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "businesses_rating",
    label: {
      vi: "Tổng số doanh nghiệp tham gia đánh giá mức độ hài lòng",
      en: "Total number of businesses who rated their satisfaction",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "businesses_satisfied",
    label: {
      vi: "Số lượng doanh nghiệp đánh giá là hài lòng khi sử dụng DVCTT",
      en: "Number of businesses who rated themselves satisfied with online public services",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "analytics_platform_deployed",
    label: {
      vi: "Đã triển khai nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung",
      en: "A centralised data analysis and processing platform has been deployed",
    },
    unit: "boolean",
  },
  {
    id: "governance_platform_deployed",
    label: {
      vi: "Đã triển khai nền tảng số quản trị tổng thể, thống nhất toàn tỉnh phục vụ chỉ đạo, điều hành và quản trị nội bộ",
      en: "A province-wide unified digital governance platform for direction, administration and internal management has been deployed",
    },
    unit: "boolean",
  },
  {
    id: "meeting_platform_agencies",
    label: {
      vi: "Nền tảng họp trực tuyến đã triển khai đến các cơ quan, đơn vị thuộc, trực thuộc",
      en: "The online meeting platform reaches the affiliated and subordinate agencies and units",
    },
    unit: "boolean",
  },
  {
    id: "meeting_platform_personal_devices",
    label: {
      vi: "Nền tảng họp trực tuyến đã triển khai đến từng thiết bị cá nhân",
      en: "The online meeting platform reaches individual personal devices",
    },
    unit: "boolean",
  },
  {
    id: "monitoring_platform_deployed",
    label: {
      vi: "Đã triển khai nền tảng giám sát trực tuyến phục vụ công tác quản lý nhà nước",
      en: "An online monitoring platform for state management has been deployed",
    },
    unit: "boolean",
  },
  {
    id: "citizen_assistant_status",
    label: {
      vi: "Tình trạng nền tảng trợ lý ảo phục vụ người dân, doanh nghiệp (cá thể hóa được / chưa cá thể hóa / chưa triển khai)",
      en: "Status of the virtual-assistant platform for citizens and businesses (personalisable / not personalised / not deployed)",
    },
    unit: "choice",
    options: [
      {
        value: "deployed_personalizable",
        label: {
          vi: "Đã triển khai và có thể cá thể hóa theo nhu cầu của cá nhân",
          en: "Deployed and can be personalised to individual needs",
        },
      },
      {
        value: "deployed_not_personalized",
        label: {
          vi: "Đã triển khai và chưa cá thể hóa theo nhu cầu của cá nhân",
          en: "Deployed but not personalised to individual needs",
        },
      },
      { value: "not_deployed", label: { vi: "Chưa triển khai", en: "Not deployed" } },
    ],
  },
  {
    id: "staff_assistant_status",
    label: {
      vi: "Tình trạng nền tảng trợ lý ảo phục vụ công chức, viên chức (cá thể hóa được / chưa cá thể hóa / chưa triển khai)",
      en: "Status of the virtual-assistant platform for civil servants and public employees (personalisable / not personalised / not deployed)",
    },
    unit: "choice",
    options: [
      {
        value: "deployed_personalizable",
        label: {
          vi: "Đã triển khai và có thể cá thể hóa theo nhu cầu của cá nhân",
          en: "Deployed and can be personalised to individual needs",
        },
      },
      {
        value: "deployed_not_personalized",
        label: {
          vi: "Đã triển khai và chưa cá thể hóa theo nhu cầu của cá nhân",
          en: "Deployed but not personalised to individual needs",
        },
      },
      { value: "not_deployed", label: { vi: "Chưa triển khai", en: "Not deployed" } },
    ],
  },
  {
    id: "ai_state_mgmt_activities",
    label: {
      vi: "Số hoạt động nghiệp vụ quản lý nhà nước có ứng dụng AI để phân tích, xử lý dữ liệu tổng hợp tập trung phục vụ quản lý, ra quyết định",
      en: "Number of state-management activities that apply AI to analyse and process centralised data for management and decision-making",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "digital_gov_invest_bvnd",
    label: {
      vi: "Kinh phí đầu tư từ Ngân sách nhà nước cho chính quyền số (tỷ đồng)",
      en: "State-budget investment spending on digital government (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "digital_gov_recurrent_bvnd",
    label: {
      vi: "Kinh phí chi thường xuyên từ Ngân sách nhà nước cho chính quyền số (tỷ đồng)",
      en: "State-budget recurrent spending on digital government (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
]);

// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính VI – Hoạt động chính quyền số: 22 chỉ số thành phần, 200 điểm. */
export const index = {
  code: "VI",
  name: { vi: "Hoạt động chính quyền số", en: "Digital government activity" },
  maxPoints: 200,
  group: "activity",
  notes: "Code printed '\\4' in the OCR.",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "6.1",
    index: "VI",
    name: {
      vi: "Cổng thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
      en: "Provincial web portal meets the prescribed functional and technical requirements",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "portal_meets_requirements" },
      { address: "b", input: "portal_ipv6" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "portal_meets_requirements",
          label: {
            vi: "Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
            en: "Meets the prescribed functional and technical requirements",
          },
          fraction: 0.8,
          input: "portal_meets_requirements",
        },
        {
          id: "portal_ipv6",
          label: { vi: "Đã chuyển đổi sang công nghệ IPv6", en: "Has moved to IPv6" },
          fraction: 0.2,
          input: "portal_ipv6",
        },
      ],
    },
    method: {
      vi: lines(
        "- Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định: 4/5*Điểm tối đa;",
        "- Đã chuyển đổi sang công nghệ IPv6: 1/5*Điểm tối đa;",
        "- Chưa đáp ứng, chưa chuyển đổi: 0 điểm",
      ),
      en: lines(
        "- Meets the prescribed functional and technical requirements: 4/5 × maximum points;",
        "- Has moved to IPv6: 1/5 × maximum points;",
        "- Does not meet the requirements, has not moved: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Báo cáo tự đánh giá Cổng TTĐT theo yêu cầu chức năng, tính năng kỹ thuật; kết quả kiểm tra IPv6",
      en: "Self-assessment of the web portal against the functional and technical requirements; IPv6 test results",
    },
  },
  {
    code: "6.2",
    index: "VI",
    name: { vi: "Triển khai Cổng dữ liệu mở", en: "Open data portal" },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "open_data_portal_deployed" },
      { address: "b", input: "open_data_portal_meets_tech" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "open_data_portal_deployed",
          label: {
            vi: "Có Cổng dữ liệu mở hoặc là cổng thành phần của Cổng dữ liệu quốc gia",
            en: "Has an open data portal, or a component portal of the National Data Portal",
          },
          fraction: 0.5,
          input: "open_data_portal_deployed",
        },
        {
          id: "open_data_portal_meets_tech",
          label: { vi: "Đáp ứng yêu cầu kỹ thuật", en: "Meets the technical requirements" },
          fraction: 0.5,
          input: "open_data_portal_meets_tech",
        },
      ],
    },
    method: {
      vi: lines(
        "1. Triển khai",
        "- Tỉnh, TP có Cổng dữ liệu mở hoặc là cổng thành phần của Cổng dữ liệu quốc gia: 1/2*Điểm tối đa;",
        "- Chưa triển khai: 0 điểm.",
        "2. Đáp ứng yêu cầu kỹ thuật",
        "- Đã đáp ứng: 1/2*Điểm tối đa;",
        "- Chưa đáp ứng: 0 điểm",
      ),
      en: lines(
        "1. Deployment",
        "- The province has an open data portal, or is a component portal of the National Data Portal: 1/2 × maximum points;",
        "- Not deployed: 0 points.",
        "2. Meeting the technical requirements",
        "- Meets them: 1/2 × maximum points;",
        "- Does not: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Địa chỉ Cổng dữ liệu mở; báo cáo đáp ứng yêu cầu kỹ thuật",
      en: "Address of the open data portal; report on meeting the technical requirements",
    },
    notes: "The OCR has a stray duplicate '- Chưa đáp ứng: 0 điểm' inside part 1; dropped.",
  },
  {
    code: "6.3",
    index: "VI",
    name: {
      vi: "Hệ thống thông tin giải quyết thủ tục hành chính đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
      en: "Administrative-procedure information system meets the prescribed functional and technical requirements",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "tthc_system_merged" },
      { address: "b", input: "tthc_meets_requirements" },
      { address: "c", input: "tthc_ipv6" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "merged_portal_one_stop",
          label: {
            vi: "Hợp nhất Cổng Dịch vụ công với Hệ thống thông tin một cửa điện tử cấp tỉnh",
            en: "Public service portal merged with the provincial electronic one-stop system",
          },
          fraction: 0.2,
          input: "tthc_system_merged",
        },
        {
          id: "tthc_meets_requirements",
          label: {
            vi: "Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định",
            en: "Meets the prescribed functional and technical requirements",
          },
          fraction: 0.6,
          input: "tthc_meets_requirements",
        },
        {
          id: "tthc_ipv6",
          label: { vi: "Đã chuyển đổi sang công nghệ IPv6", en: "Has moved to IPv6" },
          fraction: 0.2,
          input: "tthc_ipv6",
        },
      ],
    },
    method: {
      vi: lines(
        "- Hợp nhất Cổng Dịch vụ công với Hệ thống thông tin một cửa điện tử cấp tỉnh tạo thành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, TP: 1/5*Điểm tối đa;",
        "- Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định: 3/5*Điểm tối đa;",
        "- Đã chuyển đổi sang công nghệ IPv6: 1/5*Điểm tối đa;",
        "- Chưa đáp ứng, chưa hợp nhất, chưa chuyển đổi: 0 điểm",
      ),
      en: lines(
        "- The public service portal and the provincial electronic one-stop system are merged into the province's administrative-procedure information system: 1/5 × maximum points;",
        "- Meets the prescribed functional and technical requirements: 3/5 × maximum points;",
        "- Has moved to IPv6: 1/5 × maximum points;",
        "- Does not meet the requirements, not merged, has not moved: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Quyết định đưa Hệ thống thông tin giải quyết TTHC vào vận hành; báo cáo đánh giá chức năng; kết quả kiểm tra IPv6",
      en: "Decision putting the administrative-procedure system into operation; functional assessment; IPv6 test results",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Fraction guessed: the 'meets the requirements' part prints '§/5'; read as 3/5 so that the parts add up to the whole (1/5 + 3/5 + 1/5).",
    },
  },
  {
    code: "6.4",
    index: "VI",
    name: {
      vi: "Triển khai kênh số khác (ngoài Cổng TTĐT và Cổng DVC) để cung cấp thông tin và DVCTT",
      en: "Other digital channels (besides the web portal and public service portal) providing information and online public services",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "other_channel_info" },
      { address: "b", input: "other_channel_dvctt" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "other_channel_info",
          label: { vi: "Đã triển khai cung cấp thông tin", en: "Deployed to provide information" },
          fraction: 0.5,
          input: "other_channel_info",
        },
        {
          id: "other_channel_dvctt",
          label: {
            vi: "Đã triển khai cung cấp dịch vụ công trực tuyến",
            en: "Deployed to provide online public services",
          },
          fraction: 0.5,
          input: "other_channel_dvctt",
        },
      ],
    },
    method: {
      vi: lines(
        "- Đã triển khai cung cấp thông tin: 1/2*Điểm tối đa;",
        "- Đã triển khai cung cấp dịch vụ công trực tuyến: 1/2*Điểm tối đa;",
        "- Chưa triển khai: 0 điểm",
      ),
      en: lines(
        "- Deployed to provide information: 1/2 × maximum points;",
        "- Deployed to provide online public services: 1/2 × maximum points;",
        "- Not deployed: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh (Trung tâm PVHCC)"],
    evidence: {
      vi: "Đường dẫn hoặc ứng dụng của kênh số (ứng dụng di động, trang mạng xã hội chính thức…) cung cấp thông tin và DVCTT",
      en: "Links to the digital channels (mobile app, official social-media pages…) providing information and online services",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Method reconstructed: the first two lines are noisy in the OCR ('] %ﬁ tt“in klg‘;“ SUnE 4P thg.nitm' 12 Dtlem ttm da;', 'a rien £hal cung cap Qieh v cong tue yen: … U2*biem o1 da;'); read as 'cung cấp thông tin: 1/2*Điểm tối đa' and 'cung cấp dịch vụ công trực tuyến: 1/2*Điểm tối đa'.",
    },
  },
  {
    code: "6.5",
    index: "VI",
    name: {
      vi: "Triển khai kênh số khác (ngoài Cổng TTĐT) phục vụ tương tác trực tuyến với người dân, doanh nghiệp",
      en: "Other digital channels (besides the web portal) for online interaction with citizens and businesses",
    },
    maxPoints: 5,
    inputs: [{ input: "other_channel_interaction" }],
    rule: { kind: "boolean", input: "other_channel_interaction" },
    method: {
      vi: lines("- Đã triển khai: Điểm tối đa;", "- Chưa triển khai: 0 điểm"),
      en: lines("- Deployed: maximum points;", "- Not deployed: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh (Trung tâm PVHCC)"],
    evidence: {
      vi: "Đường dẫn kênh tương tác trực tuyến (ứng dụng, mạng xã hội, tổng đài…)",
      en: "Links to the online interaction channels (apps, social media, hotlines…)",
    },
    provisional: {
      aspect: ["name"],
      reason:
        "Name wording: 'với' in '… tương tác trực tuyến với người dân, doanh nghiệp' is reconstructed (OCR 'tr(ufcgtuyé'n chi'; could also be 'cho'). Scoring unaffected.",
    },
  },
  {
    code: "6.6",
    index: "VI",
    name: {
      vi: "Tỷ lệ các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)",
      en: "Share of applications with shared data connected to and used through the provincial data integration and sharing platform (LGSP)",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "apps_connected_lgsp" },
      { address: "b", input: "apps_with_shared_data" },
    ],
    rule: { kind: "ratio", a: "apps_connected_lgsp", b: "apps_with_shared_data" },
    method: {
      vi: lines(
        "a = Tổng số các ứng dụng có dữ liệu dùng chung được kết nối, sử dụng qua LGSP;",
        "b = Tổng số các ứng dụng có dữ liệu dùng chung;",
        "- Tỷ lệ = a/b.",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of applications with shared data connected to and used through the LGSP;",
        "b = Total number of applications with shared data;",
        "- Ratio = a/b.",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Danh sách ứng dụng có dữ liệu dùng chung và trạng thái kết nối LGSP",
      en: "List of applications with shared data and their LGSP connection status",
    },
    notes:
      "Zero denominator (no application with shared data) scores 0 (engine default): it more likely means missing data than nothing left to connect.",
  },
  {
    code: "6.7",
    index: "VI",
    name: {
      vi: "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại Tỉnh, thành phố",
      en: "Share of data services on the National Data Integration and Sharing Platform (NDXP) officially in use in the province",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "ndxp_services_in_use" },
      { address: "b", input: "ndxp_services_total" },
    ],
    rule: { kind: "ratio", a: "ndxp_services_in_use", b: "ndxp_services_total" },
    method: {
      vi: lines(
        "a = Tổng số dịch vụ dữ liệu có trên NDXP được đưa vào sử dụng chính thức;",
        "b = Tổng số dịch vụ dữ liệu có trên NDXP;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of data services on the NDXP officially put into use;",
        "b = Total number of data services on the NDXP;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở, ngành"],
    evidence: {
      vi: "Danh sách dịch vụ dữ liệu trên NDXP đã được đưa vào sử dụng chính thức",
      en: "List of NDXP data services officially in use",
    },
    provisional: {
      aspect: ["name"],
      reason:
        "Name restored: the OCR 'Ty 16 80 dich vi i liéu c0 trén Nen ting' is read as 'Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng …'. Scoring unaffected.",
    },
  },
  {
    code: "6.8",
    index: "VI",
    name: {
      vi: "Tỷ lệ DVCTT mức độ 4 hoặc toàn trình",
      en: "Share of level-4 or end-to-end online public services",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "dvctt_level4_or_full" },
      { address: "b", input: "services_eligible_level4" },
    ],
    rule: { kind: "all_or_nothing", a: "dvctt_level4_or_full", b: "services_eligible_level4", threshold: 1 },
    method: {
      vi: lines(
        "a = Số lượng dịch vụ công trực tuyến mức độ 4 hoặc toàn trình;",
        "b = Số lượng dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 hoặc toàn trình;",
        "- Tỷ lệ = a/b",
        "- Điểm =",
        "  + Tỷ lệ = 100%: Điểm tối đa;",
        "  + Tỷ lệ < 100%: 0 điểm",
      ),
      en: lines(
        "a = Number of level-4 or end-to-end online public services;",
        "b = Number of public services eligible to be level-4 or end-to-end online;",
        "- Ratio = a/b",
        "- Points =",
        "  + Ratio = 100%: maximum points;",
        "  + Ratio < 100%: 0 points",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Danh mục DVCTT mức độ 4/toàn trình và danh mục dịch vụ công đủ điều kiện",
      en: "Lists of level-4/end-to-end online services and of eligible services",
    },
    notes:
      "Zero denominator (no eligible service) scores 0 (engine default): every province has eligible services, so 0 more likely means missing data.",
  },
  {
    code: "6.9",
    index: "VI",
    name: {
      vi: "Tỷ lệ DVCTT được điền sẵn thông tin",
      en: "Share of online public services with pre-filled information",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "dvctt_prefilled" },
      { address: "b", input: "dvctt_level3_4_total" },
    ],
    rule: { kind: "ratio", a: "dvctt_prefilled", b: "dvctt_level3_4_total" },
    method: {
      vi: lines(
        "a = Tổng số DVCTT 3, 4 được điền sẵn thông tin và người dân, doanh nghiệp không cần khai báo lại;",
        "b = Tổng số DVCTT 3, 4;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa.",
        "Giải thích: DVCTT được điền sẵn thông tin là những DVCTT được triển khai kết nối đến các CSDL và khai thác dữ liệu sẵn có để tự động điền thông tin vào biểu mẫu điện tử",
      ),
      en: lines(
        "a = Total number of level-3 and level-4 online public services with pre-filled information, so citizens and businesses need not declare it again;",
        "b = Total number of level-3 and level-4 online public services;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points.",
        "Explanation: online public services with pre-filled information are those connected to databases that use existing data to fill in the electronic form automatically",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Danh mục DVCTT được điền sẵn thông tin",
      en: "List of online public services with pre-filled information",
    },
  },
  {
    code: "6.10",
    index: "VI",
    name: { vi: "Tỷ lệ DVCTT được cá thể hóa", en: "Share of personalised online public services" },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "dvctt_personalized" },
      { address: "b", input: "dvctt_level3_4_total" },
    ],
    rule: { kind: "ratio", a: "dvctt_personalized", b: "dvctt_level3_4_total" },
    method: {
      vi: lines(
        "a = Tổng số DVCTT 3, 4 được cá thể hóa;",
        "b = Tổng số DVCTT 3, 4;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa.",
        "Giải thích: DVCTT được cá thể hóa là DVCTT có một trong những tính năng cá thể hóa sau: 1) Cá thể hóa cách tiếp cận dịch vụ; 2) Cá thể hóa thực hiện dịch vụ; 3) Cá thể hóa về trả kết quả dịch vụ.",
      ),
      en: lines(
        "a = Total number of level-3 and level-4 online public services that are personalised;",
        "b = Total number of level-3 and level-4 online public services;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points.",
        "Explanation: a personalised online public service has one of these personalisation features: 1) personalised access to the service; 2) personalised execution of the service; 3) personalised delivery of the result.",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Danh mục DVCTT được cá thể hóa, kèm tính năng cá thể hóa",
      en: "List of personalised online public services and their personalisation features",
    },
  },
  {
    code: "6.11",
    index: "VI",
    name: {
      vi: "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
      en: "Share of online public services that received online dossiers",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "dvctt_l3_with_dossiers" },
      { address: "b", input: "dvctt_l4_with_dossiers" },
      { address: "c", input: "dvctt_l3_with_online_dossiers" },
      { address: "d", input: "dvctt_l4_with_online_dossiers" },
    ],
    rule: {
      kind: "ratio",
      a: ["dvctt_l3_with_online_dossiers", "dvctt_l4_with_online_dossiers"],
      b: ["dvctt_l3_with_dossiers", "dvctt_l4_with_dossiers"],
    },
    method: {
      vi: lines(
        "a = Tổng số DVCTT mức 3 có phát sinh hồ sơ (cả trực tuyến và không trực tuyến);",
        "b = Tổng số DVCTT mức 4 có phát sinh hồ sơ (cả trực tuyến và không trực tuyến);",
        "c = Tổng số DVCTT mức 3 có phát sinh hồ sơ trực tuyến;",
        "d = Tổng số DVCTT mức 4 có phát sinh hồ sơ trực tuyến;",
        "- Tỷ lệ = (c+d)/(a+b)",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of level-3 online public services that received dossiers (online or not);",
        "b = Total number of level-4 online public services that received dossiers (online or not);",
        "c = Total number of level-3 online public services that received online dossiers;",
        "d = Total number of level-4 online public services that received online dossiers;",
        "- Ratio = (c+d)/(a+b)",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu thống kê từ Hệ thống thông tin giải quyết TTHC của tỉnh",
      en: "Statistics from the provincial administrative-procedure information system",
    },
  },
  {
    code: "6.12",
    index: "VI",
    name: { vi: "Tỷ lệ hồ sơ xử lý trực tuyến", en: "Share of dossiers processed online" },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "dossiers_total" },
      { address: "b", input: "dossiers_online_l3" },
      { address: "c", input: "dossiers_online_l4" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: ["dossiers_online_l3", "dossiers_online_l4"],
      b: "dossiers_total",
      target: 0.8,
    },
    method: {
      vi: lines(
        "a = Tổng số hồ sơ giải quyết DVC (gồm cả 4 mức độ) trong năm của các cơ quan, đơn vị thuộc Tỉnh, thành phố;",
        "b = Tổng số hồ sơ giải quyết trực tuyến của DVCTT mức độ 3;",
        "c = Tổng số hồ sơ giải quyết trực tuyến của DVCTT mức độ 4;",
        "- Tỷ lệ = (b+c)/a",
        "- Điểm =",
        "  + Tỷ lệ >= 80%: Điểm tối đa;",
        "  + Tỷ lệ < 80%: Tỷ lệ/80%*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of public-service dossiers (all four levels) settled in the year by the province's agencies and units;",
        "b = Total number of dossiers settled online through level-3 online public services;",
        "c = Total number of dossiers settled online through level-4 online public services;",
        "- Ratio = (b+c)/a",
        "- Points =",
        "  + Ratio ≥ 80%: maximum points;",
        "  + Ratio < 80%: Ratio/80% × maximum points",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu thống kê hồ sơ từ Hệ thống thông tin giải quyết TTHC của tỉnh",
      en: "Dossier statistics from the provincial administrative-procedure information system",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Max points guessed: the cell prints 'g' (line 1335); 20 is the only value that makes index VI total 200 (the other 21 indicators sum to 180).",
    },
    notes: "Here the letters differ from the formula's roles: a is the denominator (all dossiers), b and c the numerator.",
  },
  {
    code: "6.13",
    index: "VI",
    name: {
      vi: "Tỷ lệ tài khoản của người dân, doanh nghiệp có sử dụng DVCTT mức độ 3, 4 trong năm",
      en: "Share of citizen and business accounts that used level-3 or level-4 online public services in the year",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "citizen_accounts_using_dvctt" },
      { address: "b", input: "business_accounts_using_dvctt" },
      { address: "c", input: "citizen_accounts_registered" },
      { address: "d", input: "business_accounts_registered" },
    ],
    rule: {
      kind: "ratio",
      a: ["citizen_accounts_using_dvctt", "business_accounts_using_dvctt"],
      b: ["citizen_accounts_registered", "business_accounts_registered"],
    },
    method: {
      vi: lines(
        "a = Số lượng tài khoản của người dân sử dụng DVCTT;",
        "b = Số lượng tài khoản của doanh nghiệp sử dụng DVCTT;",
        "c = Số lượng tài khoản của người dân đăng ký;",
        "d = Số lượng tài khoản của doanh nghiệp đăng ký;",
        "- Tỷ lệ = (a+b)/(c+d);",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of citizen accounts that used online public services;",
        "b = Number of business accounts that used online public services;",
        "c = Number of registered citizen accounts;",
        "d = Number of registered business accounts;",
        "- Ratio = (a+b)/(c+d);",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Số liệu tài khoản từ Cổng dịch vụ công, Hệ thống thông tin giải quyết TTHC",
      en: "Account statistics from the public service portal and the administrative-procedure system",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Method reconstructed: the OCR prints 'Piém=Ty 1¢ 1*Piém tbi da' with a stray '1'; read as 'Điểm = Tỷ lệ*Điểm tối đa'. The lead agency Sở TTTT (not the Trung tâm PVHCC) is transcribed as printed.",
    },
  },
  {
    code: "6.14",
    index: "VI",
    name: {
      vi: "Mức độ hài lòng của người dân, doanh nghiệp khi sử dụng DVCTT",
      en: "Satisfaction of citizens and businesses with online public services",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "citizens_rating" },
      { address: "b", input: "citizens_satisfied" },
      { address: "c", input: "businesses_rating" },
      { address: "d", input: "businesses_satisfied" },
    ],
    rule: {
      kind: "ratio",
      a: ["citizens_satisfied", "businesses_satisfied"],
      b: ["citizens_rating", "businesses_rating"],
    },
    method: {
      vi: lines(
        "a = Tổng số người dân tham gia đánh giá mức độ hài lòng;",
        "b = Số lượng người dân đánh giá là hài lòng khi sử dụng DVCTT;",
        "c = Tổng số doanh nghiệp tham gia đánh giá mức độ hài lòng;",
        "d = Số lượng doanh nghiệp đánh giá là hài lòng khi sử dụng DVCTT.",
        "- Tỷ lệ = (b+d)/(a+c)",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of citizens who rated their satisfaction;",
        "b = Number of citizens who rated themselves satisfied with online public services;",
        "c = Total number of businesses who rated their satisfaction;",
        "d = Number of businesses who rated themselves satisfied with online public services.",
        "- Ratio = (b+d)/(a+c)",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Kết quả khảo sát, đánh giá mức độ hài lòng trên Cổng dịch vụ công",
      en: "Satisfaction survey results from the public service portal",
    },
    notes:
      "Here the letters differ from the formula's roles: a and c are the raters (denominator), b and d the satisfied (numerator). Zero denominator (nobody rated) scores 0 (engine default).",
  },
  {
    code: "6.15",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung",
      en: "Centralised data analysis and processing platform",
    },
    maxPoints: 10,
    inputs: [{ input: "analytics_platform_deployed" }],
    rule: { kind: "boolean", input: "analytics_platform_deployed" },
    method: {
      vi: lines("- Đã triển khai: Điểm tối đa;", "- Chưa triển khai: 0 điểm"),
      en: lines("- Deployed: maximum points;", "- Not deployed: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh"],
    evidence: {
      vi: "Quyết định đưa nền tảng vào sử dụng; đường dẫn và tài liệu mô tả nền tảng",
      en: "Decision putting the platform into use; link and description of the platform",
    },
    notes: "Max printed '101' (10 followed by a table rule); low risk.",
  },
  {
    code: "6.16",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng số quản trị tổng thể, thống nhất toàn Tỉnh, thành phố phục vụ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước",
      en: "Province-wide unified digital governance platform for direction, administration and internal management of state agencies",
    },
    maxPoints: 10,
    inputs: [{ input: "governance_platform_deployed" }],
    rule: { kind: "boolean", input: "governance_platform_deployed" },
    method: {
      vi: lines("- Đã triển khai: Điểm tối đa;", "- Chưa triển khai: 0 điểm"),
      en: lines("- Deployed: maximum points;", "- Not deployed: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh", "Sở Nội vụ"],
    evidence: {
      vi: "Quyết định đưa nền tảng vào sử dụng; đường dẫn và tài liệu mô tả nền tảng",
      en: "Decision putting the platform into use; link and description of the platform",
    },
  },
  {
    code: "6.17",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng họp trực tuyến đến các cơ quan, đơn vị thuộc, trực thuộc Tỉnh, thành phố và đến từng thiết bị cá nhân",
      en: "Online meeting platform reaching affiliated and subordinate agencies and individual devices",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "meeting_platform_agencies" },
      { address: "b", input: "meeting_platform_personal_devices" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "meetings_to_agencies",
          label: {
            vi: "Đã triển khai đến các cơ quan, đơn vị thuộc, trực thuộc",
            en: "Deployed to the affiliated and subordinate agencies and units",
          },
          fraction: 0.5,
          input: "meeting_platform_agencies",
        },
        {
          id: "meetings_to_devices",
          label: {
            vi: "Đã triển khai đến từng thiết bị cá nhân",
            en: "Deployed to individual personal devices",
          },
          fraction: 0.5,
          input: "meeting_platform_personal_devices",
        },
      ],
    },
    method: {
      vi: lines(
        "- Đã triển khai đến các cơ quan, đơn vị thuộc, trực thuộc: 1/2*Điểm tối đa;",
        "- Đã triển khai đến từng thiết bị cá nhân: 1/2*Điểm tối đa;",
        "- Chưa triển khai: 0 điểm",
      ),
      en: lines(
        "- Deployed to the affiliated and subordinate agencies and units: 1/2 × maximum points;",
        "- Deployed to individual personal devices: 1/2 × maximum points;",
        "- Not deployed: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh"],
    evidence: {
      vi: "Quyết định triển khai nền tảng họp trực tuyến; danh sách điểm cầu và tài khoản cá nhân",
      en: "Decision deploying the online meeting platform; list of meeting end-points and personal accounts",
    },
    provisional: {
      aspect: ["points"],
      reason: "Max points read from 'Lo' as 10 (transcription notes §1); the index VI total confirms it only together with 6.12 = 20.",
    },
  },
  {
    code: "6.18",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng giám sát trực tuyến phục vụ công tác quản lý nhà nước",
      en: "Online monitoring platform for state management",
    },
    maxPoints: 10,
    inputs: [{ input: "monitoring_platform_deployed" }],
    rule: { kind: "boolean", input: "monitoring_platform_deployed" },
    method: {
      vi: lines(
        "- Đã triển khai: Điểm tối đa;",
        "- Chưa triển khai: 0 điểm",
        "Giải thích: Nền tảng giám sát trực tuyến phục vụ công tác quản lý nhà nước là nền tảng có thể cho phép theo dõi, đo lường, giám sát, hiển thị trực tuyến các chỉ số phục vụ công tác quản lý nhà nước.",
      ),
      en: lines(
        "- Deployed: maximum points;",
        "- Not deployed: 0 points",
        "Explanation: an online monitoring platform for state management lets users track, measure, monitor and display online the indicators used in state management.",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh"],
    evidence: {
      vi: "Quyết định đưa nền tảng vào sử dụng; đường dẫn và tài liệu mô tả nền tảng",
      en: "Decision putting the platform into use; link and description of the platform",
    },
  },
  {
    code: "6.19",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng trợ lý ảo phục vụ người dân, doanh nghiệp",
      en: "Virtual-assistant platform for citizens and businesses",
    },
    maxPoints: 10,
    inputs: [{ input: "citizen_assistant_status" }],
    rule: {
      kind: "choice",
      input: "citizen_assistant_status",
      fractions: { deployed_personalizable: 1, deployed_not_personalized: 0.5, not_deployed: 0 },
    },
    method: {
      vi: lines(
        "- Đã triển khai và có thể cá thể hóa theo nhu cầu của cá nhân: Điểm tối đa;",
        "- Đã triển khai và chưa cá thể hóa theo nhu cầu của cá nhân: 1/2*Điểm tối đa;",
        "- Chưa triển khai: 0 điểm",
      ),
      en: lines(
        "- Deployed and can be personalised to individual needs: maximum points;",
        "- Deployed but not personalised to individual needs: 1/2 × maximum points;",
        "- Not deployed: 0 points",
      ),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Đường dẫn hoặc ứng dụng trợ lý ảo; mô tả tính năng cá thể hóa",
      en: "Link to or app of the virtual assistant; description of its personalisation features",
    },
  },
  {
    code: "6.20",
    index: "VI",
    name: {
      vi: "Triển khai nền tảng trợ lý ảo phục vụ công chức, viên chức",
      en: "Virtual-assistant platform for civil servants and public employees",
    },
    maxPoints: 10,
    inputs: [{ input: "staff_assistant_status" }],
    rule: {
      kind: "choice",
      input: "staff_assistant_status",
      fractions: { deployed_personalizable: 1, deployed_not_personalized: 0.5, not_deployed: 0 },
    },
    method: {
      vi: lines(
        "- Đã triển khai và có thể cá thể hóa theo nhu cầu của cá nhân: Điểm tối đa;",
        "- Đã triển khai và chưa cá thể hóa theo nhu cầu của cá nhân: 1/2*Điểm tối đa;",
        "- Chưa triển khai: 0 điểm",
      ),
      en: lines(
        "- Deployed and can be personalised to individual needs: maximum points;",
        "- Deployed but not personalised to individual needs: 1/2 × maximum points;",
        "- Not deployed: 0 points",
      ),
    },
    leadAgency: "Sở Nội vụ",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Đường dẫn hoặc ứng dụng trợ lý ảo; mô tả tính năng cá thể hóa",
      en: "Link to or app of the virtual assistant; description of its personalisation features",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Code printed '6.2' and max printed '109' (line 1396); read as 6.20 and 10 (the index VI total confirms 10). The lead agency Sở Nội vụ is transcribed as printed.",
    },
  },
  {
    code: "6.21",
    index: "VI",
    name: {
      vi: "Mức độ ứng dụng Trí tuệ nhân tạo (AI) trong hoạt động của chính quyền số",
      en: "Use of artificial intelligence (AI) in digital-government activities",
    },
    maxPoints: 10,
    inputs: [{ input: "ai_state_mgmt_activities" }],
    rule: { kind: "count_capped", input: "ai_state_mgmt_activities", pointsPerItem: 1 },
    method: {
      vi: lines(
        "- Mỗi hoạt động nghiệp vụ quản lý nhà nước có ứng dụng AI để phân tích, xử lý dữ liệu tổng hợp tập trung phục vụ quản lý, ra quyết định: 1 điểm;",
        "- Tổng điểm không quá Điểm tối đa.",
      ),
      en: lines(
        "- Each state-management activity that applies AI to analyse and process centralised data for management and decision-making: 1 point;",
        "- The total may not exceed the maximum points.",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Danh sách hoạt động nghiệp vụ có ứng dụng AI, kèm mô tả",
      en: "List of the state-management activities that apply AI, with descriptions",
    },
  },
  {
    code: "6.22",
    index: "VI",
    name: {
      vi: "Tổng chi Ngân sách nhà nước cho chính quyền số",
      en: "Total state-budget spending on digital government",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "digital_gov_invest_bvnd" },
      { address: "b", input: "digital_gov_recurrent_bvnd" },
      { address: "c", input: "state_budget_total_bvnd" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: ["digital_gov_invest_bvnd", "digital_gov_recurrent_bvnd"],
      b: "state_budget_total_bvnd",
      target: 0.01,
    },
    method: {
      vi: lines(
        "a = Kinh phí đầu tư từ Ngân sách nhà nước cho chính quyền số (tỷ đồng)",
        "b = Kinh phí chi thường xuyên từ Ngân sách nhà nước cho chính quyền số (tỷ đồng);",
        "c = Tổng chi ngân sách nhà nước (tỷ đồng);",
        "- Tỷ lệ = (a+b)/c;",
        "- Điểm:",
        "  + Tỷ lệ >= 1%: Điểm tối đa;",
        "  - Tỷ lệ < 1%: Tỷ lệ/1%*Điểm tối đa.",
        "Giải thích: chi cho chính quyền số là chi cho Ứng dụng CNTT phục vụ các hoạt động của cơ quan nhà nước",
      ),
      en: lines(
        "a = State-budget investment spending on digital government (billion VND)",
        "b = State-budget recurrent spending on digital government (billion VND);",
        "c = Total state-budget spending (billion VND);",
        "- Ratio = (a+b)/c;",
        "- Points:",
        "  + Ratio ≥ 1%: maximum points;",
        "  - Ratio < 1%: Ratio/1% × maximum points.",
        "Explanation: spending on digital government is spending on IT applications serving the activities of state agencies",
      ),
    },
    leadAgency: "Sở Tài chính",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo quyết toán ngân sách của Sở Tài chính",
      en: "Budget final accounts from the Department of Finance",
    },
    notes: "The document says 'Tỷ lệ/1%*Điểm tối đa' explicitly, so ratio_to_target is literal here.",
  },
]);

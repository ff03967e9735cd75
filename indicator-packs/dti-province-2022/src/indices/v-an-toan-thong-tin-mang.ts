// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính V – An toàn thông tin mạng: 12 chỉ số thành phần, 100 điểm. */
export const index = {
  code: "V",
  name: { vi: "An toàn thông tin mạng", en: "Cybersecurity" },
  maxPoints: 100,
  group: "foundation",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "5.1",
    index: "V",
    name: {
      vi: "Số lượng hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ",
      en: "Information systems with an approved security-level proposal dossier",
    },
    maxPoints: 10,
    inputs: [{ input: "systems_with_approved_level_dossier" }],
    rule: { kind: "min_max", value: "systems_with_approved_level_dossier", form: "x_over_max" },
    method: {
      vi: "Tính điểm theo phương pháp Min-Max dựa vào đơn vị nào nhiều hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ nhất thì điểm tối đa và giảm dần",
      en: "Points by the Min-Max method: the unit with the most information systems whose security-level proposal dossier has been approved gets maximum points, the others decreasing",
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Quyết định phê duyệt hồ sơ đề xuất cấp độ của các hệ thống thông tin",
      en: "Decisions approving the security-level proposal dossiers of the information systems",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative (Min-Max on the count): needs every province's data, and the sources do not state the formula. Scored as x / max over the cohort (the unit with the most gets max, others scaled down); (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "5.2",
    index: "V",
    name: {
      vi: "Số lượng hệ thống thông tin triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
      en: "Information systems fully implementing the protection plan of their approved security-level dossier",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "systems_fully_protected" },
      { address: "b", input: "systems_with_approved_level_dossier" },
    ],
    rule: { kind: "ratio", a: "systems_fully_protected", b: "systems_with_approved_level_dossier" },
    method: {
      vi: lines(
        "a = Số lượng hệ thống thông tin đã triển khai đầy đủ phương án bảo vệ theo HSĐXCĐ đã được phê duyệt;",
        "b = Tổng số hệ thống thông tin đã được phê duyệt;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of information systems that fully implement the protection plan of their approved security-level dossier;",
        "b = Total number of approved information systems;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Báo cáo triển khai phương án bảo đảm ATTT theo hồ sơ đề xuất cấp độ đã phê duyệt",
      en: "Reports on implementing the security plans of the approved dossiers",
    },
    notes: "b is the count compared in 5.1 (same input). Zero denominator (no approved system) scores 0 (engine default).",
  },
  {
    code: "5.3",
    index: "V",
    name: {
      vi: "Số lượng máy chủ của cơ quan nhà nước cài đặt phòng, chống mã độc và chia sẻ thông tin với Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)",
      en: "State-agency servers with anti-malware installed and sharing information with the National Cybersecurity Monitoring Centre (NCSC)",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "servers_sharing_with_ncsc" },
      { address: "b", input: "servers_total" },
    ],
    rule: { kind: "ratio", a: "servers_sharing_with_ncsc", b: "servers_total" },
    method: {
      vi: lines(
        "a = Tổng số máy chủ có kết nối chia sẻ thông tin theo văn bản 2290/BTTTT-CATTT với Trung tâm NCSC;",
        "b = Tổng số máy chủ trong CQNN;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of servers connected for information sharing with the NCSC under document 2290/BTTTT-CATTT;",
        "b = Total number of servers in state agencies;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Danh sách máy chủ đã cài đặt phần mềm phòng, chống mã độc có kết nối chia sẻ thông tin với NCSC",
      en: "List of servers with anti-malware software connected for information sharing with the NCSC",
    },
    provisional: {
      aspect: ["points", "rule"],
      reason:
        "Max points guessed: the cell is empty ('5 5 | cai dit phong, chong ma doc va chia s¢ | NCSC;'); 5.3 + 5.4 + 5.5 must equal 25 for index V = 100, split 10/10/5 assumed. The denominator is linked to A13 'Số lượng máy chủ vật lý' by assumption (the text says 'Tổng số máy chủ trong CQNN').",
    },
  },
  {
    code: "5.4",
    index: "V",
    name: {
      vi: "Số lượng máy trạm của cơ quan nhà nước được cài đặt phòng, chống mã độc và chia sẻ thông tin với Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)",
      en: "State-agency workstations with anti-malware installed and sharing information with the NCSC",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "workstations_sharing_with_ncsc" },
      { address: "b", input: "workstations_total" },
    ],
    rule: { kind: "ratio", a: "workstations_sharing_with_ncsc", b: "workstations_total" },
    method: {
      vi: lines(
        "a = Tổng số máy trạm có kết nối chia sẻ thông tin theo văn bản 2290/BTTTT-CATTT với Trung tâm NCSC;",
        "b = Tổng số máy trạm trong CQNN;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Total number of workstations connected for information sharing with the NCSC under document 2290/BTTTT-CATTT;",
        "b = Total number of workstations in state agencies;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Danh sách máy trạm đã cài đặt phần mềm phòng, chống mã độc có kết nối chia sẻ thông tin với NCSC",
      en: "List of workstations with anti-malware software connected for information sharing with the NCSC",
    },
    provisional: {
      aspect: ["points", "rule", "name"],
      reason:
        "Max points guessed: the cell prints '1' ('Val 1 lhaq', probably a clipped '10'); 10 assumed (see 5.3). The first name line is garbled and reconstructed on the 5.3 pattern. The denominator is linked to A14 'Số lượng máy trạm' by assumption.",
    },
  },
  {
    code: "5.5",
    index: "V",
    name: {
      vi: "Số lượng IP botnet được phát hiện, cảnh báo và xử lý, loại bỏ mã độc",
      en: "Botnet IP addresses detected, warned about and cleaned of malware",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "botnet_ips_cleaned" },
      { address: "b", input: "botnet_ips_detected" },
    ],
    rule: { kind: "ratio", a: "botnet_ips_cleaned", b: "botnet_ips_detected", ifZeroDenominator: "full" },
    method: {
      vi: lines(
        "a = Số lượng địa chỉ IP public phát hiện có kết nối mạng IP botnet hoặc trong danh sách blacklist đã được xử lý, loại bỏ mã độc;",
        "b = Tổng số lượng địa chỉ IP public phát hiện có kết nối mạng IP botnet hoặc trong danh sách blacklist;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of public IP addresses found connected to botnets or on a blacklist that have been handled and cleaned of malware;",
        "b = Total number of public IP addresses found connected to botnets or on a blacklist;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Cảnh báo của NCSC/Cục An toàn thông tin và báo cáo xử lý các địa chỉ IP botnet",
      en: "Alerts from the NCSC/Authority of Information Security and reports on handling the botnet IP addresses",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Max points guessed: the cell is garbled ('| g5y g4 jyong dia chi IP …'); 5 assumed so that 5.3 + 5.4 + 5.5 = 25 (5/10/10 or 10/5/10 would also fit). Cooperating agency 'V@ 2PND CaC' read as '… và UBND các …'.",
    },
    notes:
      "Zero denominator (no botnet IP detected) scores full points: nothing was left to clean. Pack choice; the method text is silent.",
  },
  {
    code: "5.6",
    index: "V",
    name: {
      vi: "Số lượng hệ thống thông tin của cơ quan nhà nước được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)",
      en: "State-agency information systems directly monitored and sharing data with the NCSC",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "systems_soc_monitored" },
      { address: "b", input: "info_systems_total" },
    ],
    rule: { kind: "ratio", a: "systems_soc_monitored", b: "info_systems_total" },
    method: {
      vi: lines(
        "a = Số lượng hệ thống thông tin được SOC bảo vệ, triển khai giám sát trực tiếp và kết nối chia sẻ dữ liệu với NCSC (gọi là a);",
        "b = Tổng số lượng hệ thống thông tin;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of information systems protected by a SOC, directly monitored and sharing data with the NCSC (called a);",
        "b = Total number of information systems;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Danh sách hệ thống thông tin được SOC giám sát; xác nhận kết nối chia sẻ dữ liệu với NCSC",
      en: "List of systems monitored by the SOC; confirmation of the data-sharing connection with the NCSC",
    },
    notes: "Denominator linked to A15 'Số lượng hệ thống thông tin'.",
  },
  {
    code: "5.7",
    index: "V",
    name: {
      vi: "Số lượng hệ thống thông tin của cơ quan nhà nước đã được kiểm tra, đánh giá đầy đủ các nội dung theo quy định tại Thông tư số 03/2017/TT-BTTTT ngày 24/4/2017",
      en: "State-agency information systems fully inspected and assessed under Circular 03/2017/TT-BTTTT of 24/4/2017",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "systems_audited" },
      { address: "b", input: "info_systems_total" },
    ],
    rule: { kind: "ratio", a: "systems_audited", b: "info_systems_total" },
    method: {
      vi: lines(
        "a = Số lượng HTTT của CQNN đã được kiểm tra, đánh giá;",
        "b = Tổng số hệ thống thông tin;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of state-agency information systems that have been inspected and assessed;",
        "b = Total number of information systems;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Báo cáo kiểm tra, đánh giá ATTT theo Thông tư 03/2017/TT-BTTTT",
      en: "Inspection and assessment reports under Circular 03/2017/TT-BTTTT",
    },
    notes: "Denominator linked to A15 'Số lượng hệ thống thông tin'.",
  },
  {
    code: "5.8",
    index: "V",
    name: {
      vi: "Số lượng các phương án ứng cứu xử lý sự cố tấn công mạng",
      en: "Cyber-attack incident response plans",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "systems_with_response_plan" },
      { address: "b", input: "info_systems_total" },
    ],
    rule: { kind: "ratio", a: "systems_with_response_plan", b: "info_systems_total" },
    method: {
      vi: lines(
        "a = Số lượng các hệ thống thông tin có các phương án ứng cứu xử lý sự cố tấn công mạng;",
        "b = Tổng số hệ thống thông tin;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of information systems with cyber-attack incident response plans;",
        "b = Total number of information systems;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Phương án ứng cứu sự cố đã phê duyệt cho từng hệ thống thông tin",
      en: "Approved incident response plan for each information system",
    },
    notes: "Denominator linked to A15 'Số lượng hệ thống thông tin'.",
  },
  {
    code: "5.9",
    index: "V",
    name: { vi: "Số lượng các cuộc diễn tập được triển khai", en: "Cybersecurity drills held" },
    maxPoints: 5,
    inputs: [{ input: "drills_held" }],
    rule: { kind: "min_max", value: "drills_held", form: "x_over_max" },
    method: {
      vi: "Tính điểm theo phương pháp Min-Max dựa vào đơn vị nào nhiều cuộc diễn tập theo quy định nhất thì điểm tối đa và giảm dần",
      en: "Points by the Min-Max method: the unit with the most drills held as required gets maximum points, the others decreasing",
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Kế hoạch và báo cáo kết quả các cuộc diễn tập",
      en: "Plans and result reports of the drills",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative (Min-Max on the count): needs every province's data, and the sources do not state the formula. Scored as x / max over the cohort (the unit with the most gets max, others scaled down); (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "5.10",
    index: "V",
    name: {
      vi: "Số lượng sự cố đã phát hiện trong cơ quan nhà nước",
      en: "Incidents detected in state agencies",
    },
    maxPoints: 5,
    inputs: [{ input: "incidents_detected" }],
    rule: { kind: "min_max", value: "incidents_detected", form: "x_over_max" },
    method: {
      vi: lines(
        "Số lượng sự cố, đánh giá năng lực phát hiện sự cố gồm cả sự cố tự phát hiện và sự cố từ các cảnh báo của các đơn vị chuyên trách",
        "Tính điểm theo phương pháp Min-Max dựa vào đơn vị nào nhiều sự cố nhất thì điểm tối đa và giảm dần",
      ),
      en: lines(
        "Number of incidents, assessing the capacity to detect incidents, including self-detected incidents and incidents from specialist units' alerts",
        "Points by the Min-Max method: the unit with the most incidents gets maximum points, the others decreasing",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: {
      vi: "Báo cáo sự cố và nhật ký tiếp nhận cảnh báo",
      en: "Incident reports and the log of alerts received",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative (Min-Max on the count): needs every province's data, and the sources do not state the formula. Scored as x / max over the cohort (the unit with the most gets max, others scaled down); (x − min)/(max − min) is the alternative.",
    },
    notes: "Also the denominator of 5.11 (same input).",
  },
  {
    code: "5.11",
    index: "V",
    name: { vi: "Số lượng sự cố đã xử lý trong cơ quan nhà nước", en: "Incidents handled in state agencies" },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "incidents_handled" },
      { address: "b", input: "incidents_detected" },
    ],
    rule: { kind: "ratio", a: "incidents_handled", b: "incidents_detected", ifZeroDenominator: "full" },
    method: {
      vi: lines("a = Số lượng sự cố đã xử lý;", "b = Tổng số các sự cố;", "- Tỷ lệ = a/b;", "- Điểm = Tỷ lệ*Điểm tối đa"),
      en: lines(
        "a = Number of incidents handled;",
        "b = Total number of incidents;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các sở ngành và UBND các huyện thành phố"],
    evidence: { vi: "Báo cáo xử lý sự cố", en: "Incident handling reports" },
    notes:
      "b is the count compared in 5.10 (same input). Zero denominator (no incident detected) scores full points: nothing was left to handle. Pack choice; the method text is silent.",
  },
  {
    code: "5.12",
    index: "V",
    name: { vi: "Tổng kinh phí chi cho an toàn thông tin", en: "Total spending on information security" },
    maxPoints: 15,
    inputs: [],
    rule: { kind: "sum_children", children: ["5.12.1", "5.12.2", "5.12.3", "5.12.4", "5.12.5", "5.12.6"] },
    method: { vi: "Tổng điểm của 5.12.1 - 5.12.6", en: "Sum of the points of 5.12.1–5.12.6" },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Dự toán, quyết toán kinh phí chi cho ATTT",
      en: "Budget estimates and final accounts of information-security spending",
    },
    provisional: {
      aspect: ["points", "rule"],
      reason:
        "Max points guessed: printed '45', read as 15 (= 5.12.1 (5) + 5 × 2; makes index V = 100). The method cell '0 gidm i 5.12.1 - 5.12.6' is read as the sum of 5.12.1–5.12.6. Agencies are printed only on the 5.12.1 row (merged cell) and copied here.",
    },
    notes: "5.12.1–5.12.6 are sub-indicators; they are not counted among the 98 component indicators.",
  },
  {
    code: "5.12.1",
    index: "V",
    parent: "5.12",
    name: { vi: "Kinh phí chung chi cho ATTT", en: "General spending on information security" },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "infosec_invest_bvnd" },
      { address: "b", input: "infosec_recurrent_bvnd" },
      { address: "c", input: "dts_budget_total_bvnd" },
    ],
    rule: {
      kind: "ratio_bands",
      a: ["infosec_invest_bvnd", "infosec_recurrent_bvnd"],
      b: "dts_budget_total_bvnd",
      bands: [
        { min: 0.1, minInclusive: true, fraction: 1 },
        { min: 0.07, minInclusive: true, fraction: 0.7 },
        { min: 0.03, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "a = Kinh phí đầu tư từ NSNN chi cho ATTT (tỷ đồng);",
        "b = Kinh phí thường xuyên từ NSNN chi cho ATTT (tỷ đồng);",
        "c = Tổng chi từ NSNN cho Chuyển đổi số (tỷ đồng).",
        "- Tỷ lệ = (a+b)/c;",
        "Thang điểm:",
        "Mức 1 ≥ 10% (điểm tối đa)",
        "Mức 2 ≥ 7% (70% điểm)",
        "Mức 3 ≥ 3% (30% điểm)",
        "Mức 4 < 3% (0 điểm)",
      ),
      en: lines(
        "a = State-budget investment spending on information security (billion VND);",
        "b = State-budget recurrent spending on information security (billion VND);",
        "c = Total state-budget spending on digital transformation (billion VND).",
        "- Ratio = (a+b)/c;",
        "Scale:",
        "Level 1 ≥ 10% (maximum points)",
        "Level 2 ≥ 7% (70% of the points)",
        "Level 3 ≥ 3% (30% of the points)",
        "Level 4 < 3% (0 points)",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán chi NSNN cho ATTT và cho CĐS của Sở Tài chính",
      en: "Final accounts of state-budget spending on information security and on digital transformation (Department of Finance)",
    },
    provisional: {
      aspect: ["band"],
      reason:
        "Thresholds print as 'Mic 1> 10 %', 'Mirc 2 > 7%', 'Mte 3 > 3%', 'Mirc 4 <3%'; '>' is read as '≥' (inclusive) because Mức 4 is '< 3%'. Max 5 is legible.",
    },
    notes:
      "Zero denominator (no digital-transformation spending reported) scores 0 (engine default). The numerator is part of the denominator, so a > c is refused as an input error.",
  },
  {
    code: "5.12.2",
    index: "V",
    parent: "5.12",
    name: { vi: "Kinh phí giám sát ATTT", en: "Spending on information-security monitoring" },
    maxPoints: 2,
    inputs: [{ input: "infosec_monitoring_bvnd" }],
    rule: {
      kind: "amount_bands",
      input: "infosec_monitoring_bvnd",
      bands: [
        { min: 2, minInclusive: true, fraction: 1 },
        { min: 1, minInclusive: true, fraction: 0.7 },
        { min: 0.5, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "Mức 1: ≥ 2 tỷ: 100% điểm phần này.",
        "Mức 2: ≥ 1 tỷ: 70% điểm phần này.",
        "Mức 3: ≥ 0,5 tỷ: 30% điểm phần này",
        "Mức 4: < 0,5 tỷ: 0% điểm phần này",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Level 1: ≥ 2 billion: 100% of this part's points.",
        "Level 2: ≥ 1 billion: 70% of this part's points.",
        "Level 3: ≥ 0.5 billion: 30% of this part's points",
        "Level 4: < 0.5 billion: 0% of this part's points",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán kinh phí giám sát ATTT",
      en: "Final accounts of information-security monitoring spending",
    },
    provisional: {
      aspect: ["points", "band"],
      reason:
        "Max points guessed: the cell prints 'g'; 2 assumed (5.12 = 15 minus 5.12.1 = 5 leaves 10, split evenly over 5.12.2–5.12.6). '>' read as '≥' (5.12.2 prints '=2'). Agencies copied from the 5.12.1 row.",
    },
  },
  {
    code: "5.12.3",
    index: "V",
    parent: "5.12",
    name: {
      vi: "Kinh phí kiểm tra, đánh giá ATTT",
      en: "Spending on information-security inspection and assessment",
    },
    maxPoints: 2,
    inputs: [{ input: "infosec_audit_bvnd" }],
    rule: {
      kind: "amount_bands",
      input: "infosec_audit_bvnd",
      bands: [
        { min: 2, minInclusive: true, fraction: 1 },
        { min: 1, minInclusive: true, fraction: 0.7 },
        { min: 0.5, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "Mức 1: ≥ 2 tỷ: 100% điểm phần này.",
        "Mức 2: ≥ 1 tỷ: 70% điểm phần này.",
        "Mức 3: ≥ 0,5 tỷ: 30% điểm phần này",
        "Mức 4: < 0,5 tỷ: 0% điểm phần này",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Level 1: ≥ 2 billion: 100% of this part's points.",
        "Level 2: ≥ 1 billion: 70% of this part's points.",
        "Level 3: ≥ 0.5 billion: 30% of this part's points",
        "Level 4: < 0.5 billion: 0% of this part's points",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán kinh phí kiểm tra, đánh giá ATTT",
      en: "Final accounts of information-security inspection and assessment spending",
    },
    provisional: {
      aspect: ["points", "band"],
      reason:
        "Max points guessed: no points cell in the OCR; 2 assumed (5.12 = 15 minus 5.12.1 = 5, split evenly over 5.12.2–5.12.6; an uneven split would give the same total). '>' read as '≥'. Agencies copied from the 5.12.1 row.",
    },
  },
  {
    code: "5.12.4",
    index: "V",
    parent: "5.12",
    name: {
      vi: "Kinh phí diễn tập, ứng cứu sự cố ATTT",
      en: "Spending on information-security drills and incident response",
    },
    maxPoints: 2,
    inputs: [{ input: "infosec_drills_bvnd" }],
    rule: {
      kind: "amount_bands",
      input: "infosec_drills_bvnd",
      bands: [
        { min: 2, minInclusive: true, fraction: 1 },
        { min: 1, minInclusive: true, fraction: 0.7 },
        { min: 0.5, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "Mức 1: ≥ 2 tỷ: 100% điểm phần này.",
        "Mức 2: ≥ 1 tỷ: 70% điểm phần này.",
        "Mức 3: ≥ 0,5 tỷ: 30% điểm phần này",
        "Mức 4: < 0,5 tỷ: 0% điểm phần này",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Level 1: ≥ 2 billion: 100% of this part's points.",
        "Level 2: ≥ 1 billion: 70% of this part's points.",
        "Level 3: ≥ 0.5 billion: 30% of this part's points",
        "Level 4: < 0.5 billion: 0% of this part's points",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán kinh phí diễn tập, ứng cứu sự cố ATTT",
      en: "Final accounts of drill and incident-response spending",
    },
    provisional: {
      aspect: ["points", "band"],
      reason:
        "Max points guessed: no points cell in the OCR; 2 assumed (5.12 = 15 minus 5.12.1 = 5, split evenly over 5.12.2–5.12.6; an uneven split would give the same total). '>' read as '≥'. Agencies copied from the 5.12.1 row.",
    },
    notes: "Code printed '5124' in the OCR.",
  },
  {
    code: "5.12.5",
    index: "V",
    parent: "5.12",
    name: { vi: "Kinh phí đào tạo, tập huấn ATTT", en: "Spending on information-security training" },
    maxPoints: 2,
    inputs: [{ input: "infosec_training_bvnd" }],
    rule: {
      kind: "amount_bands",
      input: "infosec_training_bvnd",
      bands: [
        { min: 2, minInclusive: true, fraction: 1 },
        { min: 1, minInclusive: true, fraction: 0.7 },
        { min: 0.5, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "Mức 1: ≥ 2 tỷ: 100% điểm phần này.",
        "Mức 2: ≥ 1 tỷ: 70% điểm phần này.",
        "Mức 3: ≥ 0,5 tỷ: 30% điểm phần này",
        "Mức 4: < 0,5 tỷ: 0% điểm phần này",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Level 1: ≥ 2 billion: 100% of this part's points.",
        "Level 2: ≥ 1 billion: 70% of this part's points.",
        "Level 3: ≥ 0.5 billion: 30% of this part's points",
        "Level 4: < 0.5 billion: 0% of this part's points",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán kinh phí đào tạo, tập huấn ATTT",
      en: "Final accounts of information-security training spending",
    },
    provisional: {
      aspect: ["points", "band"],
      reason:
        "Max points guessed: no points cell in the OCR; 2 assumed (5.12 = 15 minus 5.12.1 = 5, split evenly over 5.12.2–5.12.6; an uneven split would give the same total). '>' read as '≥'. Agencies copied from the 5.12.1 row.",
    },
  },
  {
    code: "5.12.6",
    index: "V",
    parent: "5.12",
    name: {
      vi: "Kinh phí tuyên truyền nâng cao nhận thức ATTT",
      en: "Spending on information-security awareness",
    },
    maxPoints: 2,
    inputs: [{ input: "infosec_awareness_bvnd" }],
    rule: {
      kind: "amount_bands",
      input: "infosec_awareness_bvnd",
      bands: [
        { min: 2, minInclusive: true, fraction: 1 },
        { min: 1, minInclusive: true, fraction: 0.7 },
        { min: 0.5, minInclusive: true, fraction: 0.3 },
        { min: 0, minInclusive: true, fraction: 0 },
      ],
    },
    method: {
      vi: lines(
        "Mức 1: ≥ 2 tỷ: 100% điểm phần này.",
        "Mức 2: ≥ 1 tỷ: 70% điểm phần này.",
        "Mức 3: ≥ 0,5 tỷ: 30% điểm phần này",
        "Mức 4: < 0,5 tỷ: 0% điểm phần này",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Level 1: ≥ 2 billion: 100% of this part's points.",
        "Level 2: ≥ 1 billion: 70% of this part's points.",
        "Level 3: ≥ 0.5 billion: 30% of this part's points",
        "Level 4: < 0.5 billion: 0% of this part's points",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Tài chính", "Sở KH&ĐT"],
    evidence: {
      vi: "Quyết toán kinh phí tuyên truyền nâng cao nhận thức ATTT",
      en: "Final accounts of information-security awareness spending",
    },
    provisional: {
      aspect: ["points", "band"],
      reason:
        "Max points guessed: no points cell in the OCR; 2 assumed (5.12 = 15 minus 5.12.1 = 5, split evenly over 5.12.2–5.12.6; an uneven split would give the same total). '>' read as '≥'. Agencies copied from the 5.12.1 row.",
    },
  },
]);

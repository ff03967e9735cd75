// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính II – Thể chế số: 11 chỉ số thành phần, 100 điểm. */
export const index = {
  code: "II",
  name: { vi: "Thể chế số", en: "Digital institutions" },
  maxPoints: 100,
  group: "foundation",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "2.1",
    index: "II",
    name: {
      vi: "Nghị quyết chuyên đề, hoặc văn bản tương đương của cấp ủy về chuyển đổi số của Tỉnh, thành phố",
      en: "Thematic resolution, or equivalent document, of the Party Committee on the province's digital transformation",
    },
    maxPoints: 5,
    inputs: [{ input: "party_dts_resolution_issued" }],
    rule: { kind: "boolean", input: "party_dts_resolution_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Nghị quyết chuyên đề (hoặc văn bản tương đương) của Tỉnh ủy về CĐS",
      en: "The provincial Party Committee's thematic resolution (or equivalent document) on digital transformation",
    },
    notes: "Max printed '5' (legible); with 2.2 = 5, index II sums to 100.",
  },
  {
    code: "2.2",
    index: "II",
    name: {
      vi: "Kế hoạch hành động 5 năm của Tỉnh, thành phố về chuyển đổi số",
      en: "Five-year action plan of the province on digital transformation",
    },
    maxPoints: 5,
    inputs: [{ input: "five_year_plan_issued" }],
    rule: { kind: "boolean", input: "five_year_plan_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Kế hoạch hành động 5 năm về CĐS đã ban hành",
      en: "The issued five-year action plan on digital transformation",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Max points guessed: the points cell prints '®'; 5 is the only value that makes index II total 100 (2.1 = 5, 2.3–2.11 = 9 × 10).",
    },
  },
  {
    code: "2.3",
    index: "II",
    name: {
      vi: "Kế hoạch hành động hằng năm của Tỉnh, thành phố về chuyển đổi số",
      en: "Annual action plan of the province on digital transformation",
    },
    maxPoints: 10,
    inputs: [{ input: "annual_plan_issued" }],
    rule: { kind: "boolean", input: "annual_plan_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Kế hoạch hành động năm về CĐS đã ban hành",
      en: "The issued annual action plan on digital transformation",
    },
    notes: "Max printed '101' (10 followed by a table rule); low risk.",
  },
  {
    code: "2.4",
    index: "II",
    name: {
      vi: "Ban hành Kiến trúc Chính quyền điện tử phiên bản mới nhất theo Khung kiến trúc Chính phủ điện tử Việt Nam",
      en: "Latest version of the e-government architecture issued under the Viet Nam e-Government Architecture Framework",
    },
    maxPoints: 10,
    inputs: [{ input: "egov_architecture_issued" }],
    rule: { kind: "boolean", input: "egov_architecture_issued" },
    method: {
      vi: lines(
        "- Đã ban hành [Kiến trúc … phiên bản mới nhất] theo Khung k[iến trúc Chính phủ điện tử Việt Nam … có định hướng phát] triển Chính quyền số: Điểm tối đa;",
        "- Chưa ban hành: 0 điểm",
      ),
      en: lines(
        "- Issued [the latest version of the architecture] under the [Viet Nam e-Government Architecture] Framework [… oriented towards] digital government: maximum points;",
        "- Not issued: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Quyết định ban hành Kiến trúc Chính quyền điện tử/Chính quyền số của tỉnh",
      en: "Decision issuing the provincial e-government/digital-government architecture",
    },
    provisional: {
      aspect: ["rule", "name"],
      reason:
        "Name and method partly reconstructed: the first name line ('B b K e') and method lines 1–2 are garbled; only '… phiên bản mới nhất theo Khung kiến trúc Chính phủ điện tử Việt Nam' and '… triển Chính quyền số: Điểm tối đa; Chưa ban hành: 0 điểm' are readable. Bracketed text is reconstructed; scoring kept as yes/no.",
    },
    notes:
      "The plan's body refers to 'kiến trúc Chính quyền điện tử của tỉnh theo Quyết định số 815/QĐ-UBND ngày 12/12/2021' (Ninh Thuận).",
  },
  {
    code: "2.5",
    index: "II",
    name: {
      vi: "Tổ chức hội nghị, bồi dưỡng, tập huấn định kỳ hằng năm phổ biến, quán triệt và giám sát tuân thủ kiến trúc Chính quyền điện tử của Tỉnh, thành phố",
      en: "Annual conferences and training to disseminate, instil and monitor compliance with the provincial e-government architecture",
    },
    maxPoints: 10,
    inputs: [{ input: "architecture_training_held" }],
    rule: { kind: "boolean", input: "architecture_training_held" },
    method: {
      vi: lines("- Đã tổ chức: Điểm tối đa;", "- Không tổ chức: 0 điểm"),
      en: lines("- Held: maximum points;", "- Not held: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Kế hoạch, giấy mời, tài liệu và báo cáo kết quả hội nghị, tập huấn",
      en: "Plan, invitations, materials and report of the conference or training",
    },
    notes: "Max printed '101' (10 followed by a table rule); low risk.",
  },
  {
    code: "2.6",
    index: "II",
    name: {
      vi: "Ban hành văn bản định kỳ hằng năm nhắc nhở, chấn chỉnh quản lý chi cho chuyển đổi số",
      en: "Annual document reminding and correcting the management of digital-transformation spending",
    },
    maxPoints: 10,
    inputs: [{ input: "spending_reminder_issued" }],
    rule: { kind: "boolean", input: "spending_reminder_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Văn bản nhắc nhở, chấn chỉnh quản lý chi cho CĐS ban hành trong năm",
      en: "The reminder/correction document on digital-transformation spending issued in the year",
    },
  },
  {
    code: "2.7",
    index: "II",
    name: {
      vi: "Tổ chức hội nghị, bồi dưỡng, tập huấn định kỳ hằng năm phổ biến, quán triệt công tác chi cho chuyển đổi số",
      en: "Annual conferences and training to disseminate digital-transformation spending rules",
    },
    maxPoints: 10,
    inputs: [{ input: "spending_training_held" }],
    rule: { kind: "boolean", input: "spending_training_held" },
    method: {
      vi: lines("- Đã tổ chức: Điểm tối đa;", "- Không tổ chức: 0 điểm"),
      en: lines("- Held: maximum points;", "- Not held: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Kế hoạch, giấy mời, tài liệu và báo cáo kết quả hội nghị, tập huấn",
      en: "Plan, invitations, materials and report of the conference or training",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Method reconstructed: the OCR is garbled ('Eﬁ to Clt‘?ch}?l.er(;‘é‘.’l da;', 'ong fo chue. U diem'); read as 'Đã tổ chức: Điểm tối đa; Không tổ chức: 0 điểm' on the pattern of 2.5.",
    },
  },
  {
    code: "2.8",
    index: "II",
    name: {
      vi: "Ban hành chính sách tỷ lệ chi Ngân sách nhà nước tối thiểu hằng năm cho chuyển đổi số",
      en: "Policy on a minimum annual share of the state budget for digital transformation",
    },
    maxPoints: 10,
    inputs: [{ input: "min_budget_share_policy_issued" }],
    rule: { kind: "boolean", input: "min_budget_share_policy_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở Tài chính",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Nghị quyết của HĐND hoặc quyết định của UBND tỉnh về tỷ lệ chi NSNN tối thiểu cho CĐS",
      en: "Resolution of the Provincial People's Council or decision of the People's Committee on the minimum budget share",
    },
  },
  {
    code: "2.9",
    index: "II",
    name: {
      vi: "Ban hành chính sách thuê chuyên gia chuyển đổi số",
      en: "Policy on hiring digital-transformation experts",
    },
    maxPoints: 10,
    inputs: [{ input: "expert_hiring_policy_issued" }],
    rule: { kind: "boolean", input: "expert_hiring_policy_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Nội vụ", "Sở Tài chính"],
    evidence: {
      vi: "Văn bản ban hành chính sách thuê chuyên gia CĐS",
      en: "The document issuing the expert-hiring policy",
    },
    notes: "Max printed '101' (10 followed by a table rule); low risk.",
  },
  {
    code: "2.10",
    index: "II",
    name: {
      vi: "Ban hành chính sách khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến (DVCTT)",
      en: "Policy encouraging citizens and businesses to use online public services",
    },
    maxPoints: 10,
    inputs: [{ input: "dvctt_incentive_policy_issued" }],
    rule: { kind: "boolean", input: "dvctt_incentive_policy_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Văn bản ban hành chính sách khuyến khích sử dụng DVCTT",
      en: "The document issuing the online-public-service incentive policy",
    },
  },
  {
    code: "2.11",
    index: "II",
    name: {
      vi: "Ban hành chính sách khuyến khích doanh nghiệp nhỏ và vừa chuyển đổi số",
      en: "Policy encouraging small and medium-sized enterprises to transform digitally",
    },
    maxPoints: 10,
    inputs: [{ input: "sme_dts_policy_issued" }],
    rule: { kind: "boolean", input: "sme_dts_policy_issued" },
    method: {
      vi: lines("- Đã ban hành: Điểm tối đa;", "- Chưa ban hành: 0 điểm"),
      en: lines("- Issued: maximum points;", "- Not issued: 0 points"),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Văn bản ban hành chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
      en: "The document issuing the SME digital-transformation policy",
    },
    notes: "Max printed '101' (10 followed by a table rule); low risk.",
  },
]);

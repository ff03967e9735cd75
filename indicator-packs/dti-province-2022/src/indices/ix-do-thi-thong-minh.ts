// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";

/** Chỉ số chính IX – Đô thị thông minh: 3 chỉ số thành phần, 0 điểm. */
export const index = {
  code: "IX",
  name: { vi: "Đô thị thông minh", en: "Smart cities" },
  maxPoints: 0,
  group: "unscored",
  notes: "Not scored (Không tính điểm).",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "9.1",
    index: "IX",
    name: {
      vi: "Ban hành và triển khai đề án phát triển đô thị thông minh",
      en: "Issuing and implementing a smart-city development scheme",
    },
    maxPoints: 0,
    inputs: [],
    rule: { kind: "not_scored" },
    method: { vi: "Không tính điểm", en: "Not scored" },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["UBND các huyện, thành phố"],
    evidence: {
      vi: "Quyết định phê duyệt đề án phát triển đô thị thông minh",
      en: "Decision approving the smart-city development scheme",
    },
    notes: "Points cell blank in the OCR; main index IX is not scored (0 points).",
  },
  {
    code: "9.2",
    index: "IX",
    name: {
      vi: "Ban hành kiến trúc ICT phát triển Đô thị thông minh",
      en: "Issuing an ICT architecture for smart-city development",
    },
    maxPoints: 0,
    inputs: [],
    rule: { kind: "not_scored" },
    method: { vi: "Không tính điểm", en: "Not scored" },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Xây dựng"],
    evidence: {
      vi: "Quyết định ban hành kiến trúc ICT phát triển đô thị thông minh",
      en: "Decision issuing the smart-city ICT architecture",
    },
    notes: "Points cell blank in the OCR; main index IX is not scored (0 points).",
  },
  {
    code: "9.3",
    index: "IX",
    name: {
      vi: "Thực hiện đo lường chỉ số KPI phát triển Đô thị thông minh",
      en: "Measuring smart-city development KPIs",
    },
    maxPoints: 0,
    inputs: [],
    rule: { kind: "not_scored" },
    method: { vi: "Không tính điểm", en: "Not scored" },
    leadAgency: "Sở Xây dựng",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo đo lường các chỉ số KPI đô thị thông minh",
      en: "Report measuring the smart-city KPIs",
    },
  },
]);

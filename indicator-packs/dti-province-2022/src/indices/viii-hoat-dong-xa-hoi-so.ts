// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính VIII – Hoạt động xã hội số: 8 chỉ số thành phần, 150 điểm. */
export const index = {
  code: "VIII",
  name: { vi: "Hoạt động xã hội số", en: "Digital society activity" },
  maxPoints: 150,
  group: "activity",
  notes: "Code printed 'VIl' in the OCR.",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "8.1",
    index: "VIII",
    name: {
      vi: "Số lượng người dân có danh tính số/tài khoản định danh điện tử",
      en: "People with a digital identity/electronic identification account",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "people_with_digital_id" },
      { address: "b", input: "population_total" },
    ],
    rule: { kind: "ratio", a: "people_with_digital_id", b: "population_total" },
    method: {
      vi: lines(
        "a = Số người có danh tính số/tài khoản định danh điện tử;",
        "b = Tổng dân số;",
        "- Tỷ lệ = a/b;",
        "- Điểm:",
        "  + Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of people with a digital identity/electronic identification account;",
        "b = Total population;",
        "- Ratio = a/b;",
        "- Points:",
        "  + Ratio × maximum points",
      ),
    },
    leadAgency: "Công an tỉnh",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu của Công an tỉnh về tài khoản định danh điện tử",
      en: "Provincial Police figures on electronic identification accounts",
    },
  },
  {
    code: "8.2",
    index: "VIII",
    name: {
      vi: "Số lượng người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác",
      en: "People aged 15 and over with a transaction account at a bank or other licensed institution",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "people15_with_account" },
      { address: "b", input: "population_15plus" },
    ],
    rule: { kind: "ratio_to_target", a: "people15_with_account", b: "population_15plus", target: 0.8 },
    method: {
      vi: lines(
        "a = Số người từ 15 tuổi trở lên có tài khoản giao dịch đang còn hoạt động tại ngân hàng hoặc các tổ chức được phép khác;",
        "b = Tổng dân số từ 15 tuổi trở lên;",
        "- Tỷ lệ = a/b;",
        "- Điểm:",
        "  + Tỷ lệ >= 80%: Điểm tối đa;",
        "  + Tỷ lệ <= 80%: Tỷ lệ/80%*Điểm tối đa",
      ),
      en: lines(
        "a = Number of people aged 15 and over with an active transaction account at a bank or other licensed institution;",
        "b = Total population aged 15 and over;",
        "- Ratio = a/b;",
        "- Points:",
        "  + Ratio ≥ 80%: maximum points;",
        "  + Ratio ≤ 80%: Ratio/80% × maximum points",
      ),
    },
    leadAgency: "Ngân hàng Nhà nước chi nhánh Ninh Thuận",
    cooperatingAgencies: ["Các ngân hàng thương mại trên địa bàn tỉnh"],
    evidence: {
      vi: "Số liệu của Ngân hàng Nhà nước chi nhánh tỉnh",
      en: "Figures from the provincial branch of the State Bank of Vietnam",
    },
    notes:
      "The document says 'Tỷ lệ/80%*Điểm tối đa' explicitly, so ratio_to_target is literal here. The lower line prints '<=80%' (overlaps the upper line at exactly 80%; no effect on the result). The lead agency names Ninh Thuận's branch of the State Bank.",
  },
  {
    code: "8.3",
    index: "VIII",
    name: {
      vi: "Số lượng dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
      en: "Adults with a digital signature or personal electronic signature",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "people_with_digital_signature" },
      { address: "b", input: "population_15plus" },
    ],
    rule: { kind: "ratio_to_target", a: "people_with_digital_signature", b: "population_15plus", target: 0.5 },
    method: {
      vi: lines(
        "a = Số người có chữ ký số hoặc chữ ký điện tử;",
        "b = Tổng dân số từ 15 tuổi trở lên;",
        "- Tỷ lệ = a/b;",
        "- Điểm:",
        "  + Tỷ lệ >= 50%: Điểm tối đa;",
        "  + Tỷ lệ < 50%: Tỷ lệ/50%*Điểm tối đa",
      ),
      en: lines(
        "a = Number of people with a digital signature or electronic signature;",
        "b = Total population aged 15 and over;",
        "- Ratio = a/b;",
        "- Points:",
        "  + Ratio ≥ 50%: maximum points;",
        "  + Ratio < 50%: Ratio/50% × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Số liệu của các tổ chức cung cấp dịch vụ chứng thực chữ ký số, chữ ký điện tử",
      en: "Figures from digital/electronic signature certification providers",
    },
    notes: "The document says 'Tỷ lệ/50%*Điểm tối đa' explicitly, so ratio_to_target is literal here.",
  },
  {
    code: "8.4",
    index: "VIII",
    name: {
      vi: "Số lượng hộ gia đình có địa chỉ số (trên tổng số hộ gia đình)",
      en: "Households with a digital address (share of all households)",
    },
    maxPoints: 20,
    inputs: [
      { address: "a", input: "households_with_digital_address" },
      { address: "b", input: "households_total" },
    ],
    rule: { kind: "ratio", a: "households_with_digital_address", b: "households_total" },
    method: {
      vi: lines("a = Số lượng hộ gia đình có địa chỉ số;", "b = Tổng số hộ gia đình;", "- Tỷ lệ = a/b;", "- Điểm = Tỷ lệ*Điểm tối đa"),
      en: lines(
        "a = Number of households with a digital address;",
        "b = Total number of households;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Bưu điện tỉnh"],
    evidence: {
      vi: "Số liệu địa chỉ số của Bưu điện tỉnh",
      en: "Digital-address figures from the Provincial Post Office",
    },
  },
  {
    code: "8.5",
    index: "VIII",
    name: {
      vi: "Số lượng người dân biết kỹ năng về công nghệ thông tin và truyền thông",
      en: "People with ICT skills",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "working_age_with_basic_digital_skills" },
      { address: "b", input: "working_age_population" },
    ],
    rule: {
      kind: "ratio_to_target",
      a: "working_age_with_basic_digital_skills",
      b: "working_age_population",
      target: 0.7,
    },
    method: {
      vi: lines(
        "a = Số lượng người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản;",
        "b = Tổng dân số trong độ tuổi lao động;",
        "- Tỷ lệ = a/b;",
        "- Điểm:",
        "  + Tỷ lệ >= 70%: Điểm tối đa;",
        "  + Tỷ lệ <= 70%: Tỷ lệ/70%*Điểm tối đa",
      ),
      en: lines(
        "a = Number of working-age people trained in basic digital skills;",
        "b = Total working-age population;",
        "- Ratio = a/b;",
        "- Points:",
        "  + Ratio ≥ 70%: maximum points;",
        "  + Ratio ≤ 70%: Ratio/70% × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông"],
    evidence: {
      vi: "Báo cáo kết quả đào tạo kỹ năng số cơ bản cho người dân trong độ tuổi lao động",
      en: "Reports on basic digital-skills training for working-age people",
    },
    notes:
      "The document says 'Tỷ lệ/70%*Điểm tối đa' explicitly, so ratio_to_target is literal here. The lower line prints '<=70%' (overlap at the boundary; no effect on the result).",
  },
  {
    code: "8.6",
    index: "VIII",
    name: {
      vi: "Tổng kinh phí đầu tư từ ngân sách nhà nước cho xã hội số",
      en: "Total state-budget investment spending on digital society",
    },
    maxPoints: 20,
    inputs: [{ input: "digital_society_invest_bvnd" }],
    rule: { kind: "min_max", value: "digital_society_invest_bvnd", form: "x_over_max" },
    method: {
      vi: lines(
        "Tính điểm theo phương pháp Min-Max dựa vào tỷ lệ của tỉnh với tỉnh chi cao nhất",
        "Đề xuất chi cho xã hội số bao gồm tuyên truyền, đào tạo cho người dân về kỹ năng số, các hoạt động dịch vụ, sản phẩm hỗ trợ khác giúp người dân tiếp cận môi trường số và chi khác theo quy định",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Points by the Min-Max method, based on the ratio of the province to the highest-spending province",
        "Spending on digital society is proposed to include awareness campaigns, digital-skills training for citizens, services, products and other support helping citizens access the digital environment, and other spending as prescribed",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở KH&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo quyết toán ngân sách chi đầu tư cho xã hội số",
      en: "Budget final accounts of investment spending on digital society",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative: 'Min-Max dựa vào tỷ lệ của tỉnh với tỉnh chi cao nhất' on the amount (billion VND; no denominator is given); needs every province's data. Scored as x / max over the cohort; (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "8.7",
    index: "VIII",
    name: {
      vi: "Tổng kinh phí chi thường xuyên từ ngân sách nhà nước cho xã hội số",
      en: "Total state-budget recurrent spending on digital society",
    },
    maxPoints: 20,
    inputs: [{ input: "digital_society_recurrent_bvnd" }],
    rule: { kind: "min_max", value: "digital_society_recurrent_bvnd", form: "x_over_max" },
    method: {
      vi: lines(
        "Tính điểm theo phương pháp Min-Max dựa vào tỷ lệ của tỉnh với tỉnh chi cao nhất",
        "Đề xuất chi cho xã hội số bao gồm tuyên truyền, đào tạo cho người dân về kỹ năng số, các hoạt động dịch vụ, sản phẩm hỗ trợ khác giúp người dân tiếp cận môi trường số và chi khác theo quy định",
        "Đơn vị tỷ đồng",
      ),
      en: lines(
        "Points by the Min-Max method, based on the ratio of the province to the highest-spending province",
        "Spending on digital society is proposed to include awareness campaigns, digital-skills training for citizens, services, products and other support helping citizens access the digital environment, and other spending as prescribed",
        "Unit: billion VND",
      ),
    },
    leadAgency: "Sở Tài chính",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo quyết toán ngân sách chi thường xuyên cho xã hội số",
      en: "Budget final accounts of recurrent spending on digital society",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative: 'Min-Max dựa vào tỷ lệ của tỉnh với tỉnh chi cao nhất' on the amount (billion VND; no denominator is given); needs every province's data. Scored as x / max over the cohort; (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "8.8",
    index: "VIII",
    name: {
      vi: "Mức độ người dân được tham gia vào cùng cơ quan nhà nước giải quyết vấn đề của địa phương với chính quyền",
      en: "Citizen participation with state agencies in solving local problems",
    },
    maxPoints: 20,
    inputs: [{ input: "effective_participation_activities" }],
    rule: { kind: "count_capped", input: "effective_participation_activities", pointsPerItem: 1 },
    method: {
      vi: lines(
        "- Danh sách những hoạt động mà người dân cùng tham gia giải quyết vấn đề với chính quyền trên kênh trực tuyến;",
        "- Hoạt động mà người dân tham gia giải quyết hiệu quả khi có 80% phản ánh là chính xác và được giải quyết;",
        "- Mỗi hoạt động hiệu quả: 1 điểm;",
        "- Tổng điểm không quá Điểm tối đa",
      ),
      en: lines(
        "- List of the activities in which citizens work with the authorities on online channels to solve problems;",
        "- An activity counts as effective when 80% of the reports are accurate and resolved;",
        "- Each effective activity: 1 point;",
        "- The total may not exceed the maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP UBND tỉnh"],
    evidence: {
      vi: "Danh sách hoạt động, số liệu phản ánh và kết quả giải quyết trên kênh trực tuyến",
      en: "List of activities, with figures on reports received and resolved on the online channels",
    },
  },
]);

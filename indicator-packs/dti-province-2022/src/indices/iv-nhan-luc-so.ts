// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính IV – Nhân lực số: 13 chỉ số thành phần, 100 điểm. */
export const index = {
  code: "IV",
  name: { vi: "Nhân lực số", en: "Digital human resources" },
  maxPoints: 100,
  group: "foundation",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "4.1",
    index: "IV",
    name: {
      vi: "Tổ công nghệ số cộng đồng đến mức xã",
      en: "Community digital technology teams down to commune level",
    },
    maxPoints: 10,
    inputs: [{ input: "commune_cdt_teams" }],
    rule: { kind: "boolean", input: "commune_cdt_teams" },
    method: {
      vi: lines("- Đã có Tổ công nghệ số cộng đồng đến mức xã: Điểm tối đa;", "- Chưa có: 0 điểm"),
      en: lines("- Community digital technology teams exist down to commune level: maximum points;", "- None: 0 points"),
    },
    leadAgency: "UBND các huyện, thành phố",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã",
      en: "Decisions establishing the commune-level community digital technology teams",
    },
  },
  {
    code: "4.2",
    index: "IV",
    name: {
      vi: "Tổ công nghệ số cộng đồng đến mức thôn, xóm",
      en: "Community digital technology teams down to village/hamlet level",
    },
    maxPoints: 10,
    inputs: [{ input: "village_cdt_teams" }],
    rule: { kind: "boolean", input: "village_cdt_teams" },
    method: {
      vi: lines("- Đã có Tổ công nghệ số cộng đồng đến mức thôn, xóm: Điểm tối đa;", "- Chưa có: 0 điểm"),
      en: lines("- Community digital technology teams exist down to village/hamlet level: maximum points;", "- None: 0 points"),
    },
    leadAgency: "UBND các huyện, thành phố",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Quyết định thành lập Tổ công nghệ số cộng đồng cấp thôn, xóm",
      en: "Decisions establishing the village-level community digital technology teams",
    },
    provisional: {
      aspect: ["points"],
      reason: "Max points guessed: the cell prints '14'; read as 10, which makes index IV total 100.",
    },
  },
  {
    code: "4.3",
    index: "IV",
    name: {
      vi: "Sở Thông tin và Truyền thông có chức năng, nhiệm vụ về chuyển đổi số",
      en: "The Department of Information and Communications has digital-transformation functions and tasks",
    },
    maxPoints: 10,
    inputs: [{ input: "dic_has_dts_mandate" }],
    rule: { kind: "boolean", input: "dic_has_dts_mandate" },
    method: {
      vi: lines("- Đã có: Điểm tối đa;", "- Không có: 0 điểm"),
      en: lines("- Has them: maximum points;", "- Does not: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Quyết định quy định chức năng, nhiệm vụ, quyền hạn của Sở TTTT",
      en: "Decision setting out the functions, tasks and powers of the Department of Information and Communications",
    },
  },
  {
    code: "4.4",
    index: "IV",
    name: {
      vi: "Sở Thông tin và Truyền thông có bộ phận/đơn vị thực hiện nhiệm vụ về chuyển đổi số",
      en: "The Department of Information and Communications has a division/unit for digital transformation",
    },
    maxPoints: 10,
    inputs: [{ input: "dic_has_dts_unit" }],
    rule: { kind: "boolean", input: "dic_has_dts_unit" },
    method: {
      vi: lines("- Đã có: Điểm tối đa;", "- Không có: 0 điểm"),
      en: lines("- Has one: maximum points;", "- Does not: 0 points"),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Quyết định thành lập hoặc giao nhiệm vụ cho bộ phận, đơn vị về CĐS",
      en: "Decision establishing, or assigning tasks to, the digital-transformation division/unit",
    },
  },
  {
    code: "4.5",
    index: "IV",
    name: {
      vi: "Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về chuyển đổi số",
      en: "Share of civil servants and public employees working full-time or part-time on digital transformation",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "civil_servants_dts_fulltime" },
      { address: "b", input: "civil_servants_dts_parttime" },
      { address: "c", input: "public_employees_dts_fulltime" },
      { address: "d", input: "public_employees_dts_parttime" },
      { address: "e", input: "civil_servants_total" },
      { address: "f", input: "public_employees_total" },
    ],
    rule: {
      kind: "min_max",
      a: ["civil_servants_dts_fulltime", "civil_servants_dts_parttime", "public_employees_dts_fulltime", "public_employees_dts_parttime"],
      b: ["civil_servants_total", "public_employees_total"],
      form: "x_over_max",
    },
    method: {
      vi: lines(
        "a = Số lượng công chức chuyên trách về chuyển đổi số;",
        "b = Số lượng công chức kiêm nhiệm về chuyển đổi số;",
        "c = Số lượng viên chức chuyên trách về chuyển đổi số;",
        "d = Số lượng viên chức kiêm nhiệm về chuyển đổi số;",
        "e = Tổng số công chức;",
        "f = Tổng số viên chức;",
        "- Tỷ lệ = (a+b+c+d)/(e+f)",
        "- Tính điểm theo phương pháp Min-Max dựa vào tỷ lệ cao nhất thì điểm tối đa và giảm dần",
      ),
      en: lines(
        "a = Number of civil servants working full-time on digital transformation;",
        "b = Number of civil servants working part-time (concurrently) on digital transformation;",
        "c = Number of public employees working full-time on digital transformation;",
        "d = Number of public employees working part-time (concurrently) on digital transformation;",
        "e = Total number of civil servants;",
        "f = Total number of public employees;",
        "- Ratio = (a+b+c+d)/(e+f)",
        "- Points by the Min-Max method: the highest ratio gets maximum points, the others decreasing",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Nội vụ"],
    evidence: {
      vi: "Danh sách công chức, viên chức chuyên trách, kiêm nhiệm CĐS; số liệu biên chế của Sở Nội vụ",
      en: "List of full-time and part-time digital-transformation staff; staffing figures from the Department of Home Affairs",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative (Min-Max): needs every province's data, and the sources do not state the formula. Scored as x / max over the cohort (the highest ratio gets max, others scaled down, as the method says); (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "4.6",
    index: "IV",
    name: {
      vi: "Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng",
      en: "Share of civil servants and public employees working full-time or part-time on cybersecurity",
    },
    maxPoints: 10,
    inputs: [
      { address: "a1", input: "cs_infosec_fulltime" },
      { address: "a2", input: "pe_contract_infosec_fulltime" },
      { address: "a3", input: "cs_infosec_parttime" },
      { address: "a4", input: "pe_contract_infosec_parttime" },
      { address: "b1", input: "civil_servants_total" },
      { address: "b2", input: "public_employees_total" },
    ],
    rule: {
      kind: "min_max",
      a: ["cs_infosec_fulltime", "pe_contract_infosec_fulltime", "cs_infosec_parttime", "pe_contract_infosec_parttime"],
      b: ["civil_servants_total", "public_employees_total"],
      form: "x_over_max",
      allowAboveOne: true,
    },
    method: {
      vi: lines(
        "a = Số lượng công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng, cụ thể gồm:",
        "  + Số lượng công chức chuyên trách về ATTT",
        "  + Số lượng viên chức, hợp đồng chuyên trách về ATTT",
        "  + Số lượng công chức bán chuyên trách về ATTT (kiêm nhiệm)",
        "  + Số lượng viên chức, hợp đồng bán chuyên trách về ATTT (kiêm nhiệm)",
        "b = Tổng số công chức, viên chức;",
        "- Tỷ lệ = a/b;",
        "- Tính điểm theo phương pháp Min-Max dựa vào tỷ lệ a/b cao nhất thì điểm tối đa và giảm dần",
      ),
      en: lines(
        "a = Number of civil servants and public employees working full-time or part-time on cybersecurity, namely:",
        "  + Number of civil servants working full-time on information security",
        "  + Number of public employees and contract staff working full-time on information security",
        "  + Number of civil servants working part-time (concurrently) on information security",
        "  + Number of public employees and contract staff working part-time (concurrently) on information security",
        "b = Total number of civil servants and public employees;",
        "- Ratio = a/b;",
        "- Points by the Min-Max method: the highest a/b ratio gets maximum points, the others decreasing",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Nội vụ"],
    evidence: {
      vi: "Danh sách công chức, viên chức, hợp đồng chuyên trách, bán chuyên trách ATTT; số liệu biên chế của Sở Nội vụ",
      en: "List of full-time and part-time cybersecurity staff; staffing figures from the Department of Home Affairs",
    },
    provisional: {
      aspect: ["cohort"],
      reason:
        "Cohort-relative (Min-Max): needs every province's data, and the sources do not state the formula. Scored as x / max over the cohort (the highest ratio gets max, others scaled down, as the method says); (x − min)/(max − min) is the alternative.",
    },
    notes:
      "Numerator a is the sum of the four listed groups (addresses a1–a4, numbered for convenience; the document lists them as '+' bullets). Denominator b is civil servants (b1 = A11) plus public employees (b2 = A12). allowAboveOne: true — a also counts contract staff, who are not in b, so a is not a subset of b.",
  },
  {
    code: "4.7",
    index: "IV",
    name: {
      vi: "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
      en: "Share of civil servants and public employees trained on digital transformation",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "staff_trained_dts" },
      { address: "b1", input: "civil_servants_total" },
      { address: "b2", input: "public_employees_total" },
    ],
    rule: { kind: "ratio", a: "staff_trained_dts", b: ["civil_servants_total", "public_employees_total"] },
    method: {
      vi: lines(
        "a = Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số;",
        "b = Tổng số công chức, viên chức;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of civil servants and public employees trained on digital transformation;",
        "b = Total number of civil servants and public employees;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Sở Nội vụ"],
    evidence: {
      vi: "Danh sách học viên, chứng nhận các lớp bồi dưỡng, tập huấn về CĐS",
      en: "Attendance lists and certificates of the digital-transformation training courses",
    },
    notes: "Denominator b is civil servants (b1 = A11) plus public employees (b2 = A12).",
  },
  {
    code: "4.8",
    index: "IV",
    name: {
      vi: "Tỷ lệ cơ sở đào tạo cao đẳng, đại học, sau đại học có đào tạo về chuyển đổi số",
      en: "Share of college, university and postgraduate institutions teaching digital transformation",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "colleges_teaching_dts" },
      { address: "b", input: "colleges_total" },
    ],
    rule: { kind: "ratio", a: "colleges_teaching_dts", b: "colleges_total" },
    method: {
      vi: lines(
        "a = Số lượng cơ sở đào tạo cao đẳng, đại học, sau đại học có đào tạo về chuyển đổi số;",
        "b = Tổng số cơ sở đào tạo cao đẳng, đại học, sau đại học;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of college, university and postgraduate institutions offering training on digital transformation;",
        "b = Total number of college, university and postgraduate institutions;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở GD&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Danh sách cơ sở đào tạo và chương trình đào tạo về CĐS của Sở GD&ĐT",
      en: "List of institutions and their digital-transformation programmes from the Department of Education and Training",
    },
    provisional: {
      aspect: ["points"],
      reason:
        "Max points guessed: the cell is empty in the OCR (lines 1034–1050). 4.8 + 4.11 must equal 10 for index IV = 100 (both cells lost); an even split 5 + 5 is assumed — the total does not decide it.",
    },
    notes: "Zero denominator (no such institution in the province) scores 0 (engine default); the method text is silent.",
  },
  {
    code: "4.9",
    index: "IV",
    name: {
      vi: "Tỷ lệ sinh viên tốt nghiệp cao đẳng, đại học, sau đại học về chuyển đổi số",
      en: "Share of college, university and postgraduate graduates in digital transformation",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "graduates_dts" },
      { address: "b", input: "graduates_total" },
    ],
    rule: { kind: "ratio_to_target", a: "graduates_dts", b: "graduates_total", target: 0.5 },
    method: {
      vi: lines(
        "a = Số lượng sinh viên tốt nghiệp cao đẳng, đại học, sau đại học về chuyển đổi số;",
        "b = Tổng số sinh viên tốt nghiệp cao đẳng, đại học, sau đại học;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ/50%*Điểm tối đa",
      ),
      en: lines(
        "a = Number of college, university and postgraduate graduates in digital transformation;",
        "b = Total number of college, university and postgraduate graduates;",
        "- Ratio = a/b;",
        "- Points = Ratio/50% × maximum points",
      ),
    },
    leadAgency: "Sở GD&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Số liệu tốt nghiệp theo ngành của các cơ sở đào tạo",
      en: "Graduation figures by field from the training institutions",
    },
    notes:
      "The document only says 'Điểm = Tỷ lệ/50%*Điểm tối đa' (no '≥ 50%: điểm tối đa' line); the cap at max is implied. Zero denominator (no graduates) scores 0 (engine default).",
  },
  {
    code: "4.10",
    index: "IV",
    name: {
      vi: "Tỷ lệ người lao động được bồi dưỡng, tập huấn kỹ năng số",
      en: "Share of workers trained in digital skills",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "workers_trained_digital_skills" },
      { address: "b", input: "working_age_population" },
    ],
    rule: { kind: "ratio", a: "workers_trained_digital_skills", b: "working_age_population" },
    method: {
      vi: lines(
        "a = Số lượng người lao động được bồi dưỡng, tập huấn kỹ năng số;",
        "b = Tổng số người trong độ tuổi lao động;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of workers trained in digital skills;",
        "b = Total number of working-age people;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở LĐTB&XH",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo kết quả bồi dưỡng, tập huấn kỹ năng số cho người lao động",
      en: "Reports on digital-skills training for workers",
    },
  },
  {
    code: "4.11",
    index: "IV",
    name: {
      vi: "Số lượng người dân được phổ cập kỹ năng số cơ bản trên nền tảng OneTouch",
      en: "Citizens taught basic digital skills on the OneTouch platform",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "onetouch_trained_citizens" },
      { address: "b", input: "population_total" },
    ],
    rule: { kind: "min_max", a: "onetouch_trained_citizens", b: "population_total", form: "x_over_max" },
    method: {
      vi: lines(
        "a = Số lượng người dân được phổ cập kỹ năng số cơ bản trên nền tảng OneTouch;",
        "b = Tổng dân số;",
        "- Tỷ lệ = a/b;",
        "- Tính điểm theo phương pháp Min-Max dựa vào tỷ lệ a/b cao nhất thì điểm tối đa và giảm dần",
      ),
      en: lines(
        "a = Number of citizens taught basic digital skills on the OneTouch platform;",
        "b = Total population;",
        "- Ratio = a/b;",
        "- Points by the Min-Max method: the highest a/b ratio gets maximum points, the others decreasing",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["UBND các huyện, thành phố"],
    evidence: { vi: "Số liệu thống kê của nền tảng OneTouch", en: "Statistics from the OneTouch platform" },
    provisional: {
      aspect: ["points", "cohort"],
      reason:
        "Max points guessed: the cell is garbled ('411 | . % oA A : ) )'); 5 assumed (4.8 + 4.11 = 10, split 5 + 5). Cohort-relative (Min-Max): needs every province's data; scored as x / max over the cohort, (x − min)/(max − min) is the alternative.",
    },
  },
  {
    code: "4.12",
    index: "IV",
    name: {
      vi: "Tỷ lệ các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp thực hiện chuyển đổi số (hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở)",
      en: "Share of university, college and vocational institutions carrying out digital transformation (digital governance model, digital operations, standardised digital data, open digital learning repository)",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "tertiary_vocational_doing_dts" },
      { address: "b", input: "tertiary_vocational_total" },
    ],
    rule: {
      kind: "ratio_full_above",
      a: "tertiary_vocational_doing_dts",
      b: "tertiary_vocational_total",
      threshold: 0.8,
    },
    method: {
      vi: lines(
        "a = Số lượng các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp thực hiện chuyển đổi số trên địa bàn;",
        "b = Tổng số cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp trên địa bàn;",
        "- Tỷ lệ ≥ 80%: điểm tối đa;",
        "- Tỷ lệ < 80%: Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of university, college and vocational institutions in the province carrying out digital transformation;",
        "b = Total number of university, college and vocational institutions in the province;",
        "- Ratio ≥ 80%: maximum points;",
        "- Ratio < 80%: Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở GD&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo chuyển đổi số của các cơ sở đào tạo; danh sách cơ sở trên địa bàn",
      en: "Digital-transformation reports of the institutions; list of institutions in the province",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: the text reads 'Tỷ lệ ≥ 80%: điểm tối đa; Tỷ lệ < 80%: Điểm = Tỷ lệ*Điểm tối đa', the same wording as 7.x. Kept literally here (ratio_full_above, jumps at 80%); 7.x are scored as min(1, ratio/X) because published points follow that reading — if 4.12 is meant the same way it would be min(1, ratio/80%). OCR prints '≥' as '>'. Cooperating agency 'S6GTTTT' read as Sở TTTT.",
    },
    notes: "Zero denominator (no such institution in the province) scores 0 (engine default); the method text is silent.",
  },
  {
    code: "4.13",
    index: "IV",
    name: {
      vi: "Tỷ lệ các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số (hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở)",
      en: "Share of primary to upper-secondary schools carrying out digital transformation (digital governance model, digital operations, standardised digital data, open digital learning repository)",
    },
    maxPoints: 5,
    inputs: [
      { address: "a", input: "schools_doing_dts" },
      { address: "b", input: "schools_total" },
    ],
    rule: { kind: "ratio_full_above", a: "schools_doing_dts", b: "schools_total", threshold: 0.7 },
    method: {
      vi: lines(
        "a = Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn;",
        "b = Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn;",
        "- Tỷ lệ ≥ 70%: điểm tối đa;",
        "- Tỷ lệ < 70%: Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of primary to upper-secondary schools in the province carrying out digital transformation;",
        "b = Total number of primary to upper-secondary schools in the province;",
        "- Ratio ≥ 70%: maximum points;",
        "- Ratio < 70%: Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở GD&ĐT",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo của Sở GD&ĐT về các cơ sở giáo dục thực hiện CĐS",
      en: "Department of Education and Training report on schools carrying out digital transformation",
    },
    provisional: {
      aspect: ["rule"],
      reason:
        "Rule kind chosen: same wording as 7.x ('Tỷ lệ ≥ 70%: điểm tối đa; Tỷ lệ < 70%: Điểm = Tỷ lệ*Điểm tối đa'). Kept literally (ratio_full_above, jumps at 70%); read the 7.x way it would be min(1, ratio/70%). OCR prints '≥' as '>'.",
    },
  },
]);

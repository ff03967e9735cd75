// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index IV. */
export const inputs = defineInputs([
  {
    id: "commune_cdt_teams",
    label: {
      vi: "Đã có Tổ công nghệ số cộng đồng đến mức xã",
      en: "Community digital technology teams exist down to commune level",
    },
    unit: "boolean",
  },
  {
    id: "village_cdt_teams",
    label: {
      vi: "Đã có Tổ công nghệ số cộng đồng đến mức thôn, xóm",
      en: "Community digital technology teams exist down to village/hamlet level",
    },
    unit: "boolean",
  },
  {
    id: "dic_has_dts_mandate",
    label: {
      vi: "Sở Thông tin và Truyền thông đã có chức năng, nhiệm vụ về chuyển đổi số",
      en: "The Department of Information and Communications has functions and tasks on digital transformation",
    },
    unit: "boolean",
  },
  {
    id: "dic_has_dts_unit",
    label: {
      vi: "Sở Thông tin và Truyền thông đã có bộ phận/đơn vị thực hiện nhiệm vụ về chuyển đổi số",
      en: "The Department of Information and Communications has a division/unit carrying out digital-transformation tasks",
    },
    unit: "boolean",
  },
  {
    id: "civil_servants_dts_fulltime",
    label: {
      vi: "Số lượng công chức chuyên trách về chuyển đổi số",
      en: "Number of civil servants working full-time on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "civil_servants_dts_parttime",
    label: {
      vi: "Số lượng công chức kiêm nhiệm về chuyển đổi số",
      en: "Number of civil servants working part-time (concurrently) on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "public_employees_dts_fulltime",
    label: {
      vi: "Số lượng viên chức chuyên trách về chuyển đổi số",
      en: "Number of public employees working full-time on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "public_employees_dts_parttime",
    label: {
      vi: "Số lượng viên chức kiêm nhiệm về chuyển đổi số",
      en: "Number of public employees working part-time (concurrently) on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "cs_infosec_fulltime",
    label: {
      vi: "Số lượng công chức chuyên trách về ATTT",
      en: "Number of civil servants working full-time on information security",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "pe_contract_infosec_fulltime",
    label: {
      vi: "Số lượng viên chức, hợp đồng chuyên trách về ATTT",
      en: "Number of public employees and contract staff working full-time on information security",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "cs_infosec_parttime",
    label: {
      vi: "Số lượng công chức bán chuyên trách về ATTT (kiêm nhiệm)",
      en: "Number of civil servants working part-time (concurrently) on information security",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "pe_contract_infosec_parttime",
    label: {
      vi: "Số lượng viên chức, hợp đồng bán chuyên trách về ATTT (kiêm nhiệm)",
      en: "Number of public employees and contract staff working part-time (concurrently) on information security",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "staff_trained_dts",
    label: {
      vi: "Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
      en: "Number of civil servants and public employees trained on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "colleges_teaching_dts",
    label: {
      vi: "Số lượng cơ sở đào tạo cao đẳng, đại học, sau đại học có đào tạo về chuyển đổi số",
      en: "Number of college, university and postgraduate institutions offering training on digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "colleges_total",
    label: {
      vi: "Tổng số cơ sở đào tạo cao đẳng, đại học, sau đại học",
      en: "Total number of college, university and postgraduate institutions",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "graduates_dts",
    label: {
      vi: "Số lượng sinh viên tốt nghiệp cao đẳng, đại học, sau đại học về chuyển đổi số",
      en: "Number of college, university and postgraduate graduates in digital-transformation fields",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "graduates_total",
    label: {
      vi: "Tổng số sinh viên tốt nghiệp cao đẳng, đại học, sau đại học",
      en: "Total number of college, university and postgraduate graduates",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "workers_trained_digital_skills",
    label: {
      vi: "Số lượng người lao động được bồi dưỡng, tập huấn kỹ năng số",
      en: "Number of workers trained in digital skills",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "onetouch_trained_citizens",
    label: {
      vi: "Số lượng người dân được phổ cập kỹ năng số cơ bản trên nền tảng OneTouch",
      en: "Number of citizens taught basic digital skills on the OneTouch platform",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "tertiary_vocational_doing_dts",
    label: {
      vi: "Số lượng các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp thực hiện chuyển đổi số trên địa bàn",
      en: "Number of university, college and vocational institutions in the province carrying out digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "tertiary_vocational_total",
    label: {
      vi: "Tổng số cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp trên địa bàn",
      en: "Total number of university, college and vocational institutions in the province",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "schools_doing_dts",
    label: {
      vi: "Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn",
      en: "Number of primary to upper-secondary schools in the province carrying out digital transformation",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "schools_total",
    label: {
      vi: "Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn",
      en: "Total number of primary to upper-secondary schools in the province",
    },
    unit: "count",
    min: 0,
  },
]);

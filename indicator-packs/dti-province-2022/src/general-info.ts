// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import type { PackDefinition } from "@dti/pack-sdk";

/** Thông tin chung (A1–A20): figures every province reports; several inputs are linked to them. */
export const generalInfo = [
  {
    code: "A1",
    name: { vi: "Tên Tỉnh, thành phố", en: "Name of the province or centrally-run city" },
    unit: "text",
    leadAgency: "Sở TTTT",
  },
  {
    code: "A2",
    name: { vi: "Địa chỉ liên hệ chính thức", en: "Official contact address" },
    unit: "text",
    leadAgency: "Sở TTTT",
  },
  {
    code: "A3",
    name: {
      vi: "Địa chỉ trang/cổng thông tin điện tử (Website/Portal) chính thức",
      en: "Address of the official website/web portal",
    },
    unit: "text",
    leadAgency: "Sở TTTT",
  },
  { code: "A4", name: { vi: "Số lượng dân số", en: "Population" }, unit: "count", leadAgency: "Cục Thống kê" },
  {
    code: "A5",
    name: { vi: "Số lượng dân số trong độ tuổi lao động", en: "Working-age population" },
    unit: "count",
    leadAgency: "Cục Thống kê",
  },
  {
    code: "A6",
    name: { vi: "Số lượng hộ gia đình", en: "Number of households" },
    unit: "count",
    leadAgency: "Cục Thống kê",
  },
  {
    code: "A7",
    name: { vi: "Số lượng huyện và tương đương", en: "Number of districts and equivalent units" },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A8",
    name: { vi: "Số lượng xã và tương đương", en: "Number of communes and equivalent units" },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A9",
    name: { vi: "Số lượng thôn, xóm và tương đương", en: "Number of villages, hamlets and equivalent units" },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A10",
    name: {
      vi: "Số lượng cơ quan/đơn vị thuộc, trực thuộc",
      en: "Number of affiliated and subordinate agencies/units",
    },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A11",
    name: { vi: "Số lượng công chức", en: "Number of civil servants (công chức)" },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A12",
    name: { vi: "Số lượng viên chức", en: "Number of public employees (viên chức)" },
    unit: "count",
    leadAgency: "Sở Nội vụ",
  },
  {
    code: "A13",
    name: { vi: "Số lượng máy chủ vật lý", en: "Number of physical servers" },
    unit: "count",
    leadAgency: "Sở TTTT",
  },
  {
    code: "A14",
    name: { vi: "Số lượng máy trạm", en: "Number of workstations" },
    unit: "count",
    leadAgency: "Sở TTTT",
  },
  {
    code: "A15",
    name: { vi: "Số lượng hệ thống thông tin", en: "Number of information systems" },
    unit: "count",
    leadAgency: "Sở TTTT",
  },
  {
    code: "A16",
    name: { vi: "Số lượng doanh nghiệp", en: "Number of enterprises" },
    unit: "count",
    leadAgency: "Sở KH&ĐT",
  },
  {
    code: "A17",
    name: { vi: "Số lượng doanh nghiệp nhỏ và vừa", en: "Number of small and medium-sized enterprises" },
    unit: "count",
    leadAgency: "Sở KH&ĐT",
  },
  {
    code: "A18",
    name: { vi: "Số lượng điểm phục vụ bưu chính", en: "Number of postal service points" },
    unit: "count",
    leadAgency: "Bưu điện tỉnh",
  },
  {
    code: "A19",
    name: {
      vi: "Tổng chi Ngân sách nhà nước cho chuyển đổi số",
      en: "Total state budget spending on digital transformation (billion VND)",
    },
    unit: "billion_vnd",
    leadAgency: "Sở Tài chính",
  },
  {
    code: "A20",
    name: { vi: "Số lượng thủ tục hành chính", en: "Number of administrative procedures" },
    unit: "count",
    leadAgency: "VP UBND tỉnh (Trung tâm PVHCC)",
  },
] satisfies PackDefinition["generalInfo"];

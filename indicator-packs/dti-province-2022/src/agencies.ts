// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import type { PackDefinition } from "@dti/pack-sdk";

/**
 * Every agency named by an indicator or general-information item, keyed by the abbreviation the source
 * writes. These are Ninh Thuận's own assignments (e.g. "Báo Ninh Thuận"), kept as transcribed.
 */
export const agencies = [
  {
    code: "Sở TTTT",
    name: { vi: "Sở Thông tin và Truyền thông", en: "Department of Information and Communications" },
  },
  { code: "VP Tỉnh ủy", name: { vi: "Văn phòng Tỉnh ủy", en: "Office of the Provincial Party Committee" } },
  {
    code: "VP UBND tỉnh",
    name: { vi: "Văn phòng Ủy ban nhân dân tỉnh", en: "Office of the Provincial People's Committee" },
  },
  { code: "Báo Ninh Thuận", name: { vi: "Báo Ninh Thuận", en: "Ninh Thuận Newspaper" } },
  {
    code: "Đài PTTH tỉnh",
    name: { vi: "Đài Phát thanh và Truyền hình tỉnh", en: "Provincial Radio and Television Station" },
  },
  {
    code: "UBND các huyện, thành phố",
    name: {
      vi: "Ủy ban nhân dân các huyện, thành phố",
      en: "People's Committees of the districts and the provincial city",
    },
  },
  { code: "Sở Tài chính", name: { vi: "Sở Tài chính", en: "Department of Finance" } },
  { code: "Sở Nội vụ", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } },
  {
    code: "VP UBND tỉnh (Trung tâm PVHCC)",
    name: {
      vi: "Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công)",
      en: "Office of the Provincial People's Committee (Public Administrative Service Centre)",
    },
  },
  { code: "Sở KH&ĐT", name: { vi: "Sở Kế hoạch và Đầu tư", en: "Department of Planning and Investment" } },
  {
    code: "Các doanh nghiệp viễn thông",
    name: { vi: "Các doanh nghiệp viễn thông", en: "Telecommunications companies" },
  },
  { code: "Sở GD&ĐT", name: { vi: "Sở Giáo dục và Đào tạo", en: "Department of Education and Training" } },
  {
    code: "Sở LĐTB&XH",
    name: {
      vi: "Sở Lao động – Thương binh và Xã hội",
      en: "Department of Labour, Invalids and Social Affairs",
    },
  },
  {
    code: "Các sở ngành và UBND các huyện thành phố",
    name: {
      vi: "Các sở, ngành và Ủy ban nhân dân các huyện, thành phố",
      en: "Provincial departments and agencies, and the People's Committees of the districts and the provincial city",
    },
  },
  { code: "Các sở, ngành", name: { vi: "Các sở, ngành", en: "Provincial departments and agencies" } },
  { code: "Cục Thống kê", name: { vi: "Cục Thống kê tỉnh", en: "Provincial Statistics Office" } },
  { code: "Cục Thuế tỉnh", name: { vi: "Cục Thuế tỉnh", en: "Provincial Tax Department" } },
  { code: "Bưu điện tỉnh", name: { vi: "Bưu điện tỉnh", en: "Provincial Post Office (Vietnam Post)" } },
  { code: "Sở Công Thương", name: { vi: "Sở Công Thương", en: "Department of Industry and Trade" } },
  {
    code: "Sở NN&PTNT",
    name: {
      vi: "Sở Nông nghiệp và Phát triển nông thôn",
      en: "Department of Agriculture and Rural Development",
    },
  },
  { code: "Công an tỉnh", name: { vi: "Công an tỉnh", en: "Provincial Police" } },
  {
    code: "Ngân hàng Nhà nước chi nhánh Ninh Thuận",
    name: {
      vi: "Ngân hàng Nhà nước Việt Nam – Chi nhánh tỉnh Ninh Thuận",
      en: "State Bank of Vietnam, Ninh Thuận branch",
    },
  },
  {
    code: "Các ngân hàng thương mại trên địa bàn tỉnh",
    name: { vi: "Các ngân hàng thương mại trên địa bàn tỉnh", en: "Commercial banks in the province" },
  },
  { code: "Sở Xây dựng", name: { vi: "Sở Xây dựng", en: "Department of Construction" } },
] satisfies PackDefinition["agencies"];

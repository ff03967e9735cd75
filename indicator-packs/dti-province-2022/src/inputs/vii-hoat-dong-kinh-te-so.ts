// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index VII. */
export const inputs = defineInputs([
  {
    id: "digital_economy_value_added_bvnd",
    label: {
      vi: "Giá trị tăng thêm của kinh tế số (tỷ đồng)",
      en: "Value added of the digital economy (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "grdp_bvnd",
    label: {
      vi: "Giá trị GRDP của địa bàn (tỷ đồng)",
      en: "Gross regional domestic product (GRDP) of the province (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "digital_tech_enterprises",
    label: {
      vi: "Số lượng doanh nghiệp công nghệ số (Số lượng doanh nghiệp cung cấp dịch vụ viễn thông – CNTT)",
      en: "Number of digital technology enterprises (enterprises providing telecommunications and IT services)",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "digital_platform_enterprises",
    label: {
      vi: "Số doanh nghiệp nền tảng số trên địa bàn",
      en: "Number of digital platform enterprises in the province",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "smes_in_smedx",
    label: {
      vi: "Số lượng doanh nghiệp nhỏ và vừa tiếp cận và tham gia Chương trình SMEdx trên địa bàn",
      en: "Number of small and medium-sized enterprises in the province that accessed and joined the SMEdx programme",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "smes_using_platforms",
    label: {
      vi: "Số lượng doanh nghiệp nhỏ và vừa sử dụng nền tảng số trên địa bàn",
      en: "Number of small and medium-sized enterprises in the province using digital platforms",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "enterprises_using_econtracts",
    label: {
      vi: "Số lượng doanh nghiệp sử dụng Hợp đồng điện tử trên địa bàn",
      en: "Number of enterprises in the province using electronic contracts",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "enterprises_etax",
    label: {
      vi: "Số lượng doanh nghiệp nộp thuế điện tử",
      en: "Number of enterprises paying taxes electronically",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "postal_points_with_broadband",
    label: {
      vi: "Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định",
      en: "Number of public postal service points with fixed broadband Internet",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "ecommerce_transactions_voso_postmart",
    label: {
      vi: "Số lượng giao dịch trên sàn TMĐT Vỏ Sò và Postmart tại địa bàn",
      en: "Number of transactions in the province on the Vỏ Sò and Postmart e-commerce platforms",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "parcels_vnpost_viettelpost",
    label: {
      vi: "Tổng số lượng bưu gửi chuyển phát hàng hóa qua Bưu điện Việt Nam và Viettel Post tại địa bàn",
      en: "Total number of goods parcels delivered through Vietnam Post and Viettel Post in the province",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "vn_domains",
    label: { vi: "Tổng số tên miền .vn trên địa bàn", en: "Total number of .vn domain names in the province" },
    unit: "count",
    min: 0,
  },
  {
    id: "digital_economy_invest_bvnd",
    label: {
      vi: "Tổng kinh phí đầu tư từ NSNN cho kinh tế số (tỷ đồng)",
      en: "Total state-budget investment spending on the digital economy (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
  {
    id: "digital_economy_recurrent_bvnd",
    label: {
      vi: "Tổng kinh phí chi thường xuyên từ NSNN cho kinh tế số (tỷ đồng)",
      en: "Total state-budget recurrent spending on the digital economy (billion VND)",
    },
    unit: "billion_vnd",
    min: 0,
  },
]);

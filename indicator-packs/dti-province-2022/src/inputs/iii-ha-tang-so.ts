// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index III. */
export const inputs = defineInputs([
  {
    id: "adults_with_smartphone",
    label: {
      vi: "Số lượng người dân trưởng thành có điện thoại thông minh",
      en: "Number of adults with a smartphone",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "households_with_smartphone",
    label: {
      vi: "Số lượng hộ gia đình có người có điện thoại thông minh",
      en: "Number of households in which someone has a smartphone",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "households_with_fiber",
    label: {
      vi: "Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang",
      en: "Number of households with a fibre-optic broadband Internet connection",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "communes_on_tslcd",
    label: {
      vi: "Số lượng UBND cấp xã của Tỉnh, thành phố kết nối mạng Truyền số liệu chuyên dùng",
      en: "Number of commune People's Committees connected to the government's dedicated data transmission network",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "cloud_dc_status",
    label: {
      vi: "Tình trạng triển khai Trung tâm dữ liệu phục vụ Chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây (đạt tiêu chuẩn / chưa đạt / chưa triển khai)",
      en: "Status of the cloud-based data centre serving digital transformation (meets the standard / below the standard / not deployed)",
    },
    unit: "choice",
    options: [
      {
        value: "meets_standard",
        label: {
          vi: "Đã triển khai, đạt tiêu chuẩn (Văn bản …/BTTTT-CATTT ngày 03/4/2020)",
          en: "Deployed and meets the standard (document …/BTTTT-CATTT of 03/4/2020)",
        },
        assumed: true,
      },
      {
        value: "below_standard",
        label: {
          vi: "Đã triển khai nhưng chưa đạt tiêu chuẩn (= 1/4*Điểm tối đa)",
          en: "Deployed but below the standard (= 1/4 of maximum points)",
        },
      },
      { value: "none", label: { vi: "Chưa triển khai", en: "Not deployed" } },
    ],
  },
  {
    id: "connected_gov_cloud",
    label: {
      vi: "Đã kết nối với Nền tảng điện toán đám mây Chính phủ theo mô hình do Bộ TTTT hướng dẫn",
      en: "Connected to the Government cloud computing platform following the model guided by the Ministry of Information and Communications",
    },
    unit: "boolean",
  },
  {
    id: "platforms_centralized_in_dc",
    label: {
      vi: "Số lượng nền tảng số triển khai tập trung trên Trung tâm dữ liệu",
      en: "Number of digital platforms deployed centrally in the data centre",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "platforms_with_ai",
    label: {
      vi: "Số lượng nền tảng số ứng dụng AI đã triển khai",
      en: "Number of deployed digital platforms that apply AI",
    },
    unit: "count",
    min: 0,
  },
]);

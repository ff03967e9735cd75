// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineInputs } from "@dti/pack-sdk";

/** Inputs used only by the indicators of main index I. */
export const inputs = defineInputs([
  {
    id: "dts_steering_head",
    label: {
      vi: "Chức danh của Trưởng ban Ban chỉ đạo chuyển đổi số của Tỉnh",
      en: "Position of the head of the provincial Steering Committee on digital transformation",
    },
    unit: "choice",
    options: [
      {
        value: "secretary_or_chairman",
        label: {
          vi: "Trưởng ban là Bí thư/Chủ tịch tỉnh",
          en: "The head is the Party Secretary/Chairman of the Provincial People's Committee",
        },
      },
      {
        value: "deputy",
        label: {
          vi: "Trưởng ban là Phó Bí thư/Phó Chủ tịch tỉnh",
          en: "The head is a Deputy Party Secretary/Vice-Chairman of the Provincial People's Committee",
        },
      },
      {
        value: "none_or_other",
        label: {
          vi: "Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo tỉnh",
          en: "No Steering Committee, or its head is not a provincial leader",
        },
      },
    ],
  },
  {
    id: "leader_attends_ubqg_meetings",
    label: {
      vi: "Bí thư/Chủ tịch tham gia đầy đủ các phiên họp của UBQG (Ủy ban Quốc gia) về Chuyển đổi số",
      en: "The Party Secretary/Chairman attends all sessions of the National Committee on Digital Transformation",
    },
    unit: "boolean",
  },
  {
    id: "leader_chairs_dts_meetings",
    label: {
      vi: "Bí thư/Chủ tịch chủ trì các cuộc họp về CĐS (chuyển đổi số) của tỉnh",
      en: "The Party Secretary/Chairman chairs the province's meetings on digital transformation",
    },
    unit: "boolean",
  },
  {
    id: "directives_signed_by_head",
    label: {
      vi: "Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu tỉnh (Chủ tịch tỉnh) ký",
      en: "Number of thematic directives on digital transformation signed by the head of the province (Chairman of the Provincial People's Committee)",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "directives_required_by_mic",
    label: {
      vi: "Tổng số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số của tỉnh theo yêu cầu của Bộ TTTT",
      en: "Total number of thematic directives on digital transformation required of the province by the Ministry of Information and Communications",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "dts_portal_page_status",
    label: {
      vi: "Tình trạng chuyên trang cấp tỉnh về chuyển đổi số và tần suất cập nhật trung bình",
      en: "Provincial digital-transformation web page and its average update frequency",
    },
    unit: "choice",
    options: [
      {
        value: "weekly_updates",
        label: {
          vi: "Có chuyên trang cấp tỉnh về chuyển đổi số và tần suất cập nhật trung bình 1 tuần/1 lần",
          en: "Provincial digital-transformation web page updated on average once a week",
        },
      },
      {
        value: "less_frequent_updates",
        label: {
          vi: "Có chuyên trang cấp tỉnh về chuyển đổi số nhưng tần suất cập nhật trung bình ít hơn 1 tuần/1 lần",
          en: "Provincial digital-transformation web page updated on average less than once a week",
        },
      },
      {
        value: "none",
        label: {
          vi: "Không có chuyên trang cấp tỉnh về chuyển đổi số",
          en: "No provincial digital-transformation web page",
        },
      },
    ],
  },
  {
    id: "portal_has_dts_section",
    label: {
      vi: "Cổng thông tin điện tử của Tỉnh đã có chuyên mục riêng về chuyển đổi số",
      en: "The provincial web portal has a dedicated digital-transformation section",
    },
    unit: "boolean",
  },
  {
    id: "portal_dts_article_count",
    label: {
      vi: "Số lượng tin, bài về Chuyển đổi số trong năm",
      en: "Number of news items and articles on digital transformation in the year",
    },
    unit: "count",
    min: 0,
  },
  {
    id: "press_has_dts_section",
    label: {
      vi: "Cơ quan báo chí của Tỉnh đã có chuyên mục riêng về chuyển đổi số",
      en: "The provincial press agency has a dedicated digital-transformation section",
    },
    unit: "boolean",
  },
  {
    id: "broadcaster_has_dts_section",
    label: {
      vi: "Đài Phát thanh truyền hình của Tỉnh đã có chuyên mục riêng về chuyển đổi số",
      en: "The provincial radio and television station has a dedicated digital-transformation programme",
    },
    unit: "boolean",
  },
  {
    id: "broadcaster_dts_frequency",
    label: {
      vi: "Tần suất phát sóng chuyên mục riêng về chuyển đổi số (Đài PTTH tỉnh)",
      en: "Airing frequency of the dedicated digital-transformation programme (provincial radio and television station)",
    },
    unit: "choice",
    options: [
      {
        value: "weekly_or_more",
        label: { vi: "Tần suất phát sóng từ 1 tuần/1 lần", en: "Aired once a week or more" },
      },
      {
        value: "monthly_to_weekly",
        label: {
          vi: "Tần suất phát sóng từ 1 tháng/1 lần đến dưới 1 lần/1 tuần (phục dựng theo 1.10)",
          en: "Aired from once a month to less than once a week (reconstructed after 1.10)",
        },
        assumed: true,
      },
      {
        value: "less_than_monthly",
        label: { vi: "Tần suất phát sóng dưới 1 lần/1 tháng", en: "Aired less than once a month" },
      },
    ],
  },
  {
    id: "grassroots_radio_has_dts_section",
    label: {
      vi: "Hệ thống truyền thanh cơ sở đã có chuyên mục riêng về chuyển đổi số",
      en: "The grassroots (commune) loudspeaker radio system has a dedicated digital-transformation programme",
    },
    unit: "boolean",
  },
  {
    id: "grassroots_radio_dts_frequency",
    label: {
      vi: "Tần suất hệ thống truyền thanh cơ sở phát sóng chuyên mục riêng về chuyển đổi số",
      en: "Airing frequency of the digital-transformation programme on the grassroots radio system",
    },
    unit: "choice",
    options: [
      {
        value: "weekly_or_more",
        label: { vi: "Tần suất phát sóng từ 1 lần/1 tuần", en: "Aired once a week or more" },
      },
      {
        value: "monthly_to_weekly",
        label: {
          vi: "Tần suất phát sóng từ 1 tháng/1 lần đến dưới 1 lần/1 tuần",
          en: "Aired from once a month to less than once a week",
        },
      },
      {
        value: "less_than_monthly",
        label: { vi: "Tần suất phát sóng dưới 1 tháng/1 lần", en: "Aired less than once a month" },
      },
    ],
  },
]);

// Data of the 922/QĐ-BTTTT provincial DTI pack. Transcribed from Phụ lục 2 of Kế hoạch 4233/KH-UBND
// (Ninh Thuận, 28/9/2022); see README.md "Sources". Doubtful items carry `provisional`.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";
import { lines } from "../lines";

/** Chỉ số chính I – Nhận thức số: 10 chỉ số thành phần, 100 điểm. */
export const index = {
  code: "I",
  name: { vi: "Nhận thức số", en: "Digital awareness" },
  maxPoints: 100,
  group: "foundation",
} satisfies PackDefinition["indices"][number];

export const indicators = defineIndicators([
  {
    code: "1.1",
    index: "I",
    name: {
      vi: "Người đứng đầu Tỉnh, thành phố (Bí thư hoặc Chủ tịch Tỉnh, thành phố) là Trưởng ban Ban chỉ đạo chuyển đổi số của Tỉnh",
      en: "The head of the province (Party Secretary or Chairman) heads the provincial Steering Committee on digital transformation",
    },
    maxPoints: 10,
    inputs: [{ input: "dts_steering_head" }],
    rule: {
      kind: "choice",
      input: "dts_steering_head",
      fractions: { secretary_or_chairman: 1, deputy: 0.5, none_or_other: 0 },
    },
    method: {
      vi: lines(
        "- Trưởng ban là Bí thư/Chủ tịch tỉnh: Điểm tối đa;",
        "- Trưởng ban là Phó Bí thư/Phó Chủ tịch tỉnh: 1/2*Điểm tối đa;",
        "- Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo tỉnh: 0 điểm",
      ),
      en: lines(
        "- The head of the Steering Committee is the Party Secretary/Chairman of the province: maximum points;",
        "- The head is a Deputy Party Secretary/Vice-Chairman of the province: 1/2 × maximum points;",
        "- No Steering Committee, or one whose head is not a provincial leader: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP Tỉnh ủy", "VP UBND tỉnh"],
    evidence: {
      vi: "Quyết định thành lập (kiện toàn) Ban chỉ đạo chuyển đổi số của tỉnh",
      en: "Decision establishing (or reorganising) the provincial Steering Committee on digital transformation",
    },
    provisional: {
      aspect: ["name"],
      reason:
        "Name wording partly restored: the OCR '… thanh ph 6) 14 …' is read as '… thành phố) là Trưởng ban …' (transcription notes §4). Scoring unaffected.",
    },
  },
  {
    code: "1.2",
    index: "I",
    name: {
      vi: "Người đứng đầu Tỉnh, thành phố (Bí thư hoặc Chủ tịch Tỉnh, thành phố) chủ trì, chỉ đạo chuyển đổi số",
      en: "The head of the province (Party Secretary or Chairman) chairs and directs digital transformation",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "leader_attends_ubqg_meetings" },
      { address: "b", input: "leader_chairs_dts_meetings" },
    ],
    rule: {
      kind: "parts",
      parts: [
        {
          id: "attends_national_committee",
          label: {
            vi: "Bí thư/Chủ tịch tham gia đầy đủ các phiên họp của UBQG về Chuyển đổi số",
            en: "The Party Secretary/Chairman attends all sessions of the National Committee on Digital Transformation",
          },
          fraction: 0.5,
          input: "leader_attends_ubqg_meetings",
        },
        {
          id: "chairs_provincial_meetings",
          label: {
            vi: "Bí thư/Chủ tịch chủ trì các cuộc họp về CĐS của tỉnh",
            en: "The Party Secretary/Chairman chairs the province's meetings on digital transformation",
          },
          fraction: 0.5,
          input: "leader_chairs_dts_meetings",
        },
      ],
    },
    method: {
      vi: lines(
        "- Bí thư/Chủ tịch tham gia đầy đủ các phiên họp của UBQG về Chuyển đổi số: 1/2*Điểm tối đa;",
        "- Bí thư/Chủ tịch chủ trì các cuộc họp về CĐS của tỉnh: 1/2*Điểm tối đa;",
        "- Bí thư/Chủ tịch không tham gia đầy đủ các phiên họp của UBQG về Chuyển đổi số: 0 điểm;",
        "- Bí thư/Chủ tịch không chủ trì các cuộc họp về CĐS của tỉnh: 0 điểm",
      ),
      en: lines(
        "- The Party Secretary/Chairman attends all sessions of the National Committee on Digital Transformation: 1/2 × maximum points;",
        "- The Party Secretary/Chairman chairs the province's meetings on digital transformation: 1/2 × maximum points;",
        "- The Party Secretary/Chairman does not attend all sessions of the National Committee on Digital Transformation: 0 points;",
        "- The Party Secretary/Chairman does not chair the province's meetings on digital transformation: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP Tỉnh ủy", "VP UBND tỉnh"],
    evidence: {
      vi: "Giấy mời, biên bản, thông báo kết luận các phiên họp của UBQG về CĐS và các cuộc họp về CĐS của tỉnh",
      en: "Invitations, minutes and conclusion notices of the National Committee sessions and of the province's digital-transformation meetings",
    },
  },
  {
    code: "1.3",
    index: "I",
    name: {
      vi: "Văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu Tỉnh, thành phố (Chủ tịch Tỉnh, thành phố) ký",
      en: "Thematic directives on digital transformation signed by the head of the province (Chairman)",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "directives_signed_by_head" },
      { address: "b", input: "directives_required_by_mic" },
    ],
    rule: {
      kind: "ratio",
      a: "directives_signed_by_head",
      b: "directives_required_by_mic",
      allowAboveOne: true,
    },
    method: {
      vi: lines(
        "a = Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu tỉnh (Chủ tịch tỉnh) ký;",
        "b = Tổng số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số của tỉnh theo yêu cầu của Bộ TTTT;",
        "- Tỷ lệ = a/b;",
        "- Điểm = Tỷ lệ*Điểm tối đa",
      ),
      en: lines(
        "a = Number of thematic directives on digital transformation signed by the head of the province (Chairman of the Provincial People's Committee);",
        "b = Total number of thematic directives on digital transformation required of the province by the Ministry of Information and Communications;",
        "- Ratio = a/b;",
        "- Points = Ratio × maximum points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["VP Tỉnh ủy", "VP UBND tỉnh"],
    evidence: {
      vi: "Bản sao các văn bản chỉ đạo chuyên đề về CĐS do Chủ tịch tỉnh ký; danh mục văn bản theo yêu cầu của Bộ TTTT",
      en: "Copies of the thematic directives signed by the Chairman; the ministry's list of required directives",
    },
    notes:
      "allowAboveOne: the head may sign more thematic directives than the ministry required; the ratio is then capped at 1 (full points) instead of being refused as an input error.",
  },
  {
    code: "1.4",
    index: "I",
    name: {
      vi: "Có chuyên trang cấp tỉnh về chuyển đổi số",
      en: "Provincial web page dedicated to digital transformation",
    },
    maxPoints: 10,
    inputs: [{ input: "dts_portal_page_status" }],
    rule: {
      kind: "choice",
      input: "dts_portal_page_status",
      fractions: { weekly_updates: 1, less_frequent_updates: 0.5, none: 0 },
    },
    method: {
      vi: lines(
        "- Có chuyên trang cấp tỉnh về chuyển đổi số và tần suất cập nhật trung bình 1 tuần/1 lần: Điểm tối đa;",
        "- Có chuyên trang cấp tỉnh về chuyển đổi số nhưng tần suất cập nhật trung bình ít hơn 1 tuần/1 lần: 1/2 Điểm tối đa;",
        "- Không có chuyên trang cấp tỉnh về chuyển đổi số: 0 điểm.",
      ),
      en: lines(
        "- Has a provincial web page on digital transformation, updated on average once a week: maximum points;",
        "- Has a provincial web page on digital transformation, but updated on average less than once a week: 1/2 × maximum points;",
        "- No provincial web page on digital transformation: 0 points.",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Địa chỉ (URL) chuyên trang và thống kê tần suất cập nhật tin, bài",
      en: "Address (URL) of the web page and statistics of its update frequency",
    },
  },
  {
    code: "1.5",
    index: "I",
    name: {
      vi: "Cổng thông tin điện tử của Tỉnh, thành phố có chuyên mục riêng về chuyển đổi số",
      en: "Dedicated digital-transformation section on the provincial web portal",
    },
    maxPoints: 10,
    inputs: [
      { address: "a", input: "portal_has_dts_section" },
      { address: "b", input: "portal_dts_article_count" },
    ],
    rule: {
      kind: "count_bands",
      input: "portal_dts_article_count",
      gate: "portal_has_dts_section",
      bands: [
        { min: 20, minInclusive: true, fraction: 1 },
        { min: 10, minInclusive: true, fraction: 0.5 },
        { min: 0, minInclusive: true, fraction: 0.25 },
      ],
    },
    method: {
      vi: lines(
        "- Đã có chuyên mục và số lượng tin, bài về Chuyển đổi số trong năm đạt:",
        "  + Từ 20 trở lên: điểm tối đa;",
        "  + Từ 10 đến 19: 1/2*Điểm tối đa;",
        "  + Dưới 10: 1/4*Điểm tối đa;",
        "- Chưa có chuyên mục: 0 điểm",
      ),
      en: lines(
        "- Has the section, and the number of news items/articles on digital transformation in the year is:",
        "  + 20 or more: maximum points;",
        "  + 10 to 19: 1/2 × maximum points;",
        "  + Fewer than 10: 1/4 × maximum points;",
        "- No section: 0 points",
      ),
    },
    leadAgency: "Sở TTTT",
    cooperatingAgencies: [],
    evidence: {
      vi: "Đường dẫn chuyên mục trên Cổng TTĐT và danh sách tin, bài về CĐS trong năm",
      en: "Link to the section on the web portal and the list of digital-transformation articles published in the year",
    },
    notes:
      "As written, once the portal has the section, 'Dưới 10' articles (including 0) still earns 1/4 of max; the yes/no input is a gate (no section → 0 points). The method text has no letters; the pack addresses the gate as 1.5.a and the article count as 1.5.b.",
  },
  {
    code: "1.6",
    index: "I",
    name: {
      vi: "Cơ quan báo chí của Tỉnh, thành phố có chuyên mục riêng về chuyển đổi số",
      en: "Dedicated digital-transformation section in the provincial press",
    },
    maxPoints: 10,
    inputs: [{ input: "press_has_dts_section" }],
    rule: { kind: "boolean", input: "press_has_dts_section" },
    method: {
      vi: lines("- Đã có chuyên mục riêng về chuyển đổi số: Điểm tối đa;", "- Chưa có chuyên mục: 0 điểm"),
      en: lines("- Has a dedicated digital-transformation section: maximum points;", "- No section: 0 points"),
    },
    leadAgency: "Báo Ninh Thuận",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Đường dẫn hoặc ấn phẩm có chuyên mục về CĐS của cơ quan báo chí của tỉnh",
      en: "Links to, or issues of, the press agency's digital-transformation section",
    },
    notes: "The lead agency 'Báo Ninh Thuận' is Ninh Thuận's own assignment; another province would name its own newspaper.",
  },
  {
    code: "1.7",
    index: "I",
    name: {
      vi: "Đài Phát thanh truyền hình của Tỉnh, thành phố có chuyên mục riêng về chuyển đổi số",
      en: "Dedicated digital-transformation programme on the provincial radio and television station",
    },
    maxPoints: 10,
    inputs: [{ input: "broadcaster_has_dts_section" }],
    rule: { kind: "boolean", input: "broadcaster_has_dts_section" },
    method: {
      vi: lines("- Đã có chuyên mục riêng về chuyển đổi số: Điểm tối đa;", "- Chưa có chuyên mục: 0 điểm"),
      en: lines("- Has a dedicated digital-transformation programme: maximum points;", "- No programme: 0 points"),
    },
    leadAgency: "Đài PTTH tỉnh",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Lịch phát sóng, đường dẫn chuyên mục về CĐS của Đài PTTH tỉnh",
      en: "Broadcast schedule of, or link to, the station's digital-transformation programme",
    },
  },
  {
    code: "1.8",
    index: "I",
    name: {
      vi: "Tỉnh, thành phố phát sóng chuyên mục riêng về chuyển đổi số",
      en: "Airing of the dedicated digital-transformation programme in the province",
    },
    maxPoints: 10,
    inputs: [{ input: "broadcaster_dts_frequency" }],
    rule: {
      kind: "choice",
      input: "broadcaster_dts_frequency",
      fractions: { weekly_or_more: 1, monthly_to_weekly: 0.5, less_than_monthly: 0 },
    },
    method: {
      vi: lines(
        "- Tần suất phát sóng từ 1 tuần/1 lần: Điểm tối đa;",
        "- [Tần suất phát sóng từ 1 tháng/1 lần đến dưới 1 lần/1 tuần: 1/2 Điểm tối đa;]",
        "- Tần suất phát sóng dưới 1 lần/1 tháng: 0 điểm",
      ),
      en: lines(
        "- Aired once a week or more: maximum points;",
        "- [Aired from once a month to less than once a week: 1/2 × maximum points;]",
        "- Aired less than once a month: 0 points",
      ),
    },
    leadAgency: "Đài PTTH tỉnh",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Lịch phát sóng chuyên mục trong năm (số lần phát sóng)",
      en: "The programme's broadcast schedule for the year (number of airings)",
    },
    provisional: {
      aspect: ["band", "name"],
      reason:
        "Middle band reconstructed: the method's middle line is garbled in the OCR ('da: p & & ' / 'h do s . . .'); 'from once a month to less than once a week = 1/2 of max' is assumed by analogy with 1.10 (option marked assumed). The name may have lost a first line (OCR shows only '. N'); transcribed as printed.",
    },
    notes: "Lead agency is Đài PTTH tỉnh, so this is the provincial broadcaster's airing frequency.",
  },
  {
    code: "1.9",
    index: "I",
    name: {
      vi: "Hệ thống truyền thanh cơ sở có chuyên mục riêng về chuyển đổi số",
      en: "Dedicated digital-transformation programme on the grassroots radio system",
    },
    maxPoints: 10,
    inputs: [{ input: "grassroots_radio_has_dts_section" }],
    rule: { kind: "boolean", input: "grassroots_radio_has_dts_section" },
    method: {
      vi: lines("- Đã có: Điểm tối đa;", "- Chưa có: 0 điểm"),
      en: lines("- Has one: maximum points;", "- Has none: 0 points"),
    },
    leadAgency: "UBND các huyện, thành phố",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Báo cáo của UBND cấp huyện về chuyên mục CĐS trên hệ thống truyền thanh cơ sở",
      en: "District People's Committees' reports on the digital-transformation programme of the grassroots radio system",
    },
  },
  {
    code: "1.10",
    index: "I",
    name: {
      vi: "Tần suất hệ thống truyền thanh cơ sở phát sóng chuyên mục riêng về chuyển đổi số",
      en: "Airing frequency of the digital-transformation programme on the grassroots radio system",
    },
    maxPoints: 10,
    inputs: [{ input: "grassroots_radio_dts_frequency" }],
    rule: {
      kind: "choice",
      input: "grassroots_radio_dts_frequency",
      fractions: { weekly_or_more: 1, monthly_to_weekly: 0.5, less_than_monthly: 0 },
    },
    method: {
      vi: lines(
        "- Tần suất phát sóng từ 1 lần/1 tuần: Điểm tối đa;",
        "- Tần suất phát sóng từ 1 tháng/1 lần đến dưới 1 lần/1 tuần: 1/2 Điểm tối đa;",
        "- Tần suất phát sóng dưới 1 tháng/1 lần: 0 điểm",
      ),
      en: lines(
        "- Aired once a week or more: maximum points;",
        "- Aired from once a month to less than once a week: 1/2 × maximum points;",
        "- Aired less than once a month: 0 points",
      ),
    },
    leadAgency: "UBND các huyện, thành phố",
    cooperatingAgencies: ["Sở TTTT"],
    evidence: {
      vi: "Lịch phát sóng, báo cáo tần suất phát sóng của hệ thống truyền thanh cơ sở",
      en: "Broadcast schedules and reports on airing frequency of the grassroots radio system",
    },
    notes: "First method line is noisy in the OCR but readable ('… 1 1An/1 tuan: Did[m tối đa]').",
  },
]);

// Data of the 405/QĐ-BKHCN provincial DTI pack (DTI 2024): the component indicators known from public
// sources. None of their points, rules or official codes is known; nothing here is guessed.
import { defineIndicators, type PackDefinition } from "@dti/pack-sdk";

type Indicator = PackDefinition["indicators"][number];

/** Gia Lai's plan, which names these indicators where it explains its low DTI 2024 score. */
export const GIA_LAI_PLAN =
  "Kế hoạch 18/KH-UBND ngày 19/01/2026 của UBND tỉnh Gia Lai “Nâng cao Chỉ số chuyển đổi số (DTI) của tỉnh”, https://nhansu.vn/van-ban-phap-luat/Ke-hoach-18-KH-UBND-2026-nang-cao-Chi-so-chuyen-doi-so-DTI-Gia-Lai-690566.html";

const METHOD_UNKNOWN = {
  vi: "Chưa rõ: các nguồn công khai tìm được không nêu cách xác định và tính điểm của chỉ số này theo Quyết định 405/QĐ-BKHCN.",
  en: "Unknown: the public sources found do not give how this indicator is determined and scored under Decision 405/QĐ-BKHCN.",
};

const OWN_CODE = (code: string) =>
  `Code ${code} is this pack's own (the 9xx range of its main index), not the ministry's: the official code under 405 was not found.`;

interface Known {
  code: string;
  index: string;
  vi: string;
  en: string;
  /** What the plan says, word for word, where the name is taken from. */
  quote: string;
  ruleNote?: string;
  /** Set when the name is paraphrased from the plan's prose rather than read as a name. */
  paraphrased?: string;
  notes?: string;
}

function known(k: Known): Indicator {
  return {
    code: k.code,
    index: k.index,
    name: { vi: k.vi, en: k.en },
    maxPoints: null,
    inputs: [],
    rule: {
      kind: "unknown",
      note: k.ruleNote ?? "405/QĐ-BKHCN's method for this indicator was not found in public sources; its points are not known either.",
    },
    method: METHOD_UNKNOWN,
    leadAgency: null,
    cooperatingAgencies: [],
    ...(k.paraphrased ? { provisional: { reason: k.paraphrased } } : {}),
    notes: [OWN_CODE(k.code), k.notes].filter(Boolean).join(" "),
    source: `${GIA_LAI_PLAN}: “${k.quote}”`,
  };
}

export const indicators = defineIndicators([
  // ---------------------------------------------------------------- III Hạ tầng số
  known({
    code: "3.901",
    index: "III",
    vi: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
    en: "Share of households with fibre-optic broadband Internet",
    quote: "Nhóm hạ tầng số: Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang còn thấp",
    notes: "Same name as indicator 3.3 of 922/QĐ-BTTTT (crosswalk: changed, since 405's points and rule are unknown).",
  }),
  known({
    code: "3.902",
    index: "III",
    vi: "Tỷ lệ hệ thống thông tin dùng chung có sử dụng dịch vụ điện toán đám mây của Trung tâm dữ liệu",
    en: "Share of shared information systems using the data centre's cloud services",
    quote: "tỷ lệ hệ thống thông tin dùng chung có sử dụng dịch vụ điện toán đám mây của Trung tâm dữ liệu còn thấp",
    notes: "Resembles 3.5 of 922 (cloud-based data centre), but no source maps one to the other.",
  }),
  known({
    code: "3.903",
    index: "III",
    vi: "Ứng dụng trí tuệ nhân tạo (AI) phục vụ người dân, doanh nghiệp",
    en: "Artificial intelligence (AI) applications serving citizens and businesses",
    quote: "chưa có ứng dụng AI phục vụ người dân, doanh nghiệp",
    paraphrased:
      "Name paraphrased from Gia Lai's plan ('chưa có ứng dụng AI phục vụ người dân, doanh nghiệp'); the official name under 405 was not seen.",
    notes: "Resembles 3.7 of 922 (Mức độ ứng dụng AI trong nền tảng số), but no source maps one to the other.",
  }),
  // ---------------------------------------------------------------- IV Nhân lực số
  known({
    code: "4.901",
    index: "IV",
    vi: "Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số, an toàn thông tin mạng được bồi dưỡng, tập huấn về chuyển đổi số",
    en: "Share of civil servants and public employees working full-time on digital transformation and cybersecurity who are trained in digital transformation",
    quote:
      "Nhóm nhân lực số: Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số, an toàn thông tin mạng, được bồi dưỡng, tập huấn về chuyển đổi số còn thấp",
    paraphrased:
      "The plan's sentence can be read as one indicator (trained full-time staff) or as two (the share of full-time staff; the share trained), as 922 had (4.5/4.6 and 4.7). Kept as one, as the project's reference notes read it; the official wording under 405 was not seen.",
  }),
  known({
    code: "4.902",
    index: "IV",
    vi: "Số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân",
    en: "Members of community digital technology teams per 100 inhabitants",
    quote: "số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân chưa đạt trên 5%",
    ruleNote:
      "405/QĐ-BKHCN's method was not found. Gia Lai's plan says the figure 'chưa đạt trên 5%' (has not reached above 5%), which suggests a 5% level, but not how points follow from it; no threshold rule is assumed.",
  }),
  known({
    code: "4.903",
    index: "IV",
    vi: "Số lượng người dân được phổ cập kỹ năng số",
    en: "People given basic digital skills",
    quote: "số lượng người dân được phổ cập kỹ năng số",
    notes: "Resembles 4.11 of 922 (… kỹ năng số cơ bản trên nền tảng OneTouch), but no source maps one to the other.",
  }),
  // ---------------------------------------------------------------- V An toàn thông tin mạng
  known({
    code: "5.901",
    index: "V",
    vi: "Hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ đã được phê duyệt",
    en: "Information systems fully implementing the approved level-based information-security plan",
    quote:
      "Nhóm an toàn thông tin mạng: Các hệ thống thông tin chưa triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ đã được phê duyệt",
    paraphrased: "Name paraphrased from a negative sentence of Gia Lai's plan; whether 405 counts systems or a share of them was not seen.",
    notes: "Resembles 5.2 of 922, but no source maps one to the other.",
  }),
  known({
    code: "5.902",
    index: "V",
    vi: "Hệ thống thông tin được triển khai giám sát an toàn thông tin",
    en: "Information systems under information-security monitoring",
    quote: "chưa được triển khai giám sát an toàn thông tin",
    paraphrased: "Name paraphrased from a negative sentence of Gia Lai's plan; the official name under 405 was not seen.",
    notes: "Resembles 5.6 of 922 (systems monitored and connected to NCSC), but no source maps one to the other.",
  }),
  known({
    code: "5.903",
    index: "V",
    vi: "Cài đặt đầy đủ phần mềm phòng chống mã độc",
    en: "Anti-malware software fully installed",
    quote: "cài đặt đầy đủ phần mềm phòng chống mã độ[c]",
    paraphrased:
      "Name paraphrased from Gia Lai's plan; the excerpt read ends mid-word ('phòng chống mã độ…'), so the sentence may go on. Whether 405 counts servers, workstations or both was not seen.",
    notes: "Resembles 5.3 and 5.4 of 922 (servers and workstations with anti-malware), but no source maps them.",
  }),
]);

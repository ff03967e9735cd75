import type { PackDefinition } from "@dti/pack-sdk";
// One source of truth for the pack version: changesets bumps package.json.
import packageJson from "../package.json" with { type: "json" };

export const meta = {
  id: "dti-province-2022",
  version: packageJson.version,
  title: {
    vi: "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) theo Quyết định 922/QĐ-BTTTT",
    en: "Provincial Digital Transformation Index (DTI) under Decision 922/QĐ-BTTTT",
  },
  legalBasis: {
    decision: "922/QĐ-BTTTT",
    date: "2022-05-20",
    issuer: { vi: "Bộ Thông tin và Truyền thông", en: "Ministry of Information and Communications" },
    title: {
      vi: "Quyết định phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và của quốc gia”",
      en: "Decision approving the scheme “Defining the digital transformation indices of ministries, ministerial-level agencies, government agencies, provinces and centrally-run cities, and of the nation”",
    },
    url: "https://thuviennhadat.vn/vbpl/quyet-dinh-922-qd-btttt-2022-xac-dinh-bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-bo-514140.html",
  },
  source: {
    title: {
      vi: "Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) tỉnh Ninh Thuận năm 2022 – Phụ lục 2: Phân công phụ trách theo dõi, đánh giá các chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2022",
      en: "Plan to improve Ninh Thuận's Digital Transformation Index (DTI) in 2022 – Appendix 2: assignment of responsibility for monitoring and assessing the provincial DTI indicators, 2022",
    },
    number: "4233/KH-UBND",
    date: "2022-09-28",
    issuer: { vi: "Ủy ban nhân dân tỉnh Ninh Thuận", en: "Ninh Thuận Provincial People's Committee" },
    note: "Transcription source: Phụ lục 2 of this plan reproduces the 922/QĐ-BTTTT provincial indicator table (names, max points, scoring methods) with Ninh Thuận's own lead and cooperating agencies. The pack was transcribed from an OCR copy of it; every guess is marked provisional.",
  },
  years: [2021, 2022, 2023],
  level: "province",
  engine: "^0.1.0",
  languages: ["vi", "en"],
  coverage: "full",
} satisfies PackDefinition["meta"];

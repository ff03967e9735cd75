import type { PackDefinition } from "@dti/pack-sdk";
// One source of truth for the pack version: changesets bumps package.json.
import packageJson from "../package.json" with { type: "json" };

export const meta = {
  id: "dti-province-2024",
  version: packageJson.version,
  title: {
    vi: "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) theo Quyết định 405/QĐ-BKHCN",
    en: "Provincial Digital Transformation Index (DTI) under Decision 405/QĐ-BKHCN",
  },
  legalBasis: {
    decision: "405/QĐ-BKHCN",
    date: "2025-04-03",
    issuer: { vi: "Bộ Khoa học và Công nghệ", en: "Ministry of Science and Technology" },
    title: {
      vi: "Quyết định phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và của quốc gia”",
      en: "Decision approving the scheme “Defining the digital transformation indices of ministries, ministerial-level agencies, government agencies, provinces and centrally-run cities, and of the nation”",
    },
    url: "https://thuvienphapluat.vn/bulletin/document.aspx?bid=80c046b9-9fe8-4f3f-8c21-09a875e66f3c&key=CbEyTxFir7vKATT7XIRXAw%3D%3D",
  },
  source: {
    title: {
      vi: "Báo chí công bố kết quả DTI 2024 (21/10/2025) và Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) của tỉnh Gia Lai",
      en: "Press reports of the DTI 2024 results (21/10/2025) and Gia Lai's plan to improve its Digital Transformation Index",
    },
    number: "18/KH-UBND",
    date: "2026-01-19",
    issuer: { vi: "Ủy ban nhân dân tỉnh Gia Lai", en: "Gia Lai Provincial People's Committee" },
    note: "The 405 provincial indicator table was not reachable. The eight main indices, their groups and the 47-component count come from the press reports of 21/10/2025; the nine component indicators the pack lists are those Gia Lai's plan names where it explains its low 2024 score. Points per index, rules and official indicator codes are not known. Every URL is in README.md “Sources”.",
  },
  years: [2024],
  level: "province",
  engine: "^0.1.0",
  languages: ["vi", "en"],
  // Points per main index are not public: the pack describes the framework and its published values only.
  coverage: "published",
} satisfies PackDefinition["meta"];

import type { PackDefinition } from "@dti/pack-sdk";
// One source of truth for the pack version: changesets bumps package.json.
import packageJson from "../package.json" with { type: "json" };

export const meta = {
  id: "dti-province-2020",
  version: packageJson.version,
  title: {
    vi: "Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) theo Quyết định 1726/QĐ-BTTTT",
    en: "Provincial Digital Transformation Index (DTI) under Decision 1726/QĐ-BTTTT",
  },
  legalBasis: {
    decision: "1726/QĐ-BTTTT",
    date: "2020-10-12",
    issuer: { vi: "Bộ Thông tin và Truyền thông", en: "Ministry of Information and Communications" },
    title: {
      vi: "Quyết định phê duyệt Đề án “Xác định Bộ chỉ số đánh giá chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, các tỉnh, thành phố trực thuộc Trung ương và của quốc gia”",
      en: "Decision approving the scheme “Defining the digital transformation indices of ministries, ministerial-level agencies, government agencies, provinces and centrally-run cities, and of the nation”",
    },
    url: "https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Decision-1726-QD-BTTTT-2020-scheme-for-creation-of-digital-transformation-indexes-applicable-to-ministries-457069.aspx",
  },
  source: {
    title: {
      vi: "Tóm tắt công khai của Quyết định 1726/QĐ-BTTTT và kết quả DTI 2020 (vndx.gov.vn, thukyluat.vn, uongbi.gov.vn, en.dangcongsan.vn)",
      en: "Public summaries of Decision 1726/QĐ-BTTTT and the DTI 2020 results (vndx.gov.vn, thukyluat.vn, uongbi.gov.vn, en.dangcongsan.vn)",
    },
    note: "The provincial indicator table of 1726 (108 component indicators, 306 criteria) was not reachable; the pack holds only the pillar structure, points and the names of each pillar's seven main indices, which public summaries state. Every URL is in README.md “Sources”.",
  },
  years: [2020],
  level: "province",
  engine: "^0.1.0",
  languages: ["vi", "en"],
  // Pillar values → overall. The component indicators and their rules are not public here.
  coverage: "indices",
} satisfies PackDefinition["meta"];

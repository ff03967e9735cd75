import type { PackDefinition } from "@dti/pack-sdk";
// One source of truth for the pack version: changesets bumps package.json.
// Một nguồn duy nhất cho phiên bản: changesets tăng phiên bản trong package.json.
import packageJson from "../package.json" with { type: "json" };

/**
 * meta — who issued the framework, for which years, and what the pack can compute.
 * meta — văn bản gốc, năm áp dụng và phạm vi tính toán của bộ chỉ số.
 *
 * EXAMPLE ONLY: decision 0000/QĐ-VIDU does not exist. Replace every field below with the real decision's.
 * CHỈ LÀ VÍ DỤ: Quyết định 0000/QĐ-VIDU không có thật.
 */
export const meta = {
  // The pack id: kebab-case, unique, e.g. dti-province-2026. The scaffolder replaces "example-pack".
  // Mã bộ chỉ số: chữ thường, nối bằng gạch ngang.
  id: "example-pack",
  version: packageJson.version,
  // Vietnamese first (required, with diacritics), English second. / Tiếng Việt bắt buộc, tiếng Anh kèm theo.
  title: {
    vi: "Bộ chỉ số mẫu (ví dụ cho người viết bộ chỉ số)",
    en: "Example pack",
  },
  // The legal act the pack transcribes: number, date (ISO), issuer, title, link.
  // Văn bản pháp lý: số hiệu, ngày ban hành, cơ quan ban hành, trích yếu, đường dẫn.
  legalBasis: {
    decision: "0000/QĐ-VIDU",
    date: "2099-01-01",
    issuer: { vi: "Cơ quan ví dụ (không có thật)", en: "Example agency (fictional)" },
    title: {
      vi: "Quyết định ví dụ (không có thật) ban hành Bộ chỉ số mẫu, dùng để minh họa cách viết bộ chỉ số",
      en: "Example decision (fictional) issuing the example pack, to show how a pack is written",
    },
  },
  // Where the transcription came from when it is not the decision itself (a province's appendix, an OCR copy).
  // Nguồn phiên âm nếu không phải chính văn bản gốc (ví dụ phụ lục kế hoạch của một tỉnh).
  source: {
    title: { vi: "Phương pháp tính điểm viết riêng cho ví dụ này", en: "Method texts written for this example" },
    note: "Fictional. Every method text in this pack was made up to show one rule kind each; nothing here is a real DTI rule.",
  },
  // Assessment years the framework applies to (DTI N is assessed in N+1 on data of year N).
  // Các kỳ đánh giá áp dụng. 2099: obviously fictional, so no real year ever picks this pack.
  years: [2099],
  level: "province",
  // Engine versions the pack was written for (semver range). / Phiên bản engine tương thích.
  engine: "^0.1.0",
  languages: ["vi", "en"],
  // full = raw inputs → points; indices = main-index values → overall; published = describes published values.
  // full: tính từ số liệu gốc; indices: tổng hợp từ giá trị chỉ số chính; published: chỉ mô tả kết quả công bố.
  coverage: "full",
} satisfies PackDefinition["meta"];

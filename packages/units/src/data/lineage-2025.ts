import type { LineageRecord } from "../types";
import { COHORT_34_FROM } from "./units-34";

/**
 * Lineage of the 34 units from the 63 on 2025-07-01 (Nghị quyết 202/2025/QH15), transcribed from
 * shared/reference/merger-2025.csv: predecessors by old code, in the CSV's order (the first keeps its
 * name for the new unit), with the CSV's source URLs. The CSV itself is never read at run time.
 */
const GDPL =
  "https://giadinhvaphapluat.vn/quoc-hoi-chinh-thuc-thong-qua-phuong-an-34-don-vi-hanh-chinh-cap-tinh-va-co-hieu-luc-ngay-p131790.html";
const NA24H = "https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html";
const NLD_23 = "https://nld.com.vn/chi-tiet-dien-tich-dan-so-23-tinh-thanh-sau-sap-xep-don-vi-hanh-chinh-cap-tinh-196250612092419332.htm";
const BNEWS = "https://bnews.vn/ten-goi-trung-tam-hanh-chinh-cac-don-vi-hanh-chinh-cap-tinh-moi-sau-sap-nhap-hop-nhat/369899.html";
const KONTUM =
  "https://sotuphap.kontum.gov.vn/tin-tuc-hoat-dongthong-tin-tong-hop/Quoc-hoi-thong-qua-Nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-10349";
const REATIMES =
  "https://reatimes.vn/sau-sap-nhap-tinh-rong-nhat-viet-nam-se-lon-gap-10-lan-tinh-hung-yen-lot-top-dia-phuong-co-quy-mo-kinh-te-cao-nhat-ca-nuoc-202250423101858815.htm";
const KTCK = "https://kinhtechungkhoan.vn/print/1375904.html";
const TTVN = "https://tintucvietnam.vn/ten-goi-va-trung-tam-hanh-chinh-du-kien-cua-34-tinh-thanh-sau-sap-nhap-d290342.html";
const DIAOCTOT = "https://diaoctot.com/tinh-thanh/dak-lak-sau-sap-nhap";
const NLD_HCM = "https://nld.com.vn/du-kien-tru-so-168-phuong-xa-cua-tp-hcm-moi-196250612150329247.htm";
const KTMT = "https://kinhtemoitruong.vn./chu-de/sap-nhap-tinh-thanh-179.topic?page=1";
const AI24H = "https://ai24hexpress.com/2025/06/11/tinh-nao-lon-nhat-mien-tay-sau-sap-nhap-cap-nhat-moi-nhat";
const BAOTINTUC = "https://baotintuc.vn/tags/tàu+than.htm";
const BAOTRAVINH = "https://www.baotravinh.vn/chinh-tri/co-cau-to-chuc-13-bo-co-quan-thuoc-chinh-phu-nhiem-ky-2021-2026-44055.html";
const TVPL_DT =
  "https://thuvienphapluat.vn/phap-luat-doanh-nghiep/cau-hoi-thuong-gap/dong-thap-sap-nhap-voi-tinh-nao-ten-goi-moi-dong-thap-sau-sap-nhap-9514.html";

type Row = [newCode: string, oldCodes: string[], urls: string[]];

const ROWS: Row[] = [
  // The 11 units that continue unchanged.
  ["01", ["01"], [GDPL]],
  ["46", ["46"], [GDPL]],
  ["12", ["12"], [GDPL]],
  ["11", ["11"], [GDPL]],
  ["14", ["14"], [GDPL]],
  ["20", ["20"], [GDPL]],
  ["22", ["22"], [GDPL]],
  ["38", ["38"], [GDPL]],
  ["40", ["40"], [GDPL]],
  ["42", ["42"], [GDPL]],
  ["04", ["04"], [GDPL]],
  // The 23 units formed from two or three old ones.
  ["08", ["08", "02"], [NA24H, NLD_23]], // Tuyên Quang ← Tuyên Quang, Hà Giang
  ["15", ["10", "15"], [NA24H, NLD_23]], // Lào Cai ← Lào Cai, Yên Bái
  ["19", ["19", "06"], [NA24H, NLD_23]], // Thái Nguyên ← Thái Nguyên, Bắc Kạn
  ["25", ["25", "26", "17"], [NA24H]], // Phú Thọ ← Phú Thọ, Vĩnh Phúc, Hòa Bình
  ["24", ["27", "24"], [NA24H]], // Bắc Ninh ← Bắc Ninh, Bắc Giang
  ["33", ["33", "34"], [NA24H]], // Hưng Yên ← Hưng Yên, Thái Bình
  ["31", ["31", "30"], [NA24H]], // Hải Phòng ← Hải Phòng, Hải Dương
  ["37", ["37", "35", "36"], [NA24H]], // Ninh Bình ← Ninh Bình, Hà Nam, Nam Định
  ["44", ["45", "44"], [NA24H]], // Quảng Trị ← Quảng Trị, Quảng Bình
  ["48", ["48", "49"], [BNEWS]], // Đà Nẵng ← Đà Nẵng, Quảng Nam
  ["51", ["51", "62"], [KONTUM]], // Quảng Ngãi ← Quảng Ngãi, Kon Tum
  ["52", ["64", "52"], [REATIMES]], // Gia Lai ← Gia Lai, Bình Định
  ["56", ["56", "58"], [KTCK, TTVN]], // Khánh Hòa ← Khánh Hòa, Ninh Thuận
  ["68", ["68", "67", "60"], [REATIMES]], // Lâm Đồng ← Lâm Đồng, Đắk Nông, Bình Thuận
  ["66", ["66", "54"], [DIAOCTOT]], // Đắk Lắk ← Đắk Lắk, Phú Yên
  ["79", ["79", "74", "77"], [NLD_HCM]], // TP. Hồ Chí Minh ← TP. Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu
  ["75", ["75", "70"], [KTMT]], // Đồng Nai ← Đồng Nai, Bình Phước
  ["80", ["72", "80"], [AI24H]], // Tây Ninh ← Tây Ninh, Long An
  ["92", ["92", "94", "93"], [BAOTINTUC, AI24H]], // Cần Thơ ← Cần Thơ, Sóc Trăng, Hậu Giang
  ["86", ["86", "83", "84"], [BAOTRAVINH, AI24H]], // Vĩnh Long ← Vĩnh Long, Bến Tre, Trà Vinh
  ["82", ["87", "82"], [TVPL_DT, AI24H]], // Đồng Tháp ← Đồng Tháp, Tiền Giang
  ["96", ["96", "95"], [AI24H]], // Cà Mau ← Cà Mau, Bạc Liêu
  ["91", ["89", "91"], [AI24H]], // An Giang ← An Giang, Kiên Giang
];

export const LINEAGE_2025: readonly LineageRecord[] = Object.freeze(
  ROWS.map(([newCode, oldCodes, urls]): LineageRecord =>
    Object.freeze({
      unitId: `p34-${newCode}`,
      predecessorIds: Object.freeze(oldCodes.map((c) => `p63-${c}`)),
      date: COHORT_34_FROM,
      kind: oldCodes.length === 1 ? "unchanged" : "merged",
      basis: "nq-202-2025-qh15",
      urls: Object.freeze(urls),
    }),
  ),
);

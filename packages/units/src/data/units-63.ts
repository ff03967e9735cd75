import type { RegionId, Unit, UnitKind } from "../types";
import { foldText } from "@dti/conventions";

/**
 * The 63 provincial units valid from 2008-08-01 (Hà Tây merged into Hà Nội, Nghị quyết 15/2008/QH12:
 * the last change to the set of provinces before 2025) to 2025-06-30 (the eve of Nghị quyết
 * 202/2025/QH15). Earlier configurations (64 units) are not modelled.
 *
 * Columns: code (Quyết định 124/2004/QĐ-TTg), short name, kind, ISO 3166-2:VN, region
 * (Nghị quyết 81/2023/QH15), aliases, English name when it is not the name without diacritics.
 */
export const COHORT_63_FROM = "2008-08-01";
export const COHORT_63_TO = "2025-06-30";

type Row = [code: string, shortName: string, kind: "t" | "tp", iso: string, region: RegionCode, aliases?: string[], nameEn?: string];
type RegionCode = "N" | "R" | "C" | "H" | "S" | "M";

const REGION: Record<RegionCode, RegionId> = {
  N: "north-midlands-mountains",
  R: "red-river-delta",
  C: "north-central-coast",
  H: "central-highlands",
  S: "southeast",
  M: "mekong-delta",
};

const HCM_ALIASES = ["TP. Hồ Chí Minh", "TP.HCM", "TPHCM", "HCM", "HCMC", "Ho Chi Minh City", "Sài Gòn", "Saigon"];

const ROWS: Row[] = [
  ["01", "Hà Nội", "tp", "VN-HN", "R", ["Hanoi", "TP. Hà Nội", "Thủ đô Hà Nội"], "Hanoi"],
  ["02", "Hà Giang", "t", "VN-03", "N"],
  ["04", "Cao Bằng", "t", "VN-04", "N"],
  ["06", "Bắc Kạn", "t", "VN-53", "N", ["Bắc Cạn"]],
  ["08", "Tuyên Quang", "t", "VN-07", "N"],
  ["10", "Lào Cai", "t", "VN-02", "N"],
  ["11", "Điện Biên", "t", "VN-71", "N"],
  ["12", "Lai Châu", "t", "VN-01", "N"],
  ["14", "Sơn La", "t", "VN-05", "N"],
  ["15", "Yên Bái", "t", "VN-06", "N"],
  ["17", "Hòa Bình", "t", "VN-14", "N"],
  ["19", "Thái Nguyên", "t", "VN-69", "N"],
  ["20", "Lạng Sơn", "t", "VN-09", "N"],
  ["22", "Quảng Ninh", "t", "VN-13", "R"],
  ["24", "Bắc Giang", "t", "VN-54", "N"],
  ["25", "Phú Thọ", "t", "VN-68", "N"],
  ["26", "Vĩnh Phúc", "t", "VN-70", "R"],
  ["27", "Bắc Ninh", "t", "VN-56", "R"],
  ["30", "Hải Dương", "t", "VN-61", "R"],
  ["31", "Hải Phòng", "tp", "VN-HP", "R", ["TP. Hải Phòng", "Haiphong"]],
  ["33", "Hưng Yên", "t", "VN-66", "R"],
  ["34", "Thái Bình", "t", "VN-20", "R"],
  ["35", "Hà Nam", "t", "VN-63", "R"],
  ["36", "Nam Định", "t", "VN-67", "R"],
  ["37", "Ninh Bình", "t", "VN-18", "R"],
  ["38", "Thanh Hóa", "t", "VN-21", "C"],
  ["40", "Nghệ An", "t", "VN-22", "C"],
  ["42", "Hà Tĩnh", "t", "VN-23", "C"],
  ["44", "Quảng Bình", "t", "VN-24", "C"],
  ["45", "Quảng Trị", "t", "VN-25", "C"],
  // Named Thừa Thiên Huế for all but its last six months (see `renamed` below); DTI tables print "Thừa Thiên - Huế".
  ["46", "Thừa Thiên Huế", "t", "VN-26", "C", ["Thừa Thiên - Huế", "TT Huế", "TT-Huế", "Huế", "Thành phố Huế", "TP. Huế"]],
  ["48", "Đà Nẵng", "tp", "VN-DN", "C", ["TP. Đà Nẵng", "Danang"]],
  ["49", "Quảng Nam", "t", "VN-27", "C"],
  ["51", "Quảng Ngãi", "t", "VN-29", "C"],
  ["52", "Bình Định", "t", "VN-31", "C"],
  ["54", "Phú Yên", "t", "VN-32", "C"],
  ["56", "Khánh Hòa", "t", "VN-34", "C"],
  ["58", "Ninh Thuận", "t", "VN-36", "C"],
  ["60", "Bình Thuận", "t", "VN-40", "C"],
  ["62", "Kon Tum", "t", "VN-28", "H"],
  ["64", "Gia Lai", "t", "VN-30", "H"],
  ["66", "Đắk Lắk", "t", "VN-33", "H", ["Đắc Lắc", "Đăk Lăk"]],
  ["67", "Đắk Nông", "t", "VN-72", "H", ["Đắc Nông", "Đăk Nông"]],
  ["68", "Lâm Đồng", "t", "VN-35", "H"],
  ["70", "Bình Phước", "t", "VN-58", "S"],
  ["72", "Tây Ninh", "t", "VN-37", "S"],
  ["74", "Bình Dương", "t", "VN-57", "S"],
  ["75", "Đồng Nai", "t", "VN-39", "S"],
  ["77", "Bà Rịa - Vũng Tàu", "t", "VN-43", "S", ["Bà Rịa Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT", "BRVT"]],
  ["79", "Hồ Chí Minh", "tp", "VN-SG", "S", HCM_ALIASES, "Ho Chi Minh City"],
  ["80", "Long An", "t", "VN-41", "M"],
  ["82", "Tiền Giang", "t", "VN-46", "M"],
  ["83", "Bến Tre", "t", "VN-50", "M"],
  ["84", "Trà Vinh", "t", "VN-51", "M"],
  ["86", "Vĩnh Long", "t", "VN-49", "M"],
  ["87", "Đồng Tháp", "t", "VN-45", "M"],
  ["89", "An Giang", "t", "VN-44", "M"],
  ["91", "Kiên Giang", "t", "VN-47", "M"],
  ["92", "Cần Thơ", "tp", "VN-CT", "M", ["TP. Cần Thơ"]],
  ["93", "Hậu Giang", "t", "VN-73", "M"],
  ["94", "Sóc Trăng", "t", "VN-52", "M"],
  ["95", "Bạc Liêu", "t", "VN-55", "M"],
  ["96", "Cà Mau", "t", "VN-59", "M"],
];

export function kindOf(k: "t" | "tp"): UnitKind {
  return k === "tp" ? "thành phố trực thuộc trung ương" : "tỉnh";
}

export function fullName(shortName: string, kind: UnitKind): string {
  return `${kind === "tỉnh" ? "Tỉnh" : "Thành phố"} ${shortName}`;
}

export const UNITS_63: readonly Unit[] = Object.freeze(
  ROWS.map(([code, shortName, k, iso, region, aliases = [], nameEn]): Unit => {
    const kind = kindOf(k);
    const unit: Unit = {
      id: `p63-${code}`,
      code,
      iso,
      name: fullName(shortName, kind),
      shortName,
      nameEn: nameEn ?? foldText(shortName),
      kind,
      region: REGION[region],
      validFrom: COHORT_63_FROM,
      validTo: COHORT_63_TO,
      aliases: Object.freeze([...aliases]),
      sources: ["qd-124-2004", "tt-07-2016-bca", "iso-3166-2-vn", "nq-81-2023-qh15", "nq-15-2008-qh12"],
    };
    if (code === "46") {
      unit.renamed = Object.freeze([
        Object.freeze({
          on: "2025-01-01",
          name: "Thành phố Huế",
          shortName: "Huế",
          kind: "thành phố trực thuộc trung ương",
          source: "nq-1314-2024-ubtvqh15",
        } as const),
      ]);
      unit.sources = [...unit.sources, "nq-1314-2024-ubtvqh15"];
    }
    unit.sources = Object.freeze([...unit.sources]);
    return Object.freeze(unit);
  }),
);

export { REGION as REGION_BY_CODE };
export type { RegionCode };

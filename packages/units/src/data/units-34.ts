import type { Unit, Unverified } from "../types";
import { foldText } from "@dti/conventions";
import { fullName, kindOf, REGION_BY_CODE, type RegionCode } from "./units-63";

/**
 * The 34 provincial units valid from 2025-07-01 (Nghị quyết 202/2025/QH15), with the codes of
 * Quyết định 19/2025/QĐ-TTg. A merged unit keeps the code of the old province that hosts its
 * political-administrative centre (rule of Quyết định 124/2004/QĐ-TTg, kept by 19/2025), which is
 * why Lào Cai is 15 (centre in old Yên Bái) and Tây Ninh is 80 (centre in old Long An).
 *
 * Region: see `project-region-rule-2025` in sources.ts — the region of the predecessor whose
 * name the unit keeps; flagged unverified where the predecessors span two regions.
 */
export const COHORT_34_FROM = "2025-07-01";

type Row = [code: string, shortName: string, kind: "t" | "tp", region: RegionCode, aliases?: string[], nameEn?: string];

const HCM_ALIASES = ["TP. Hồ Chí Minh", "TP.HCM", "TPHCM", "HCM", "HCMC", "Ho Chi Minh City", "Sài Gòn", "Saigon"];

const ROWS: Row[] = [
  ["01", "Hà Nội", "tp", "R", ["Hanoi", "TP. Hà Nội", "Thủ đô Hà Nội"], "Hanoi"],
  ["04", "Cao Bằng", "t", "N"],
  ["08", "Tuyên Quang", "t", "N"],
  ["11", "Điện Biên", "t", "N"],
  ["12", "Lai Châu", "t", "N"],
  ["14", "Sơn La", "t", "N"],
  ["15", "Lào Cai", "t", "N"],
  ["19", "Thái Nguyên", "t", "N"],
  ["20", "Lạng Sơn", "t", "N"],
  ["22", "Quảng Ninh", "t", "R"],
  ["24", "Bắc Ninh", "t", "R"],
  ["25", "Phú Thọ", "t", "N"],
  ["31", "Hải Phòng", "tp", "R", ["TP. Hải Phòng", "Haiphong"]],
  ["33", "Hưng Yên", "t", "R"],
  ["37", "Ninh Bình", "t", "R"],
  ["38", "Thanh Hóa", "t", "C"],
  ["40", "Nghệ An", "t", "C"],
  ["42", "Hà Tĩnh", "t", "C"],
  ["44", "Quảng Trị", "t", "C"],
  ["46", "Huế", "tp", "C", ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế", "TP. Huế"]],
  ["48", "Đà Nẵng", "tp", "C", ["TP. Đà Nẵng", "Danang"]],
  ["51", "Quảng Ngãi", "t", "C"],
  ["52", "Gia Lai", "t", "H"],
  ["56", "Khánh Hòa", "t", "C"],
  ["66", "Đắk Lắk", "t", "H", ["Đắc Lắc", "Đăk Lăk"]],
  ["68", "Lâm Đồng", "t", "H"],
  ["75", "Đồng Nai", "t", "S"],
  ["79", "Hồ Chí Minh", "tp", "S", HCM_ALIASES, "Ho Chi Minh City"],
  ["80", "Tây Ninh", "t", "S"],
  ["82", "Đồng Tháp", "t", "M"],
  ["86", "Vĩnh Long", "t", "M"],
  ["91", "An Giang", "t", "M"],
  ["92", "Cần Thơ", "tp", "M", ["TP. Cần Thơ"]],
  ["96", "Cà Mau", "t", "M"],
];

/** Codes derived from an administrative centre that no reachable source confirmed (see sources.ts). */
const CODE_FROM_UNCONFIRMED_CENTRE: Record<string, string> = {
  "51": "Quảng Ngãi + Kon Tum, centre in Quảng Ngãi",
  "56": "Khánh Hòa + Ninh Thuận, centre in Khánh Hòa",
  "66": "Đắk Lắk + Phú Yên, centre in Đắk Lắk",
  "68": "Lâm Đồng + Đắk Nông + Bình Thuận, centre in Lâm Đồng",
  "75": "Đồng Nai + Bình Phước, centre in Đồng Nai",
  "86": "Vĩnh Long + Bến Tre + Trà Vinh, centre in Vĩnh Long",
  "91": "An Giang + Kiên Giang, centre in Kiên Giang (Rạch Giá)",
  "92": "Cần Thơ + Sóc Trăng + Hậu Giang, centre in Cần Thơ",
  "96": "Cà Mau + Bạc Liêu, centre in Cà Mau",
};

/** Units whose predecessors lie in two regions: the region is a project decision. */
const REGION_BY_PROJECT_DECISION: Record<string, string> = {
  "24": "Bắc Ninh (Đồng bằng sông Hồng) + Bắc Giang (Trung du và miền núi phía Bắc)",
  "25": "Phú Thọ, Hòa Bình (Trung du và miền núi phía Bắc) + Vĩnh Phúc (Đồng bằng sông Hồng)",
  "51": "Quảng Ngãi (Bắc Trung Bộ và duyên hải miền Trung) + Kon Tum (Tây Nguyên)",
  "52": "Gia Lai (Tây Nguyên) + Bình Định (Bắc Trung Bộ và duyên hải miền Trung)",
  "66": "Đắk Lắk (Tây Nguyên) + Phú Yên (Bắc Trung Bộ và duyên hải miền Trung)",
  "68": "Lâm Đồng, Đắk Nông (Tây Nguyên) + Bình Thuận (Bắc Trung Bộ và duyên hải miền Trung)",
  "80": "Tây Ninh (Đông Nam Bộ) + Long An (Đồng bằng sông Cửu Long)",
};

function unverifiedFor(code: string): Unverified[] {
  const out: Unverified[] = [];
  const centre = CODE_FROM_UNCONFIRMED_CENTRE[code];
  if (centre) out.push({ field: "code", note: `Derived from the centre rule (${centre}); centre not confirmed in a reachable source.` });
  const regions = REGION_BY_PROJECT_DECISION[code];
  if (regions) out.push({ field: "region", note: `Project decision: region of the predecessor whose name the unit keeps; ${regions}.` });
  return out;
}

export const UNITS_34: readonly Unit[] = Object.freeze(
  ROWS.map(([code, shortName, k, region, aliases = [], nameEn]): Unit => {
    const kind = kindOf(k);
    const unverified = unverifiedFor(code);
    const unit: Unit = {
      id: `p34-${code}`,
      code,
      name: fullName(shortName, kind),
      shortName,
      nameEn: nameEn ?? foldText(shortName),
      kind,
      region: REGION_BY_CODE[region],
      validFrom: COHORT_34_FROM,
      aliases: Object.freeze([...aliases]),
      sources: Object.freeze(["nq-202-2025-qh15", "qd-19-2025-ttg", "nq-60-2025-tw", "project-region-rule-2025"]),
    };
    if (unverified.length > 0) unit.unverified = Object.freeze(unverified);
    return Object.freeze(unit);
  }),
);

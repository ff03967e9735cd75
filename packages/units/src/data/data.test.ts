import { describe, expect, it } from "vitest";
import { nameKey } from "../normalize";
import { ALL_UNITS, LINEAGE, predecessorsOf, successorOf, unitById, unitsAt } from "../registry";
import { findUnit } from "../find-unit";
import { SOURCES } from "./sources";
import { REGIONS } from "./regions";

const OLD = unitsAt("2025-06-30");
const NEW = unitsAt("2025-07-01");

/**
 * shared/reference/merger-2025.csv, copied here as (new province, old province) pairs so the test
 * checks the lineage data against the reference by name, independently of the codes the data uses.
 */
const MERGER_CSV: [string, string][] = [
  ["TP. Hà Nội", "TP. Hà Nội"],
  ["TP. Huế", "Thừa Thiên Huế"],
  ["Lai Châu", "Lai Châu"],
  ["Điện Biên", "Điện Biên"],
  ["Sơn La", "Sơn La"],
  ["Lạng Sơn", "Lạng Sơn"],
  ["Quảng Ninh", "Quảng Ninh"],
  ["Thanh Hóa", "Thanh Hóa"],
  ["Nghệ An", "Nghệ An"],
  ["Hà Tĩnh", "Hà Tĩnh"],
  ["Cao Bằng", "Cao Bằng"],
  ["Tuyên Quang", "Tuyên Quang"],
  ["Tuyên Quang", "Hà Giang"],
  ["Lào Cai", "Lào Cai"],
  ["Lào Cai", "Yên Bái"],
  ["Thái Nguyên", "Thái Nguyên"],
  ["Thái Nguyên", "Bắc Kạn"],
  ["Phú Thọ", "Phú Thọ"],
  ["Phú Thọ", "Vĩnh Phúc"],
  ["Phú Thọ", "Hòa Bình"],
  ["Bắc Ninh", "Bắc Ninh"],
  ["Bắc Ninh", "Bắc Giang"],
  ["Hưng Yên", "Hưng Yên"],
  ["Hưng Yên", "Thái Bình"],
  ["TP. Hải Phòng", "TP. Hải Phòng"],
  ["TP. Hải Phòng", "Hải Dương"],
  ["Ninh Bình", "Ninh Bình"],
  ["Ninh Bình", "Hà Nam"],
  ["Ninh Bình", "Nam Định"],
  ["Quảng Trị", "Quảng Trị"],
  ["Quảng Trị", "Quảng Bình"],
  ["TP. Đà Nẵng", "TP. Đà Nẵng"],
  ["TP. Đà Nẵng", "Quảng Nam"],
  ["Quảng Ngãi", "Quảng Ngãi"],
  ["Quảng Ngãi", "Kon Tum"],
  ["Gia Lai", "Gia Lai"],
  ["Gia Lai", "Bình Định"],
  ["Khánh Hòa", "Khánh Hòa"],
  ["Khánh Hòa", "Ninh Thuận"],
  ["Lâm Đồng", "Lâm Đồng"],
  ["Lâm Đồng", "Đắk Nông"],
  ["Lâm Đồng", "Bình Thuận"],
  ["Đắk Lắk", "Đắk Lắk"],
  ["Đắk Lắk", "Phú Yên"],
  ["TP. Hồ Chí Minh", "TP. Hồ Chí Minh"],
  ["TP. Hồ Chí Minh", "Bình Dương"],
  ["TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu"],
  ["Đồng Nai", "Đồng Nai"],
  ["Đồng Nai", "Bình Phước"],
  ["Tây Ninh", "Tây Ninh"],
  ["Tây Ninh", "Long An"],
  ["TP. Cần Thơ", "TP. Cần Thơ"],
  ["TP. Cần Thơ", "Sóc Trăng"],
  ["TP. Cần Thơ", "Hậu Giang"],
  ["Vĩnh Long", "Vĩnh Long"],
  ["Vĩnh Long", "Bến Tre"],
  ["Vĩnh Long", "Trà Vinh"],
  ["Đồng Tháp", "Đồng Tháp"],
  ["Đồng Tháp", "Tiền Giang"],
  ["Cà Mau", "Cà Mau"],
  ["Cà Mau", "Bạc Liêu"],
  ["An Giang", "An Giang"],
  ["An Giang", "Kiên Giang"],
];

describe("cohorts", () => {
  it("has exactly 63 units before 2025-07-01 and 34 from then on", () => {
    for (const day of ["2008-08-01", "2020-01-01", "2024-12-31", "2025-06-30"]) expect(unitsAt(day)).toHaveLength(63);
    for (const day of ["2025-07-01", "2026-01-01", "2040-06-30"]) expect(unitsAt(day)).toHaveLength(34);
  });

  it("gives every unit a unique id, and unique codes within a cohort", () => {
    expect(new Set(ALL_UNITS.map((u) => u.id)).size).toBe(97);
    expect(new Set(OLD.map((u) => u.code)).size).toBe(63);
    expect(new Set(NEW.map((u) => u.code)).size).toBe(34);
    for (const u of ALL_UNITS) expect(u.code).toMatch(/^\d{2}$/);
  });

  it("gives the 63 distinct ISO 3166-2:VN codes and the 34 none", () => {
    expect(new Set(OLD.map((u) => u.iso)).size).toBe(63);
    for (const u of OLD) expect(u.iso).toMatch(/^VN-(\d{2}|CT|DN|HN|HP|SG)$/);
    for (const u of NEW) expect(u.iso).toBeUndefined();
  });

  it("names units in full and short form, with 5 then 6 centrally-run cities", () => {
    expect(unitById("p34-48")).toMatchObject({ name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", nameEn: "Da Nang" });
    expect(unitById("p63-49")).toMatchObject({ name: "Tỉnh Quảng Nam", kind: "tỉnh" });
    const cities = (units: typeof OLD) => units.filter((u) => u.kind === "thành phố trực thuộc trung ương").map((u) => u.shortName);
    expect(cities(OLD)).toEqual(["Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]);
    expect(cities(NEW)).toEqual(["Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]);
    expect(unitById("p63-46").renamed?.[0]).toMatchObject({ on: "2025-01-01", name: "Thành phố Huế" });
  });

  it("lets no name or alias of one unit collide with another unit of the same cohort", () => {
    for (const cohort of [OLD, NEW]) {
      const owner = new Map<string, string>();
      for (const u of cohort) {
        for (const n of [u.name, u.shortName, u.nameEn, ...u.aliases]) {
          const key = nameKey(n);
          expect(owner.get(key) ?? u.id, `${n} of ${u.id}`).toBe(u.id);
          owner.set(key, u.id);
        }
      }
    }
  });

  it("cites only known sources", () => {
    for (const u of ALL_UNITS) for (const s of u.sources) expect(SOURCES).toHaveProperty(s);
    for (const l of LINEAGE) expect(SOURCES).toHaveProperty(l.basis);
    for (const r of REGIONS) expect(SOURCES).toHaveProperty(r.source);
  });
});

describe("lineage of 2025-07-01", () => {
  it("gives every old unit exactly one successor", () => {
    for (const old of OLD) {
      expect(
        LINEAGE.filter((l) => l.predecessorIds.includes(old.id)),
        old.id,
      ).toHaveLength(1);
      expect(successorOf(old.id, "2025-07-01")?.validFrom).toBe("2025-07-01");
    }
  });

  it("forms the 34 from the 63: 11 unchanged, 23 merged from 2–3 units, 63 predecessors in all", () => {
    expect(LINEAGE).toHaveLength(34);
    expect(new Set(LINEAGE.map((l) => l.unitId))).toEqual(new Set(NEW.map((u) => u.id)));
    expect(LINEAGE.filter((l) => l.kind === "unchanged")).toHaveLength(11);
    const merged = LINEAGE.filter((l) => l.kind === "merged");
    expect(merged).toHaveLength(23);
    for (const l of merged) expect(l.predecessorIds.length).toBeGreaterThanOrEqual(2);
    for (const l of merged) expect(l.predecessorIds.length).toBeLessThanOrEqual(3);
    expect(LINEAGE.flatMap((l) => l.predecessorIds)).toHaveLength(63);
    for (const l of LINEAGE) expect(l.urls.length).toBeGreaterThan(0);
  });

  it("matches shared/reference/merger-2025.csv, read by name", () => {
    expect(MERGER_CSV).toHaveLength(63);
    const expected = new Map<string, string[]>();
    for (const [newName, oldName] of MERGER_CSV) {
      const id = findUnit(newName, { at: "2025-07-01" }).id;
      expected.set(id, [...(expected.get(id) ?? []), findUnit(oldName, { at: "2025-06-30" }).id]);
    }
    expect(expected.size).toBe(34);
    for (const [id, predecessors] of expected)
      expect(
        predecessorsOf(id).map((u) => u.id),
        id,
      ).toEqual(predecessors);
  });

  it("keeps a code of one of its predecessors (the province hosting its centre), and the same code when unchanged", () => {
    for (const l of LINEAGE) {
      const codes = l.predecessorIds.map((p) => unitById(p).code);
      expect(codes, l.unitId).toContain(unitById(l.unitId).code);
    }
  });

  it("takes its name from its first predecessor", () => {
    for (const l of LINEAGE) {
      const first = unitById(l.predecessorIds[0]!);
      const names = [first.shortName, ...(first.renamed ?? []).map((r) => r.shortName)];
      expect(names, l.unitId).toContain(unitById(l.unitId).shortName);
    }
  });
});

describe("regions", () => {
  it("puts the 63 in six regions of 14, 11, 14, 5, 6 and 13 provinces", () => {
    const count = (id: string) => OLD.filter((u) => u.region === id).length;
    expect(REGIONS.map((r) => count(r.id))).toEqual([14, 11, 14, 5, 6, 13]);
  });

  it("gives each new unit the region of the predecessor whose name it keeps, flagged where predecessors span two regions", () => {
    for (const l of LINEAGE) {
      const unit = unitById(l.unitId);
      const spans = new Set(l.predecessorIds.map((p) => unitById(p).region)).size > 1;
      expect(unit.region, unit.id).toBe(unitById(l.predecessorIds[0]!).region);
      expect(unit.unverified?.some((u) => u.field === "region") ?? false, unit.id).toBe(spans);
    }
  });
});

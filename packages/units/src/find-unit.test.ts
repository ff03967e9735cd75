import { describe, expect, it } from "vitest";
import { UnitsError } from "./errors";
import { findUnit } from "./find-unit";
import { nameKey } from "./normalize";
import { predecessorsOf, regions, successorOf, unitsAt } from "./registry";

const OLD = { at: "2025-06-30" };
const NEW = { at: "2025-07-01" };

function errorOf(fn: () => unknown): UnitsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UnitsError) return error;
    throw error;
  }
  throw new Error("expected a UnitsError");
}

describe("findUnit", () => {
  it("finds by id, code and ISO code", () => {
    expect(findUnit("p34-48").id).toBe("p34-48");
    expect(findUnit("P63-48").id).toBe("p63-48");
    expect(findUnit("48", OLD).id).toBe("p63-48");
    expect(findUnit("48", NEW).id).toBe("p34-48");
    expect(findUnit("1", NEW).shortName).toBe("Hà Nội");
    expect(findUnit("vn-sg").id).toBe("p63-79");
    expect(findUnit("VN-26").shortName).toBe("Thừa Thiên Huế");
  });

  it("reads a reused code by date: 15 was Yên Bái and is Lào Cai", () => {
    expect(findUnit("15", OLD).shortName).toBe("Yên Bái");
    expect(findUnit("15", NEW).shortName).toBe("Lào Cai");
  });

  it("matches names without case, diacritics or the kind", () => {
    const cases: [string, string][] = [
      ["da nang", "p34-48"],
      ["Thành phố Đà Nẵng", "p34-48"],
      ["TP. Hồ Chí Minh", "p34-79"],
      ["Thanh pho Ho Chi Minh", "p34-79"],
      ["Hồ Chí Minh", "p34-79"],
      ["TP.HCM", "p34-79"],
      ["HCM", "p34-79"],
      ["tphcm", "p34-79"],
      ["Thừa Thiên Huế", "p34-46"],
      ["thua thien - hue", "p34-46"],
      ["Hue", "p34-46"],
      ["Tinh Dak Lak", "p34-66"],
      ["DAKLAK", "p34-66"],
      ["Thanh Hoá", "p34-38"],
      ["Hanoi", "p34-01"],
    ];
    for (const [input, id] of cases) expect(findUnit(input, NEW).id, input).toBe(id);
    expect(findUnit("ba ria vung tau", OLD).id).toBe("p63-77");
    expect(findUnit("BR-VT", OLD).id).toBe("p63-77");
    expect(findUnit("Kontum", OLD).id).toBe("p63-62");
    expect(findUnit("Thừa Thiên - Huế", OLD).id).toBe("p63-46");
    expect(findUnit("TP. Huế", OLD).id).toBe("p63-46");
    expect(findUnit("Ðồng Tháp", OLD).id).toBe("p63-87");
  });

  it("calls a name used before and after the merger ambiguous without a date", () => {
    const error = errorOf(() => findUnit("Đà Nẵng"));
    expect(error.code).toBe("UNIT_AMBIGUOUS");
    expect(error.message).toContain('"Đà Nẵng"');
    expect(error.problems[0]!.candidates).toHaveLength(2);
    expect(errorOf(() => findUnit("15")).code).toBe("UNIT_AMBIGUOUS");
  });

  it("calls an unknown name unknown, naming it and suggesting close names", () => {
    const error = errorOf(() => findUnit("Quang Nom", OLD));
    expect(error.code).toBe("UNIT_UNKNOWN");
    expect(error.message).toContain('"Quang Nom"');
    expect(error.problems[0]!.suggestions).toContain("Quảng Nam (p63-49)");
    expect(errorOf(() => findUnit("", NEW)).code).toBe("UNIT_UNKNOWN");
    expect(errorOf(() => findUnit("99", NEW)).code).toBe("UNIT_UNKNOWN");
  });

  it("says where an old unit went when asked about it after it ended", () => {
    const error = errorOf(() => findUnit("Bà Rịa - Vũng Tàu", NEW));
    expect(error.code).toBe("UNIT_UNKNOWN");
    expect(error.message).toContain("p63-77");
    expect(error.message).toContain("p34-79 (Thành phố Hồ Chí Minh)");
  });

  it("rejects a malformed date", () => {
    expect(errorOf(() => findUnit("Hà Nội", { at: "2025-13-01" })).code).toBe("DATE_INVALID");
    expect(errorOf(() => findUnit("Hà Nội", { at: "1/7/2025" })).code).toBe("DATE_INVALID");
  });
});

describe("registry", () => {
  it("refuses dates before the 63-unit configuration instead of answering empty", () => {
    expect(errorOf(() => unitsAt("2008-07-31")).code).toBe("DATE_OUT_OF_RANGE");
  });

  it("filters units by region", () => {
    expect(unitsAt("2025-07-01", { region: "mekong-delta" }).map((u) => u.shortName)).toEqual([
      "Đồng Tháp",
      "Vĩnh Long",
      "An Giang",
      "Cần Thơ",
      "Cà Mau",
    ]);
    expect(regions().map((r) => r.name)).toContain("Bắc Trung Bộ và duyên hải miền Trung");
  });

  it("follows a unit forward in time", () => {
    expect(successorOf("p63-49", "2025-07-01")?.id).toBe("p34-48");
    expect(successorOf("p63-49", "2030-01-01")?.id).toBe("p34-48");
    expect(successorOf("p63-49", "2024-01-01")?.id).toBe("p63-49");
    expect(successorOf("p34-48", "2024-01-01")).toBeUndefined();
    expect(errorOf(() => successorOf("p99-01", "2025-07-01")).code).toBe("UNIT_UNKNOWN");
  });

  it("lists predecessors in the resolution's order", () => {
    expect(predecessorsOf("p34-79").map((u) => u.shortName)).toEqual(["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]);
    expect(predecessorsOf("p34-01").map((u) => u.id)).toEqual(["p63-01"]);
    expect(predecessorsOf("p63-01")).toEqual([]);
  });
});

describe("nameKey", () => {
  it("drops diacritics, case, punctuation, spaces and a leading kind", () => {
    expect(nameKey("Thành phố Hồ Chí Minh")).toBe("hochiminh");
    expect(nameKey("TP.HCM")).toBe("hcm");
    expect(nameKey("Tỉnh Bà Rịa – Vũng Tàu")).toBe("bariavungtau");
    expect(nameKey("Đắk Lắk")).toBe(nameKey("Dak Lak"));
  });
});

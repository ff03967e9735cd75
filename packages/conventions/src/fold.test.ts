import { describe, expect, it } from "vitest";
import { asciiFileName, foldText, textKey } from "./fold";

describe("Vietnamese text folding", () => {
  it("drops diacritics and keeps case, Đ included", () => {
    expect(foldText("Đắk Lắk")).toBe("Dak Lak");
    expect(foldText("Ðồng Tháp")).toBe("Dong Thap");
    expect(foldText("Thừa Thiên Huế")).toBe("Thua Thien Hue");
  });

  it("reduces a name to a key that ignores case, diacritics and punctuation", () => {
    expect(textKey("Nhận thức số")).toBe("nhan_thuc_so");
    expect(textKey("  NHAN THUC SO! ")).toBe("nhan_thuc_so");
    expect(textKey("Đơn vị")).toBe("don_vi");
  });

  it("spells a file name in header-safe ASCII", () => {
    expect(asciiFileName("Ảnh chụp.png")).toBe("Anh chup.png");
    expect(asciiFileName('Báo cáo "Đà Nẵng"\\2024.xlsx')).toBe("Bao cao _Da Nang__2024.xlsx");
    expect(asciiFileName("文件.pdf")).toBe("__.pdf");
  });
});

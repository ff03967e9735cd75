import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/context";
import { groupUnits, UnitOptions } from "./unit-options";

const units = [
  { id: "79", name: "Thành phố Hồ Chí Minh", validTo: null },
  { id: "01-old", name: "Thành phố Hà Nội", validTo: "2025-06-30" },
  { id: "66", name: "Tỉnh Đắk Lắk", validTo: null },
  { id: "01", name: "Thành phố Hà Nội", validTo: null },
  { id: "11", name: "Tỉnh Điện Biên", validTo: null },
  { id: "02", name: "Tỉnh Hà Giang", validTo: "2025-06-30" },
  { id: "10", name: "Tỉnh Lào Cai", validTo: null },
  { id: "48", name: "Thành phố Đà Nẵng", validTo: null },
  { id: "12", name: "Tỉnh An Giang", validTo: null },
];

describe("province pickers", () => {
  it("lists the current provinces first, sorted the Vietnamese way, then the former ones", () => {
    const { current, former } = groupUnits(units);
    expect(current.map((u) => u.name)).toEqual([
      "Thành phố Đà Nẵng",
      "Thành phố Hà Nội",
      "Thành phố Hồ Chí Minh",
      "Tỉnh An Giang",
      "Tỉnh Đắk Lắk",
      "Tỉnh Điện Biên",
      "Tỉnh Lào Cai",
    ]);
    expect(former.map((u) => u.id)).toEqual(["01-old", "02"]);
  });

  it("puts the former provinces in an optgroup marked with their end date, never one name twice alike", () => {
    const { container } = render(
      <I18nProvider lang="vi">
        <select aria-label="x">
          <UnitOptions units={units} />
        </select>
      </I18nProvider>,
    );
    const groups = [...container.querySelectorAll("optgroup")];
    expect(groups.map((g) => g.label)).toEqual(["Tỉnh, thành phố hiện nay", "Tỉnh, thành phố trước đây"]);
    expect([...groups[1]!.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "Thành phố Hà Nội (đến 30/06/2025)",
      "Tỉnh Hà Giang (đến 30/06/2025)",
    ]);
    const labels = [...container.querySelectorAll("option")].map((o) => o.textContent);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toBe("Thành phố Đà Nẵng");
  });
});

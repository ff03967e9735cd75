import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { backcast, findUnit, predecessorsOf, roundTo, successorOf, unitsAt } from "./index";
import { UNITS_ERROR_CODES } from "./errors";
import { ALL_UNITS } from "./registry";

// The package's own README, read by the test only: the package itself never reads files.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("documents every error code in its table", () => {
    for (const code of Object.keys(UNITS_ERROR_CODES)) expect(readme, code).toContain(`| \`${code}\` |`);
  });

  it("lists every unverified item of the data under Unverified", () => {
    const section = readme.slice(readme.indexOf("## Unverified"), readme.indexOf("## Published DTI 2024"));
    for (const unit of ALL_UNITS) {
      for (const item of unit.unverified ?? []) {
        const list =
          item.field === "code" ? section.slice(0, section.indexOf("Regions set by")) : section.slice(section.indexOf("Regions set by"));
        expect(list, `${unit.id} ${item.field}`).toContain(`\`${unit.id}\` ${unit.shortName}`);
      }
    }
  });

  it("shows an example that runs as written", () => {
    expect(unitsAt("2025-06-30").length).toBe(63);
    expect(unitsAt("2025-07-01").length).toBe(34);
    expect(findUnit("tp hcm", { at: "2025-07-01" }).id).toBe("p34-79");
    expect(findUnit("Quang Nam", { at: "2025-06-30" }).code).toBe("49");
    expect(predecessorsOf("p34-48").map((u) => u.shortName)).toEqual(["Đà Nẵng", "Quảng Nam"]);
    expect(successorOf("p63-49", "2025-07-01")?.name).toBe("Thành phố Đà Nẵng");
    const result = backcast(
      [
        { unit: "TP. Đà Nẵng", overall: 0.8335 },
        { unit: "Quảng Nam", overall: 0.5803 },
      ],
      { to: "2025-07-01" },
    );
    const daNang = result.units.find((u) => u.unitId === "p34-48")!;
    expect(roundTo(daNang.overall!)).toBe(0.7069);
    expect(daNang.from.map((s) => s.unitId)).toEqual(["p63-48", "p63-49"]);
  });
});

import { readFileSync } from "node:fs";
import { createEngine } from "@dti/engine";
import { describe, expect, it } from "vitest";
import { DEMO_2022_FILE, DEMO_2022_URL } from "./demo";
import definition from "./index";

interface DemoFile {
  description: string;
  pack: string;
  period: number;
  units: { code: string; name: string; inputs: Record<string, number | boolean | string | null> }[];
}

const demo = JSON.parse(readFileSync(DEMO_2022_URL, "utf8")) as DemoFile;

describe("dti-province-2022: the demo data (dữ liệu minh họa)", () => {
  it("is one file, given as a URL and as a path", () => {
    expect(DEMO_2022_FILE).toMatch(/[/\\]dti-province-2022[/\\]demo[/\\]demo-2022\.json$/);
    expect(readFileSync(DEMO_2022_FILE, "utf8")).toBe(readFileSync(DEMO_2022_URL, "utf8"));
  });

  it("is labelled as demo data: the description, and three fictional provinces by code and name", () => {
    expect(demo.description).toMatch(/^DỮ LIỆU MINH HỌA \(demo data\)/);
    expect(demo.description).toContain("fictional");
    expect(demo.units.map((u) => [u.code, u.name])).toEqual([
      ["DEMO-A", "Tỉnh Demo A (dữ liệu minh họa)"],
      ["DEMO-B", "Tỉnh Demo B (dữ liệu minh họa)"],
      ["DEMO-C", "Tỉnh Demo C (dữ liệu minh họa)"],
    ]);
  });

  it("is a 2022 input of this pack that scores in strict mode (every input given, every ratio possible)", () => {
    const engine = createEngine();
    const loaded = engine.load(definition);
    expect([demo.pack, demo.period]).toEqual([loaded.ref.id, 2022]);
    const result = engine.score(loaded, demo, { explain: false });
    expect(result.units.map((u) => u.code)).toEqual(["DEMO-A", "DEMO-B", "DEMO-C"]);
  });
});

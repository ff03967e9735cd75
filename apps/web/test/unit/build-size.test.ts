// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest, screenJs } from "../../scripts/screen-js";
import { distDir } from "../e2e/stack";

/** Gzipped JavaScript a screen may load (the entry, the route, the charts it shows at once). */
const BUDGET_KB: Record<string, number> = {
  "entry (sign-in, home)": 300,
  "assessment/scorecard": 300,
  "assessment/entry": 300,
};

const screens = screenJs(distDir);
const byName = new Map(screens.map((s) => [s.screen, s]));

describe("JavaScript per screen (from the Vite manifest of the production build)", () => {
  it("lists every screen with its gzipped JavaScript", () => {
    const table = screens.map(
      (s) =>
        `${s.screen.padEnd(28)} ${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB gz ${(s.rawBytes / 1024).toFixed(1).padStart(8)} KB raw`,
    );
    console.log(`JavaScript per screen:\n${table.join("\n")}`);
    expect(screens.length).toBeGreaterThan(10);
    for (const name of Object.keys(BUDGET_KB)) expect(byName.has(name), name).toBe(true);
  });

  it.each(Object.entries(BUDGET_KB))("%s loads at most %d KB of gzipped JavaScript", (name, kb) => {
    const screen = byName.get(name)!;
    expect(screen.gzipBytes, `${name}: ${screen.files.join(", ")}`).toBeLessThanOrEqual(kb * 1024);
  });

  it("measures the production build (React's development build would be twice the size)", () => {
    for (const f of byName.get("entry (sign-in, home)")!.files)
      expect(readFileSync(join(distDir, f), "utf8").includes("jsxDEV"), f).toBe(false);
  });

  it("loads ECharts and the map geometry only on the screens that show them", () => {
    const holdsEcharts = (f: string) => readFileSync(join(distDir, f), "utf8").includes("registerMap");
    const holdsMap = (f: string) => readFileSync(join(distDir, f), "utf8").includes("Quần đảo Trường Sa");
    for (const name of Object.keys(BUDGET_KB))
      for (const f of byName.get(name)!.files) {
        expect(holdsEcharts(f), `${name}: ${f} holds ECharts`).toBe(false);
        expect(holdsMap(f), `${name}: ${f} holds the map`).toBe(false);
      }
    expect(byName.get("admin/map")!.files.some(holdsMap)).toBe(true);
    expect(byName.get("admin/trend")!.files.some(holdsEcharts)).toBe(true);
  });

  it("writes brotli and gzip files beside the hashed assets", () => {
    const manifest = readManifest(distDir);
    const big = Object.values(manifest)
      .map((c) => c.file)
      .filter((f) => readFileSync(join(distDir, f)).length >= 1024);
    expect(big.length).toBeGreaterThan(0);
    for (const f of big) {
      expect(existsSync(join(distDir, `${f}.br`)), `${f}.br`).toBe(true);
      expect(existsSync(join(distDir, `${f}.gz`)), `${f}.gz`).toBe(true);
    }
  });
});

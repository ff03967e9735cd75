// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { distDir } from "../e2e/stack";

interface Chunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8")) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(distDir, file))).length;

/** The chunks the first page loads: the entry and what it imports statically, transitively. */
function initialFiles(): string[] {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error("no entry chunk in the Vite manifest");
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  visit(entry[0]);
  return [...seen].map((k) => manifest[k]!.file);
}

describe("bundle size (from the Vite manifest of the build)", () => {
  it("loads under 300 KB of JavaScript, gzipped, on the first page", () => {
    const files = initialFiles();
    const total = files.reduce((sum, f) => sum + gz(f), 0);
    expect(total, `initial JS ${files.join(", ")}`).toBeLessThan(300 * 1024);
  });

  it("measures the production build (React's development build would be twice the size)", () => {
    for (const f of initialFiles()) expect(readFileSync(join(distDir, f), "utf8").includes("jsxDEV"), f).toBe(false);
  });

  it("loads ECharts and the map geometry only on demand", () => {
    const initial = new Set(initialFiles());
    const lazy = Object.values(manifest).filter((c) => !initial.has(c.file));
    const heavy = lazy.filter((c) => c.file.includes("use-chart") || c.file.includes("vietnam-map"));
    expect(heavy.length).toBeGreaterThanOrEqual(2);
    for (const f of initial) {
      const text = readFileSync(join(distDir, f), "utf8");
      expect(text.includes("registerMap"), `${f} holds ECharts`).toBe(false);
      expect(text.includes("Quần đảo Trường Sa"), `${f} holds the map`).toBe(false);
    }
  });
});

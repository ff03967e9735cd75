#!/usr/bin/env node
// Sums the vitest JSON reports every package writes (.test-results/vitest.json) into one closing
// line, "Tests: N passed, N failed", so CI and people see the whole suite at a glance.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const packages = [];
for (const group of ["apps", "packages", "indicator-packs", "tooling"]) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const report = join(dir, name, ".test-results", "vitest.json");
    if (!existsSync(report)) continue;
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    packages.push(`${group}/${name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  }
}
console.log(packages.join("\n"));
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

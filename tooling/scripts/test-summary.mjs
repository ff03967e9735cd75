#!/usr/bin/env node
// Sums the vitest JSON reports every package writes (.test-results/vitest.json) into one closing
// line, "Tests: N passed, N failed", so CI and people see the whole suite at a glance.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const groups = ["apps", "packages", "indicator-packs", "tooling"];

// --clean: forget the previous run's reports, so that a package whose tests crash before writing
// one is counted as missing rather than as its old result.
if (process.argv.includes("--clean")) {
  for (const group of groups) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) rmSync(join(dir, name, ".test-results"), { recursive: true, force: true });
  }
  process.exit(0);
}
let passed = 0;
let failed = 0;
let skipped = 0;
const packages = [];
const missing = [];
for (const group of groups) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const pkg = join(dir, name, "package.json");
    if (!existsSync(pkg)) continue;
    const hasTests = Boolean(JSON.parse(readFileSync(pkg, "utf8")).scripts?.test);
    const report = join(dir, name, ".test-results", "vitest.json");
    if (!existsSync(report)) {
      if (hasTests) missing.push(`${group}/${name}`);
      continue;
    }
    const json = JSON.parse(readFileSync(report, "utf8"));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    packages.push(`${group}/${name}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  }
}
console.log(packages.join("\n"));
if (missing.length > 0) console.log(`no test report (the run crashed?): ${missing.join(", ")}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);

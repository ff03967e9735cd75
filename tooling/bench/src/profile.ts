/**
 * Runs engine.scoreColumns on the synthetic cohort many times, for a CPU profile:
 *   node --cpu-prof --cpu-prof-dir=.prof --import tsx src/profile.ts [--units N] [--reps N]
 * tsx minifies whitespace, so profiles name functions but not lines; for lines, bundle first:
 *   npx esbuild src/profile.ts --bundle --platform=node --format=esm --outfile=.prof/profile.mjs
 *   node --cpu-prof --cpu-prof-dir=.prof .prof/profile.mjs
 */
import pack from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { generateCohort } from "./cohort";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const engine = createEngine();
const loaded = engine.load(pack);
const cohort = generateCohort(loaded.pack, arg("units", 10_000));
const reps = arg("reps", 40);
const start = performance.now();
for (let r = 0; r < reps; r++) engine.scoreColumns(loaded, cohort, "strict");
console.log(`${reps} × scoreColumns(${cohort.length} units): ${((performance.now() - start) / reps).toFixed(1)} ms each`);

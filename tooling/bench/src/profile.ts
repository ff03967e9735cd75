/**
 * Runs engine.scoreColumns on the synthetic cohort many times, for a CPU profile:
 *   node --cpu-prof --cpu-prof-dir=.prof --import tsx src/profile.ts [--units N] [--reps N] [--gc]
 * --gc collects garbage before each run, as the benchmark does. Without it, the memory freed by one
 * run's output arrays is sometimes returned to the system and faulted back in by the next run
 * (about 5,000 page faults for 10,000 units), and the profile shows them at the first writes.
 * tsx minifies whitespace, so profiles name functions but not lines; for lines, bundle first:
 *   npx esbuild src/profile.ts --bundle --platform=node --format=esm --outfile=.prof/profile.mjs
 *   node --cpu-prof --cpu-prof-dir=.prof .prof/profile.mjs
 */
import pack from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { generateCohort } from "./cohort";
import { gc } from "./measure";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const engine = createEngine();
const loaded = engine.load(pack);
const cohort = generateCohort(loaded.pack, arg("units", 10_000));
const reps = arg("reps", 40);
const collect = process.argv.includes("--gc");
let elapsed = 0;
for (let r = 0; r < reps; r++) {
  if (collect) gc();
  const start = performance.now();
  engine.scoreColumns(loaded, cohort, "strict");
  elapsed += performance.now() - start;
}
console.log(`${reps} × scoreColumns(${cohort.length} units): ${(elapsed / reps).toFixed(1)} ms each`);

import pack from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { generateCohort } from "./cohort";
const engine = createEngine();
const loaded = engine.load(pack);
const units = generateCohort(loaded.pack, 10000);
for (let r = 0; r < 30; r++) engine.scoreColumns(loaded, units, "strict");

import { definePack } from "@dti/pack-sdk";
import { agencies } from "./agencies";
import { aggregation } from "./aggregation";
import { generalInfo } from "./general-info";
import * as I from "./indices/i-nen-tang";
import * as II from "./indices/ii-hoat-dong";
import { inputs } from "./inputs";
import { meta } from "./meta";

// One module per main index, each exporting `index` and `indicators`. / Mỗi chỉ số chính một tệp.
const mainIndices = [I, II];

/**
 * EXAMPLE pack (fictional decision 0000/QĐ-VIDU): 2 main indices, 6 component indicators, 100 points, one rule
 * kind per indicator (ratio, boolean, count_bands, ratio_to_target, parts with a nested choice, min_max).
 * Plain data: the engine validates it when it is loaded. Copy it with `pnpm dti pack new <id>`.
 */
export default definePack({
  meta,
  agencies,
  generalInfo,
  inputs,
  indices: mainIndices.map((m) => m.index),
  indicators: mainIndices.flatMap((m) => m.indicators),
  aggregation,
  // crosswalks: [{ from: "<the previous pack's id>", indices: [...], indicators: [...] }] — see docs/authoring-packs.md.
});

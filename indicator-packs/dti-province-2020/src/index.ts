import { definePack } from "@dti/pack-sdk";
import { aggregation } from "./aggregation";
import { indices } from "./indices";
import { meta } from "./meta";

/**
 * DTI cấp tỉnh theo Quyết định 1726/QĐ-BTTTT (DTI 2020): three pillars — Chính quyền số 400, Kinh tế số 300,
 * Xã hội số 300 points — each modelled as a main index with its seven named parts. Coverage "indices": the pack
 * aggregates published pillar values into the overall DTI; it cannot score raw inputs (no component rules).
 */
export default definePack({
  meta,
  inputs: [],
  indices,
  indicators: [],
  aggregation,
});

import { definePack } from "@dti/pack-sdk";
import { aggregation } from "./aggregation";
import { crosswalks } from "./crosswalk";
import { indicators } from "./indicators";
import { indices } from "./indices";
import { meta } from "./meta";

/**
 * DTI cấp tỉnh theo Quyết định 405/QĐ-BKHCN (DTI 2024): 8 main indices (922's without Đô thị thông minh) and
 * 47 component indicators, of which the 9 named in public sources are listed with unknown points and rules.
 * Coverage "published": the pack describes the framework and its published values; it cannot score or aggregate.
 */
export default definePack({
  meta,
  inputs: [],
  indices,
  indicators,
  aggregation,
  crosswalks,
});

import { definePack } from "@dti/pack-sdk";
import { agencies } from "./agencies";
import { aggregation } from "./aggregation";
import { crosswalks } from "./crosswalks";
import { generalInfo } from "./general-info";
import * as I from "./indices/i-nhan-thuc-so";
import * as II from "./indices/ii-the-che-so";
import * as III from "./indices/iii-ha-tang-so";
import * as IV from "./indices/iv-nhan-luc-so";
import * as V from "./indices/v-an-toan-thong-tin-mang";
import * as VI from "./indices/vi-hoat-dong-chinh-quyen-so";
import * as VII from "./indices/vii-hoat-dong-kinh-te-so";
import * as VIII from "./indices/viii-hoat-dong-xa-hoi-so";
import * as IX from "./indices/ix-do-thi-thong-minh";
import { inputs } from "./inputs";
import { meta } from "./meta";
import { sensitivity } from "./sensitivity";

const mainIndices = [I, II, III, IV, V, VI, VII, VIII, IX];

/**
 * DTI cấp tỉnh theo Quyết định 922/QĐ-BTTTT (DTI 2021, 2022, 2023): 9 main indices, 98 component
 * indicators (+ 5.12.1–5.12.6), 1000 points. Plain data; the engine validates it when it is loaded.
 */
export default definePack({
  meta,
  agencies,
  generalInfo,
  inputs,
  indices: mainIndices.map((m) => m.index),
  indicators: mainIndices.flatMap((m) => m.indicators),
  aggregation,
  crosswalks,
  sensitivity,
});

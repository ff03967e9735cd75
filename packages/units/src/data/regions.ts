import type { Region } from "../types";

/** The six socio-economic regions of Nghị quyết 81/2023/QH15, in the order the resolution lists them. */
export const REGIONS: readonly Region[] = Object.freeze([
  {
    id: "north-midlands-mountains",
    name: "Trung du và miền núi phía Bắc",
    nameEn: "Northern Midlands and Mountains",
    source: "nq-81-2023-qh15",
  },
  { id: "red-river-delta", name: "Đồng bằng sông Hồng", nameEn: "Red River Delta", source: "nq-81-2023-qh15" },
  {
    id: "north-central-coast",
    name: "Bắc Trung Bộ và duyên hải miền Trung",
    nameEn: "North Central and Central Coast",
    source: "nq-81-2023-qh15",
  },
  { id: "central-highlands", name: "Tây Nguyên", nameEn: "Central Highlands", source: "nq-81-2023-qh15" },
  { id: "southeast", name: "Đông Nam Bộ", nameEn: "Southeast", source: "nq-81-2023-qh15" },
  { id: "mekong-delta", name: "Đồng bằng sông Cửu Long", nameEn: "Mekong Delta", source: "nq-81-2023-qh15" },
] satisfies Region[]);

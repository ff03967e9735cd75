/**
 * The shapes of the registry. Dates are ISO calendar dates ("2025-07-01") compared as strings, so
 * they sort and compare without time zones: an administrative change takes effect on a day, not an
 * instant.
 */

/** The two kinds of provincial-level unit (Luật Tổ chức chính quyền địa phương). */
export type UnitKind = "tỉnh" | "thành phố trực thuộc trung ương";

/** The six socio-economic regions of the national master plan (Nghị quyết 81/2023/QH15). */
export type RegionId =
  "north-midlands-mountains" | "red-river-delta" | "north-central-coast" | "central-highlands" | "southeast" | "mekong-delta";

export interface Region {
  id: RegionId;
  /** Official Vietnamese name, e.g. "Đồng bằng sông Hồng". */
  name: string;
  nameEn: string;
  /** Source id in `SOURCES`. */
  source: string;
}

/** A fact we could not confirm in a source reachable when the data was written. Listed in the README. */
export interface Unverified {
  field: "code" | "region" | "iso" | "name" | "validFrom";
  note: string;
}

/** A change of name or kind during a unit's life that did not change its territory or code. */
export interface Rename {
  /** First day under the new name. */
  on: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  source: string;
}

export interface Unit {
  /** Unique across time: "p63-48" is the old Đà Nẵng, "p34-48" the one formed on 2025-07-01. */
  id: string;
  /** Official two-digit administrative code. Codes are reused across cohorts ("15" was Yên Bái, is Lào Cai). */
  code: string;
  /** ISO 3166-2:VN code; the 34 units formed in 2025 have none yet. */
  iso?: string;
  /** Full official name, e.g. "Thành phố Đà Nẵng", "Tỉnh Quảng Nam". */
  name: string;
  /** Name without the kind, as published tables print it: "Đà Nẵng". */
  shortName: string;
  nameEn: string;
  kind: UnitKind;
  region: RegionId;
  /** First day the unit is valid (inclusive). */
  validFrom: string;
  /** Last day the unit is valid (inclusive); absent while it is current. */
  validTo?: string;
  /** Other spellings met in data: old names, abbreviations, English forms. */
  aliases: readonly string[];
  renamed?: readonly Rename[];
  /** Source ids (see `SOURCES`) for this unit's facts. */
  sources: readonly string[];
  unverified?: readonly Unverified[];
}

export type LineageKind = "unchanged" | "merged";

/** How one unit valid after a change came from units valid before it. */
export interface LineageRecord {
  /** The unit formed (or continued) on `date`. */
  unitId: string;
  /** Units whose whole territory it took over, in the order the resolution lists them. */
  predecessorIds: readonly string[];
  /** The day the change took effect. */
  date: string;
  kind: LineageKind;
  /** Legal basis (source id). */
  basis: string;
  /** Public pages that state this record (copied from shared/reference/merger-2025.csv). */
  urls: readonly string[];
}

export interface Source {
  id: string;
  title: string;
  url?: string;
  /** What this source is used for in the data, and how far it was checked. */
  note: string;
}

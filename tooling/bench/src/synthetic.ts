import type { UnitInput } from "./types";
import type { Pack } from "@dti/pack-sdk";
import { generateCohort } from "./cohort";

/**
 * Synthetic cohorts for the scale benchmark: 63 provinces (before the 2025 reform), 34 provinces
 * (after) and 3,321 communes, each with a value for every entered input of a pack, one cohort per
 * year. Clearly synthetic: every id starts with "syn-", every name ends with "(dữ liệu tổng hợp)"
 * ("synthetic data"), the region is "synthetic". Never real units, never real figures. Deterministic
 * for a seed.
 */
export type SyntheticKind = "provinces-63" | "provinces-34" | "communes-3321";

export const SYNTHETIC_SIZES: Record<SyntheticKind, number> = {
  "provinces-63": 63,
  "provinces-34": 34,
  "communes-3321": 3321,
};

export const SYNTHETIC_REGION = "synthetic";
export const SYNTHETIC_SUFFIX = "(dữ liệu tổng hợp)";

export interface SyntheticUnit {
  id: string;
  code: string;
  name: string;
  shortName: string;
  region: typeof SYNTHETIC_REGION;
  validFrom: string;
  validTo: null;
}

/** The units of a synthetic cohort, e.g. "syn-p63-001", "Tỉnh tổng hợp 001 (dữ liệu tổng hợp)". */
export function syntheticUnits(kind: SyntheticKind): SyntheticUnit[] {
  const n = SYNTHETIC_SIZES[kind];
  const [prefix, word, digits] =
    kind === "communes-3321" ? ["syn-xa", "Xã", 4] : kind === "provinces-63" ? ["syn-p63", "Tỉnh", 3] : ["syn-p34", "Tỉnh", 3];
  return Array.from({ length: n }, (_, i) => {
    const number = String(i + 1).padStart(digits, "0");
    const shortName = `${word} tổng hợp ${number}`;
    return {
      id: `${prefix}-${number}`,
      code: `${prefix.toUpperCase()}-${number}`,
      name: `${shortName} ${SYNTHETIC_SUFFIX}`,
      shortName,
      region: SYNTHETIC_REGION,
      validFrom: "2008-08-01",
      validTo: null,
    };
  });
}

export interface SyntheticCohort {
  kind: SyntheticKind;
  period: number;
  /** Score request units: code = the unit's id, name = its synthetic name, a value for every entered input. */
  units: UnitInput[];
}

/** One cohort per year (default 2020–2024) of the pack's inputs for the kind's units; the seed varies by year. */
export function syntheticCohorts(pack: Pack, kind: SyntheticKind, options: { years?: number[]; seed?: number } = {}): SyntheticCohort[] {
  const units = syntheticUnits(kind);
  const years = options.years ?? [2020, 2021, 2022, 2023, 2024];
  return years.map((period) => {
    const inputs = generateCohort(pack, units.length, { seed: (options.seed ?? 2022) * 10_000 + period });
    return {
      kind,
      period,
      units: inputs.map((u, i) => ({ code: units[i]!.id, name: units[i]!.name, inputs: u.inputs })),
    };
  });
}

import type { UnitInput } from "@dti/contracts";

/**
 * A synthetic cohort of `size` units, each a convex blend of the given units' inputs (e.g. Demo A, B and
 * C): numbers are weighted averages (counts floored), yes/no and choices come from the unit with the
 * largest weight. Linear constraints such as a ≤ b hold in every blend. Weights turn around a circle
 * (golden-angle steps), so neighbours in value differ in profile and ranks can move. Made-up figures,
 * for tests and timings only.
 */
export function blendCohort(bases: readonly UnitInput["inputs"][], size: number, integers: ReadonlySet<string>): UnitInput[] {
  return Array.from({ length: size }, (_, k) => {
    const angle = k * 2.399963229728653;
    const raw = bases.map((_b, i) => 1.05 + Math.sin(angle + (2 * Math.PI * i) / bases.length));
    const total = raw.reduce((s, w) => s + w, 0);
    const weights = raw.map((w) => w / total);
    const lead = weights.indexOf(Math.max(...weights));
    const inputs: Record<string, UnitInput["inputs"][string]> = {};
    for (const key of Object.keys(bases[0]!)) {
      const values = bases.map((b) => b[key]);
      if (values.every((v) => typeof v === "number")) {
        const v = (values as number[]).reduce((s, x, i) => s + x * weights[i]!, 0);
        inputs[key] = integers.has(key) ? Math.floor(v) : v;
      } else inputs[key] = values[lead] ?? values[0]!;
    }
    return { code: `S${String(k + 1).padStart(2, "0")}`, name: `Đơn vị tổng hợp ${k + 1} (minh họa)`, inputs };
  });
}

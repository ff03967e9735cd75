import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PackDefinition } from "../schema/pack";
import type { Scorer } from "./cases";
import { describePack, packTexts } from "./describe-pack";

const t = (vi: string, en: string) => ({ vi, en });

// The smallest pack: one yes/no indicator worth 10 points.
const definition: PackDefinition = {
  meta: {
    id: "tiny-pack",
    version: "1.0.0",
    title: t("Bộ chỉ số nhỏ", "Tiny pack"),
    legalBasis: { decision: "0000/QĐ-THU", date: "2099-01-01", issuer: t("Bộ thử", "Test ministry") },
    years: [2099],
    level: "province",
    engine: "^0.1.0",
    languages: ["vi", "en"],
  },
  agencies: [],
  generalInfo: [],
  inputs: [{ id: "has_plan", label: t("Đã có kế hoạch", "Plan issued"), unit: "boolean" }],
  indices: [{ code: "I", name: t("Nhận thức số", "Digital awareness"), maxPoints: 10, group: "foundation" }],
  indicators: [
    {
      code: "1.1",
      index: "I",
      name: t("Kế hoạch chuyển đổi số", "Digital transformation plan"),
      maxPoints: 10,
      inputs: [{ input: "has_plan" }],
      rule: { kind: "boolean", input: "has_plan" },
      method: t("Có: Điểm tối đa", "Yes: max"),
      leadAgency: null,
      cooperatingAgencies: [],
      evidence: t("Kế hoạch", "The plan"),
    },
  ],
  aggregation: { totalPoints: 10 },
};

const casesDir = mkdtempSync(join(tmpdir(), "describe-pack-"));
writeFileSync(
  join(casesDir, "boolean.yaml"),
  `cases:
  - name: a plan is worth 10 points
    kinds: [boolean]
    period: 2099
    input: { has_plan: true }
    expected: { indicators: { "1.1": 10 }, overall: 1 }
  - name: no plan is worth 0
    kinds: [boolean]
    period: 2099
    input: { has_plan: false }
    expected: { indicators: { "1.1": 0 }, overall: 0 }
`,
);

// A stand-in for the engine: 10 points for a plan.
const calls: string[] = [];
const score: Scorer = (request) => ({
  pack: { id: "tiny-pack", version: "1.0.0", hash: "h" },
  period: request.period,
  basis: "raw",
  mode: "lenient",
  units: request.units.map((u) => {
    calls.push(u.code);
    const points = u.inputs.has_plan === true ? 10 : 0;
    return {
      code: u.code,
      overall: points / 10,
      rank: 1,
      points,
      max: 10,
      pillars: {},
      indices: {},
      indicators: { "1.1": { points, max: 10, lost: 10 - points, value: points / 10, status: "scored" as const } },
    };
  }),
  reference: [],
  warnings: [],
});

// Registers "tiny-pack: invariants" (4 tests) and "tiny-pack: golden cases" (coverage + 2 cases).
const described = describePack(definition, { casesDir, score, ruleKinds: ["boolean"], evidence: true, warnings: "none" });

describe("describePack", () => {
  it("returns the validated pack and the golden cases it registered a test for", () => {
    expect(described.pack.meta.id).toBe("tiny-pack");
    expect(described.validation.errors).toEqual([]);
    expect(described.cases.map((c) => c.name)).toEqual(["a plan is worth 10 points", "no plan is worth 0"]);
  });

  it("lists every text a reader sees, with where it is", () => {
    expect(packTexts(described.pack).map((x) => x.where)).toEqual([
      "title",
      "index I",
      "input has_plan",
      "1.1 name",
      "1.1 method",
      "1.1 evidence",
    ]);
  });

  it("refuses golden cases without a scorer", () => {
    expect(() => describePack(definition, { casesDir })).toThrow(/casesDir needs score/);
  });

  it("refuses a definition that does not match the schema", () => {
    expect(() => describePack({ meta: {} })).toThrow(/does not match the schema/);
  });
});

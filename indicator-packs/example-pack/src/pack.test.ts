import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine } from "@dti/engine";
import { describePack } from "@dti/pack-sdk/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import definition from "./index";

// The tests of a pack, in the style of every pack of this repository. When you turn the example into a real
// pack, keep the structure and change the numbers: counts, points, provisional codes, published rows.
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const engine = createEngine();
const loaded = engine.load(definition);

// What every pack checks: it validates (only provisional warnings), speaks Vietnamese and English
// everywhere, gives every indicator its evidence, and scores each golden case of fixtures/cases/ as
// written, the cases covering every rule kind the pack uses.
const { pack } = describePack(definition, {
  casesDir: join(fixtures, "cases"),
  score: (request, options) => engine.score(loaded, request, options),
  ruleKinds: ["boolean", "choice", "count_bands", "min_max", "parts", "ratio", "ratio_to_target"],
  evidence: true,
  // A released version keeps its content (pack-versions.json, written by `dti pack release`).
  versionsFile: fileURLToPath(new URL("../pack-versions.json", import.meta.url)),
});

describe("example-pack: the pack", () => {
  it("is clearly an example: fictional decision, fictional year", () => {
    expect(pack.meta.title).toEqual({ vi: "Bộ chỉ số mẫu (ví dụ cho người viết bộ chỉ số)", en: "Example pack" });
    expect(pack.meta.legalBasis.decision).toBe("0000/QĐ-VIDU");
    expect(pack.meta.years).toEqual([2099]);
    expect(pack.meta.coverage).toBe("full");
  });

  it("has 6 component indicators and 2 general-information items", () => {
    expect(pack.indicators.map((x) => x.code)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]);
    expect(pack.generalInfo.map((g) => g.code)).toEqual(["A1", "A2"]);
  });

  it("is worth 100 points: I 40 (foundation), II 60 (activity)", () => {
    expect(Object.fromEntries(pack.indices.map((x) => [x.code, x.maxPoints]))).toEqual({ I: 40, II: 60 });
    expect(pack.indices.map((x) => x.group)).toEqual(["foundation", "activity"]);
    const count = (code: string) => pack.indicators.filter((x) => x.index === code && !x.parent).length;
    expect(pack.indices.map((x) => count(x.code))).toEqual([3, 3]);
    expect(pack.indicators.reduce((sum, x) => sum + (x.maxPoints ?? 0), 0)).toBe(100);
    expect(pack.aggregation.totalPoints).toBe(100);
  });

  it("keeps every doubt of the transcription visible as provisional", () => {
    expect(pack.indicators.filter((x) => x.provisional).map((x) => x.code)).toEqual(["1.1"]);
  });
});

interface PublishedRow {
  rank: number;
  code: string;
  name: string;
  overall: number;
  indices: Record<string, number>;
  source: string;
}

describe("example-pack: published values (fictional)", () => {
  const published = parse(readFileSync(join(fixtures, "published-2099.yaml"), "utf8")) as { year: number; rows: PublishedRow[] };
  const result = engine.aggregate(loaded, {
    period: published.year,
    rows: published.rows.map((r) => ({ code: r.code, name: r.name, indices: r.indices })),
  });
  const unit = (code: string) => result.units.find((u) => u.code === code)!;

  it("aggregates the main indices of each row to its published overall (4 decimals)", () => {
    for (const row of published.rows) expect(Math.round(unit(row.code).overall * 1e4) / 1e4, row.name).toBe(row.overall);
  });

  it("reproduces the published ranks", () => {
    for (const row of published.rows) expect(unit(row.code).rank, row.name).toBe(row.rank);
  });
});

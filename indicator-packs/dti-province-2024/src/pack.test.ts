import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pack2022Definition from "@dti-packs/dti-province-2022";
import { choosePack, createEngine, diffPacks, linkIndices, packsForYear } from "@dti/engine";
import { describePack } from "@dti/pack-sdk/testing";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import definition from "./index";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
// Validates (only provisional warnings) and speaks Vietnamese and English everywhere. No golden cases:
// the pack covers published values only.
const { pack } = describePack(definition, {
  // Its crosswalk is checked against the 2022 pack's content, and its content against the released one.
  packs: [pack2022Definition],
  versionsFile: fileURLToPath(new URL("../pack-versions.json", import.meta.url)),
});
const engine = createEngine();
const loaded = engine.load(definition);
const loaded2022 = engine.load(pack2022Definition);
const pack2022 = loaded2022.pack;

const PARAPHRASED = ["3.903", "4.901", "5.901", "5.902", "5.903"];

describe("dti-province-2024: the pack", () => {
  it("marks the paraphrased names provisional, and only them", () => {
    expect(pack.indicators.filter((x) => x.provisional).map((x) => x.code)).toEqual(PARAPHRASED);
  });

  it("covers published values only, for DTI 2024", () => {
    expect(pack.meta.coverage).toBe("published");
    expect(pack.meta.years).toEqual([2024]);
    expect(pack.meta.legalBasis).toMatchObject({ decision: "405/QĐ-BKHCN", date: "2025-04-03" });
  });

  it("has the eight main indices of 922 without Đô thị thông minh, grouped as published, points unknown", () => {
    expect(pack.indices.map((x) => [x.code, x.name.vi, x.group])).toEqual([
      ["I", "Nhận thức số", "foundation"],
      ["II", "Thể chế số", "foundation"],
      ["III", "Hạ tầng số", "foundation"],
      ["IV", "Nhân lực số", "foundation"],
      ["V", "An toàn thông tin mạng", "foundation"],
      ["VI", "Hoạt động chính quyền số", "activity"],
      ["VII", "Hoạt động kinh tế số", "activity"],
      ["VIII", "Hoạt động xã hội số", "activity"],
    ]);
    expect(pack.indices.every((x) => x.maxPoints === null)).toBe(true);
    for (const x of pack.indices) expect(x.source, x.code).toMatch(/vietnamnet\.vn/);
    expect(pack.aggregation.totalPoints).toBeUndefined();
    expect(pack.aggregation.pillars).toEqual([]);
  });

  it("lists the nine component indicators named in public sources, with unknown points and rules", () => {
    expect(pack.indicators.map((x) => x.code)).toEqual(["3.901", "3.902", "3.903", "4.901", "4.902", "4.903", "5.901", "5.902", "5.903"]);
    for (const x of pack.indicators) {
      expect(x.maxPoints, x.code).toBeNull();
      expect(x.rule.kind, x.code).toBe("unknown");
      expect(x.inputs, x.code).toEqual([]);
      expect(x.index, x.code).toBe(["", "", "", "III", "IV", "V"][Number(x.code.split(".")[0])]);
      expect(x.source, x.code).toMatch(/^Kế hoạch 18\/KH-UBND .*nhansu\.vn.*: “.+”$/);
    }
  });

  it("says in every indicator that its 9xx code is the pack's own, not the ministry's", () => {
    for (const x of pack.indicators) {
      expect(x.code, x.code).toMatch(/^\d\.9\d\d$/);
      expect(x.notes, x.code).toContain(`Code ${x.code} is this pack's own`);
    }
  });
});

describe("dti-province-2024: what the engine may do with it", () => {
  it("loads, but refuses to score raw inputs and to aggregate main-index values (PACK_COVERAGE)", () => {
    expect(() => engine.score(loaded, { period: 2024, units: [{ code: "A", inputs: {} }] })).toThrowError(
      expect.objectContaining({ code: "PACK_COVERAGE" }),
    );
    const indices = Object.fromEntries(pack.indices.map((x) => [x.code, 0.5]));
    expect(() => engine.aggregate(loaded, { period: 2024, rows: [{ code: "A", indices }] })).toThrowError(
      expect.objectContaining({ code: "PACK_COVERAGE" }),
    );
  });

  it("is the pack for 2024, and dti-province-2022 stays the pack for 2021–2023", () => {
    const packs = [loaded2022, loaded];
    expect(packsForYear(packs, 2024).map((p) => p.ref.id)).toEqual(["dti-province-2024"]);
    expect(choosePack(packs, 2024).ref.id).toBe("dti-province-2024");
    expect(choosePack(packs, 2023).ref.id).toBe("dti-province-2022");
  });
});

describe("dti-province-2024: from dti-province-2022", () => {
  it("links the main indices through its crosswalk: I–VIII changed (not comparable), IX removed", () => {
    const { links, viaCrosswalk } = linkIndices(pack2022, pack);
    expect(viaCrosswalk).toBe(true);
    expect(links.map((l) => [l.from.join("+"), l.to.join("+"), l.relation, l.comparable])).toEqual([
      ["I", "I", "changed", false],
      ["II", "II", "changed", false],
      ["III", "III", "changed", false],
      ["IV", "IV", "changed", false],
      ["V", "V", "changed", false],
      ["VI", "VI", "changed", false],
      ["VII", "VII", "changed", false],
      ["VIII", "VIII", "changed", false],
      ["IX", "", "removed", false],
    ]);
    for (const link of links) expect(link.note, link.from.join()).toBeTruthy();
  });

  it("links the other way too (IX is new when going from 405 back to 922)", () => {
    const { links, viaCrosswalk } = linkIndices(pack, pack2022);
    expect(viaCrosswalk).toBe(true);
    expect(links.find((l) => l.to.includes("IX"))?.relation).toBe("new");
  });

  it("maps its crosswalk's codes to codes that exist on both sides", () => {
    const crosswalk = pack.crosswalks.find((c) => c.from === "dti-province-2022")!;
    const old = { indices: new Set(pack2022.indices.map((x) => x.code)), indicators: new Set(pack2022.indicators.map((x) => x.code)) };
    for (const level of ["indices", "indicators"] as const)
      for (const m of crosswalk[level]) for (const code of m.from) expect(old[level].has(code), `${level} ${code}`).toBe(true);
    expect(crosswalk.indicators.map((m) => [m.from.join("+"), m.to.join("+"), m.relation])).toEqual([
      ["3.3", "3.901", "changed"],
      ["9.1+9.2+9.3", "", "removed"],
    ]);
  });

  it("diffs against 922: IX removed, points unknown, 3.3 matched to 3.901 with its rule now unknown", () => {
    const diff = diffPacks(pack2022, pack);
    expect(diff.crosswalk).toBe(true);
    expect(diff.indices.removed.map((x) => x.code)).toEqual(["IX"]);
    expect(diff.indices.added).toEqual([]);
    expect(diff.points.find((p) => p.index === "VI")).toEqual({ index: "VI", from: 200, to: null, delta: null });
    expect(diff.indicators.renamed).toContainEqual(expect.objectContaining({ code: "3.901", fromCode: "3.3" }));
    expect(diff.indicators.reweighted).toEqual([{ code: "3.901", fromCode: "3.3", from: 10, to: null }]);
    expect(diff.indicators.ruleChanged.map((x) => [x.fromCode, x.code])).toEqual([["3.3", "3.901"]]);
    expect(diff.indicators.removed.map((x) => x.code)).toEqual(expect.arrayContaining(["9.1", "9.2", "9.3"]));
    // The diff cannot tell "not listed because unknown" from "removed": every other 922 indicator is listed as
    // removed and the eight other known indicators as added (see README.md "What is not known").
    expect(diff.indicators.added.map((x) => x.code)).toEqual(["3.902", "3.903", "4.901", "4.902", "4.903", "5.901", "5.902", "5.903"]);
  });
});

interface Row {
  rank?: number;
  code: string;
  name: string;
  overall?: number;
  verified: boolean;
  source: string;
}

describe("dti-province-2024: published 2024 values", () => {
  const published = parse(readFileSync(join(fixtures, "published-2024.yaml"), "utf8")) as {
    year: number;
    mean: { overall: number; pillars: Record<string, number> };
    national: number;
    cohort34: Row[];
    cohort63: Row[];
  };
  const row = (rows: Row[], code: string) => rows.find((r) => r.code === code)!;

  it("lists values on 0..1, each with a source, ranked in the order of their values", () => {
    const rows = [...published.cohort34, ...published.cohort63];
    for (const r of rows) {
      expect(r.source.length, r.name).toBeGreaterThan(0);
      if (r.overall !== undefined) expect(r.overall >= 0 && r.overall <= 1, r.name).toBe(true);
    }
    const ranked = published.cohort34.filter((r) => r.rank !== undefined && r.overall !== undefined);
    const byRank = [...ranked].sort((a, b) => a.rank! - b.rank!).map((r) => r.overall);
    expect(byRank).toEqual([...byRank].sort((a, b) => b! - a!));
  });

  it("gives a merged province the average of its old provinces: Đà Nẵng 0.7069 = (0.8335 + 0.5803) / 2", () => {
    const merged = (row(published.cohort63, "DNG").overall! + row(published.cohort63, "QNA").overall!) / 2;
    expect(Math.round(merged * 1e4) / 1e4).toBe(row(published.cohort34, "DNG").overall);
  });

  it("does not follow 1726's weighted sum of pillars: 0.4·0.7582 + 0.3·0.7723 + 0.3·0.7692 ≠ 0.6961", () => {
    // A formula linear in the pillars would hold for the means too; it does not, so 405's overall is not
    // 0.4·CQS + 0.3·KTS + 0.3·XHS, and the pack declares no pillar formula.
    const { cqs, kts, xhs } = published.mean.pillars as { cqs: number; kts: number; xhs: number };
    const weighted = 0.4 * cqs + 0.3 * kts + 0.3 * xhs;
    expect(weighted).toBeCloseTo(0.76573, 10);
    expect(Math.abs(weighted - published.mean.overall)).toBeGreaterThan(0.05);
  });
});

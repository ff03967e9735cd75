import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreResultSchema, type ScoreResult } from "@dti/contracts";
import pack from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { officialAddress } from "@dti/pack-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_FILE } from "./commands/demo";
import { run } from "./test/run";
import { tempDir } from "./test/sample-pack";

/** The installed pack of the 922/QĐ-BTTTT framework, end to end, with the bundled demo data. */
const loaded = createEngine().load(pack);
const demo = JSON.parse(readFileSync(DEMO_FILE, "utf8")) as {
  pack: string;
  period: number;
  units: { code: string; name: string; inputs: Record<string, unknown> }[];
};
let dir: string;

beforeAll(() => {
  dir = tempDir();
});

describe("dti-province-2022, installed", () => {
  it("is listed by dti packs", async () => {
    const { code, stdout } = await run(["packs", "--json"]);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout).packs.find((p: { id: string }) => p.id === "dti-province-2022");
    expect(listed).toMatchObject({
      status: "ok",
      hash: loaded.ref.hash,
      totalPoints: 1000,
      coverage: "full",
      indicators: loaded.pack.indicators.filter((x) => !x.parent).length,
    });
  });

  it("is listed beside the other installed packs; a pack of published values has unknown points", async () => {
    const { packs } = JSON.parse((await run(["packs", "--json"])).stdout);
    expect(packs.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(["dti-province-2020", "dti-province-2022", "dti-province-2024", "example-pack"]),
    );
    expect(packs.find((p: { id: string }) => p.id === "dti-province-2024")).toMatchObject({
      status: "ok",
      coverage: "published",
      totalPoints: null,
    });
    expect((await run(["packs"])).stdout).toMatch(/│ dti-province-2024 │ .+ │\s+\? │ published │/);
  });

  it("documents every indicator in Vietnamese", async () => {
    const { code, stdout } = await run(["pack", "docs", "dti-province-2022"]);
    expect(code).toBe(0);
    for (const heading of [
      "# Sổ tay chỉ số",
      "## Căn cứ pháp lý",
      "## Cách tổng hợp điểm",
      "## I. Nhận thức số",
      "**Cách xác định và tính điểm**",
      "**Công thức tính điểm**",
      "**Số liệu đầu vào**",
    ])
      expect(stdout).toContain(heading);
    for (const indicator of loaded.pack.indicators)
      expect(stdout).toMatch(new RegExp(`^#{3,4} ${indicator.code.replace(/\./g, "\\.")}\\. `, "m"));
    expect(stdout).toContain("| 3.3.a | `households_with_fiber` |");
  });

  it("builds a bundle that gives the same hash", async () => {
    expect((await run(["pack", "build", "dti-province-2022", "--out", "dti.json"], { cwd: dir })).code).toBe(0);
    const validated = JSON.parse((await run(["pack", "validate", "dti.json", "--json"], { cwd: dir })).stdout);
    expect(validated.valid).toBe(true);
    expect(validated.pack.hash).toBe(loaded.ref.hash);
  });
});

describe("the demo dataset", () => {
  it("is labelled as demo data and gives every input of the pack", () => {
    expect(demo.units.map((u) => u.name)).toEqual([
      "Tỉnh Demo A (dữ liệu minh họa)",
      "Tỉnh Demo B (dữ liệu minh họa)",
      "Tỉnh Demo C (dữ liệu minh họa)",
    ]);
    const needed = loaded.pack.inputs.filter((i) => i.constant === undefined && i.unit !== "text").map((i) => i.id);
    for (const unit of demo.units) expect(Object.keys(unit.inputs).sort()).toEqual([...needed].sort());
  });

  it("scores in strict mode, and `dti demo` shows the banner, the ranking and where to gain points", async () => {
    const scored = await run(["score", "--input", DEMO_FILE, "--json"]);
    expect(scored.stderr).toBe("");
    const result = scoreResultSchema.parse(JSON.parse(scored.stdout));
    expect(result.mode).toBe("strict");
    expect(result.warnings).toEqual([]);
    expect(result.units.map((u) => u.rank)).toEqual([1, 2, 3]);
    for (const unit of result.units) expect(unit.overall).toBeGreaterThan(0.2);

    const { code, stdout } = await run(["demo"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("════")).toBe(true);
    expect(stdout).toContain("DỮ LIỆU MINH HỌA — DEMO DATA");
    expect(stdout).toMatch(/│\s+1 │ DEMO-A │ Tỉnh Demo A \(dữ liệu minh họa\) │ 0,\d{4} │/);
    expect(stdout).toContain("Nơi có thể tăng điểm (xếp theo số điểm bị mất):");
    expect([...stdout.matchAll(/^\d+\. \d+\.\d+/gm)]).toHaveLength(5);
  });

  it("scores the same from a wide CSV keyed by official addresses and ids", async () => {
    const byId = new Map<string, string>();
    for (const indicator of loaded.pack.indicators)
      for (const ref of indicator.inputs) if (!byId.has(ref.input)) byId.set(ref.input, officialAddress(indicator.code, ref));
    const ids = Object.keys(demo.units[0]!.inputs);
    // Half the columns by official address, half by id; decimal comma in a ';' file; có/không.
    const header = ids.map((id, k) => (k % 2 === 0 && byId.has(id) ? byId.get(id)! : id));
    const cell = (v: unknown) =>
      typeof v === "boolean" ? (v ? "có" : "không") : typeof v === "number" ? String(v).replace(".", ",") : String(v);
    const lines = [
      ["code", "name", ...header].join(";"),
      ...demo.units.map((u) => [u.code, u.name, ...ids.map((id) => cell(u.inputs[id]))].join(";")),
    ];
    writeFileSync(join(dir, "demo-wide.csv"), lines.join("\n"));
    const csv = await run(["score", "--pack", "dti-province-2022", "--input", "demo-wide.csv", "--period", "2022", "--json"], { cwd: dir });
    expect(csv.stderr).toBe("");
    const json = await run(["score", "--input", DEMO_FILE, "--json"]);
    expect(JSON.parse(csv.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it("aggregates its index values (columns by Vietnamese name) to the same overall and ranks", async () => {
    const result = JSON.parse((await run(["score", "--input", DEMO_FILE, "--json"])).stdout) as ScoreResult;
    const scored = loaded.pack.indices.filter((x) => x.group !== "unscored");
    const lines = [
      ["code", "name", ...scored.map((x) => x.name.vi)].map((h) => `"${h}"`).join(","),
      ...result.units.map((u) =>
        [u.code, `"${u.name}"`, ...scored.map((x) => `"${String(u.indices[x.code]!.value).replace(".", ",")}"`)].join(","),
      ),
    ];
    writeFileSync(join(dir, "demo-indices.csv"), lines.join("\n"));
    const aggregated = await run(
      ["aggregate", "--pack", "dti-province-2022", "--index-values", "demo-indices.csv", "--period", "2022", "--json"],
      { cwd: dir },
    );
    expect(aggregated.stderr).toBe("");
    const agg = JSON.parse(aggregated.stdout) as ScoreResult;
    agg.units.forEach((u, k) => {
      expect(u.overall).toBeCloseTo(result.units[k]!.overall, 10);
      expect(u.rank).toBe(result.units[k]!.rank);
      for (const id of Object.keys(u.pillars)) expect(u.pillars[id]!.value).toBeCloseTo(result.units[k]!.pillars[id]!.value, 10);
    });
  });

  it("explains one indicator of a province in official notation", async () => {
    const { code, stdout } = await run(["explain", "--input", DEMO_FILE, "--unit", "DEMO-C", "--indicator", "3.3"]);
    expect(code).toBe(0);
    expect(stdout).toContain("   Công thức: Tỷ lệ = 3.3.a / 3.3.b; Điểm = Tỷ lệ × Điểm tối đa");
    expect(stdout).toContain("   Để đạt điểm tối đa: 3.3.a households_with_fiber = 165.000");
  });
});

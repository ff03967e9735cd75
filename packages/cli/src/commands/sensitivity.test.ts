import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pack2022 from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { blendCohort } from "@dti/engine/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";
import { DEMO_FILE } from "./demo";

interface Unit {
  code: string;
  official: { rank: number };
  band: { p5: number; median: number; p95: number; min: number; max: number };
  sameRank: number;
}

let dir: string;
const demo = JSON.parse(readFileSync(DEMO_FILE, "utf8")) as { units: { inputs: Record<string, never> }[] };

beforeAll(() => {
  dir = tempDir();
  // 63 made-up units blended from the three demo provinces (close neighbours, so that ranks can move).
  const loaded = createEngine().load(pack2022);
  const counts = new Set(loaded.pack.inputs.filter((x) => x.unit === "count").map((x) => x.id));
  const units = blendCohort(
    demo.units.map((u) => u.inputs),
    63,
    counts,
  );
  writeFileSync(join(dir, "cohort-63.json"), JSON.stringify({ pack: "dti-province-2022", period: 2022, units }));
});

describe("dti sensitivity", () => {
  it("works on the demo data: three provinces far apart keep their ranks under every alternative", async () => {
    const { code, stdout, stderr } = await run([
      "sensitivity",
      "--pack",
      "dti-province-2022",
      "--input",
      DEMO_FILE,
      "--seed",
      "7",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ runs: 1000, seed: 7, mode: "strict", period: 2022 });
    expect(out.units.map((u: Unit) => [u.code, u.official.rank, u.band.p5, u.band.median, u.band.p95, u.sameRank])).toEqual([
      ["DEMO-A", 1, 1, 1, 1, 1],
      ["DEMO-B", 2, 2, 2, 2, 1],
      ["DEMO-C", 3, 3, 3, 3, 1],
    ]);
    expect(out.alternatives.map((a: { id: string }) => a.id).sort()).toEqual([
      "n-7-1-literal",
      "t-7-1",
      "t-7-2",
      "w-vi",
      "w-vii",
      "w-viii",
    ]);
    const text = (await run(["sensitivity", "--input", DEMO_FILE, "--seed", "7"])).stdout;
    expect(text.split("\n")[0]).toBe(
      "Độ nhạy của thứ hạng: dti-province-2022 1.0.0, năm 2022, 1000 lần rút ngẫu nhiên, hạt giống 7, chế độ strict",
    );
    expect(text).toContain("giả định minh họa");
    expect(text).toMatch(/│ t-7-1\s+│ 7\.1\s+│ ngưỡng\s+│ 0,2 → 0,15; 0,25\s+│/);
    const english = (await run(["sensitivity", "--input", DEMO_FILE, "--seed", "7", "--lang", "en"])).stdout;
    expect(english.split("\n")[0]).toBe("Rank sensitivity: dti-province-2022 1.0.0, 2022, 1000 runs, seed 7, strict mode");
    expect(english).toMatch(/│ t-7-1\s+│ 7\.1\s+│ threshold\s+│ 0\.2 → 0\.15; 0\.25\s+│/);
  });

  it("fixed seeds give fixed bands over 63 units; a unit's band shows how far its rank can move", async () => {
    const args = ["sensitivity", "--input", "cohort-63.json", "--runs", "1000", "--seed", "2024", "--json"];
    const first = await run(args, { cwd: dir });
    expect(first.code).toBe(0);
    const second = await run(args, { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    const out = JSON.parse(first.stdout);
    const other = JSON.parse((await run([...args.slice(0, -3), "--seed", "2025", "--json"], { cwd: dir })).stdout);
    expect(other.units.map((u: Unit) => u.sameRank)).not.toEqual(out.units.map((u: Unit) => u.sameRank));
    expect(out.units).toHaveLength(63);
    // Some unit's rank moves under plausible alternatives, and the report says by how much.
    const moving = (out.units as Unit[]).filter((u) => u.band.p5 < u.official.rank || u.band.p95 > u.official.rank);
    expect(moving.length).toBeGreaterThan(0);
    expect(out.alternatives[0].influence.meanAbsRankChange).toBeGreaterThan(0);
    const text = (await run(args.slice(0, -1), { cwd: dir })).stdout;
    const u = moving[0]!;
    expect(text).toMatch(new RegExp(`│ ${u.code} │ .+ │\\s+${u.official.rank} │\\s+${u.band.p5}–${u.band.p95} │\\s+${u.band.median} │`));
  });

  it("says what is wrong: a pack without alternatives, a bad seed", async () => {
    const none = await run(["sensitivity", "--pack", "example-pack", "--input", DEMO_FILE]);
    expect(none.code).toBe(1);
    const seed = await run(["--lang", "en", "sensitivity", "--input", DEMO_FILE, "--seed", "-1"]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/^error USAGE: option '--seed <n>' argument '-1' is invalid/);
  });
});

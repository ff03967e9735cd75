import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pack2022 from "@dti-packs/dti-province-2022";
import { createEngine } from "@dti/engine";
import { addressesOf, type Pack } from "@dti/pack-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";
import { DEMO_FILE } from "./demo";

/**
 * `dti compare --decompose` is exact or says why not: the same figures whichever key style the data
 * uses (input id, official address 3.3.b, general-information code A6), and an indicator new in the
 * later pack listed with its points as not comparable, never as progress.
 */
interface Unit {
  code: string;
  name: string;
  inputs: Record<string, unknown>;
}
interface Decomposition {
  total: number;
  method: number;
  progress: number;
  notComparable: number;
  items: { from: string[]; to: string[]; class: string; points: { from: number | null; to: number | null }; contribution: number }[];
}

const official = createEngine().load(pack2022).pack as Pack;
const demo = JSON.parse(readFileSync(DEMO_FILE, "utf8")) as { units: Unit[] };
const units2023: Unit[] = structuredClone(demo.units);
units2023.find((u) => u.code === "DEMO-C")!.inputs.households_with_digital_address = units2023.find((u) => u.code === "DEMO-C")!.inputs
  .households_total as number;

/** The same units keyed by id, by each input's first official address, or by general-information code where it has one. */
function keyed(units: Unit[], style: "id" | "address" | "general_info"): Unit[] {
  const addresses = addressesOf(official);
  const info = new Map(official.inputs.filter((x) => x.generalInfo).map((x) => [x.id, x.generalInfo!]));
  return units.map((u) => ({
    ...u,
    inputs: Object.fromEntries(
      Object.entries(u.inputs).map(([id, v]) => [
        style === "address" ? (addresses.get(id)?.[0] ?? id) : style === "general_info" ? (info.get(id) ?? id) : id,
        v,
      ]),
    ),
  }));
}

let dir: string;
const write = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return name;
};

/** A fictional next revision: households_total renamed households_count, and 8.20 new (20 points of VIII). */
function nextPack(): unknown {
  const pack = JSON.parse(JSON.stringify(official).replaceAll('"households_total"', '"households_count"')) as Pack;
  pack.meta = { ...pack.meta, id: "dti-province-next", version: "2.0.0", years: [2023] };
  pack.inputs.push({
    id: "households_with_ehealth_record",
    label: { vi: "Số hộ gia đình có hồ sơ sức khỏe điện tử", en: "Households with an electronic health record" },
    unit: "count",
  });
  const viii = pack.indices.find((x) => x.code === "VIII")!;
  viii.maxPoints = viii.maxPoints! + 20;
  pack.aggregation.totalPoints = pack.aggregation.totalPoints! + 20;
  pack.indicators.push({
    ...structuredClone(pack.indicators.find((x) => x.code === "8.4")!),
    code: "8.20",
    name: { vi: "Tỷ lệ hộ gia đình có hồ sơ sức khỏe điện tử (minh họa)", en: "Households with an e-health record (illustrative)" },
    inputs: [
      { address: "a", input: "households_with_ehealth_record" },
      { address: "b", input: "households_count" },
    ],
    rule: { kind: "ratio", a: "households_with_ehealth_record", b: "households_count" },
  });
  pack.crosswalks = [
    {
      from: "dti-province-2022",
      pillars: [],
      indices: [],
      indicators: [{ from: [], to: ["8.20"], relation: "new" }],
      inputs: [
        { input: "households_count", relation: "renamed", from: "households_total" },
        { input: "households_with_ehealth_record", relation: "none", note: "not collected under 922/QĐ-BTTTT" },
      ],
    },
  ];
  return { format: "dti-pack-bundle@1", pack };
}

beforeAll(() => {
  dir = tempDir();
  for (const style of ["id", "address", "general_info"] as const)
    write(`datasets-${style}.json`, {
      datasets: [
        { period: 2022, units: keyed(demo.units, style) },
        { period: 2023, units: keyed(units2023, style) },
      ],
    });
  write("variant-drop-3-2.json", {
    format: "dti-variant@1",
    id: "drop-3-2",
    base: "dti-province-2022",
    title: { vi: "Bỏ chỉ tiêu 3.2", en: "Drop indicator 3.2" },
    changes: [{ op: "remove_indicator", indicator: "3.2" }],
  });
  write("next.bundle.json", nextPack());
  write("y2022.json", { period: 2022, units: keyed(demo.units, "address") });
  write("next-2023.json", {
    period: 2023,
    units: units2023.map((u) => ({
      ...u,
      inputs: {
        ...Object.fromEntries(Object.entries(u.inputs).map(([id, v]) => [id === "households_total" ? "households_count" : id, v])),
        households_with_ehealth_record: ({ "DEMO-A": 320000, "DEMO-B": 150000, "DEMO-C": 40000 } as Record<string, number>)[u.code]!,
      },
    })),
  });
});

describe("dti compare --decompose, exact", () => {
  it("gives the same figures whichever key style the data uses (id, official address, general-information code)", async () => {
    const outputs: { units: { code: string; decomposition: Decomposition }[] }[] = [];
    const texts: string[] = [];
    for (const style of ["id", "address", "general_info"]) {
      const args = [
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "variant-drop-3-2.json:2023",
        "--input",
        `datasets-${style}.json`,
        "--decompose",
      ];
      const json = await run([...args, "--json"], { cwd: dir });
      expect(json.stderr).toBe("");
      expect(json.code).toBe(0);
      outputs.push(JSON.parse(json.stdout).comparison);
      texts.push((await run(args, { cwd: dir })).stdout);
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    const a = outputs[0]!.units.find((u) => u.code === "DEMO-A")!.decomposition;
    // 3.2 (10 points) is removed: Demo A's 9,3 points of it are listed, not hidden in "method".
    expect(a.items).toEqual([
      {
        from: ["3.2"],
        to: [],
        class: "removed",
        points: { from: expect.closeTo(9.3, 9), to: null },
        contribution: expect.closeTo(-0.0093, 9),
      },
    ]);
    expect(a.method + a.progress + a.notComparable).toBeCloseTo(a.total, 12);
    expect(a.progress).toBeCloseTo(0, 12);
    expect(texts[0]).toMatch(/│ DEMO-A │ .+ │\s+\+0,0085 │\s+0,0000 │\s+−0,0093 │$/m);
    expect(texts[0]).toContain("  - 3.2 [removed] 10,00 điểm tối đa: không còn trong dti-province-2022-variant-drop-3-2");
    expect(texts[0]).toContain("INPUTS_NOT_CARRIED: 1 dữ liệu đầu vào của dti-province-2022 không được");
  });

  it("lists a new indicator's points as not comparable, never as progress; a renamed input is carried over", async () => {
    const args = [
      "compare",
      "--from",
      "dti-province-2022:2022",
      "--to",
      "next.bundle.json:2023",
      "--input",
      "y2022.json",
      "--input",
      "next-2023.json",
      "--decompose",
    ];
    const json = await run([...args, "--json"], { cwd: dir });
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout);
    const links = out.decomposition.comparability.indicators as { to: string[]; class: string; rescorable: boolean }[];
    expect(links.find((l) => l.to.includes("8.20"))).toMatchObject({ class: "new", rescorable: false });
    // households_total → households_count: 3.2, 3.3 and 8.4 stay comparable.
    for (const code of ["3.2", "3.3", "8.4"])
      expect(links.find((l) => l.to.includes(code))).toMatchObject({ class: "comparable", rescorable: true });
    expect(out.decomposition.comparability.points).toEqual({ rescorable: 1000, notComparable: 20, total: 1020 });
    const records = { "DEMO-A": 320000, "DEMO-B": 150000, "DEMO-C": 40000 } as Record<string, number>;
    (out.comparison.units as { code: string; decomposition: Decomposition; to: { overall: number } }[]).forEach((u) => {
      const d = u.decomposition;
      const households = demo.units.find((x) => x.code === u.code)!.inputs.households_total as number;
      const points = (20 * records[u.code]!) / households;
      expect(d.items).toEqual([
        {
          from: [],
          to: ["8.20"],
          class: "new",
          points: { from: null, to: expect.closeTo(points, 9) },
          contribution: expect.closeTo(points / 1020, 12),
        },
      ]);
      expect(d.notComparable).toBeCloseTo(points / 1020, 12);
      // Progress is Demo C's 18,8 points of 8.4 alone (now out of 1020); 8.20's points are not in it.
      expect(d.progress).toBeCloseTo(u.code === "DEMO-C" ? 18.8 / 1020 : 0, 12);
      expect(d.method + d.progress + d.notComparable).toBeCloseTo(d.total, 12);
    });
    expect(out.decomposition.warnings.map((w: { code: string }) => w.code)).toEqual([
      "PAIRED_BY_CODE",
      "NOT_COMPARABLE",
      "NO_EARLIER_DATA",
    ]);
    const text = (await run(args, { cwd: dir })).stdout;
    expect(text).toContain("│ Do phương pháp │ Do tiến bộ │ Không so sánh được │");
    expect(text).toContain(
      "  - 8.20 [new] 20,00 điểm tối đa: mới trong dti-province-next: không có trong dti-province-2022. DEMO-A 10,00 đ (+0,0098);",
    );
    const english = (await run(["--lang", "en", ...args], { cwd: dir })).stdout;
    expect(english).toMatch(/│\s+Method │\s+Progress │ Not comparable │/);
    expect(english).toContain("  - 8.20 [new] 20.00 points at most: new in dti-province-next");
    expect(text).toContain(
      "NO_EARLIER_DATA: 1 dữ liệu đầu vào của dti-province-next không có số liệu tương ứng trong dti-province-2022: households_with_ehealth_record",
    );
  });

  it("refuses an input mapping that names an earlier input that does not exist", async () => {
    const bundle = nextPack() as { pack: Pack };
    bundle.pack.crosswalks[0]!.inputs![0] = { input: "households_count", relation: "renamed", from: "households_totl" };
    write("bad.bundle.json", bundle);
    const out = await run(
      [
        "--lang",
        "en",
        "compare",
        "--from",
        "dti-province-2022:2022",
        "--to",
        "bad.bundle.json:2023",
        "--input",
        "y2022.json",
        "--input",
        "next-2023.json",
        "--decompose",
      ],
      { cwd: dir },
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(
      /^error COMPARE_INVALID: the input mapping from dti-province-2022 to dti-province-next is not usable: .*households_count: dti-province-2022 has no input "households_totl"/,
    );
  });
});

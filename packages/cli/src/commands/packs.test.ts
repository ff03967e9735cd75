import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../test/run";
import { samplePack, tempDir, writePackDir } from "../test/sample-pack";

/** A host package depending on two packs, one of them broken. */
function host(): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "host", dependencies: { "@test/sample-pack": "1.0.0", "@test/broken-pack": "1.0.0", "left-pad": "1.0.0" } }),
  );
  const scope = join(dir, "node_modules", "@test");
  mkdirSync(scope, { recursive: true });
  writePackDir(scope, samplePack(), "sample-pack");
  const broken = samplePack();
  broken.indices[0]!.maxPoints = 1;
  writePackDir(scope, broken, "broken-pack");
  return dir;
}

describe("dti packs", () => {
  it("lists installed packs with short hashes, and full hashes in JSON", async () => {
    const dir = host();
    const { code, stdout, stderr } = await run(["packs"], { cwd: dir, hostDir: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/│ sample-pack\s+│ 1\.0\.0\s+│ sha256:[0-9a-f]{12} │ 2022\s+│\s+14 │ 160,00 │ full\s+│/);
    expect(stdout).toMatch(/│ broken-pack\s+│ 1\.0\.0\s+│ —/);
    expect(stderr).toMatch(
      /^error PACK_INVALID: không nạp được gói broken-pack \(@test\/broken-pack\): gói sample-pack không hợp lệ: .*; chạy `dti pack validate broken-pack` để xem mọi vấn đề\n$/,
    );
    const en = await run(["packs", "--lang", "en"], { cwd: dir, hostDir: dir });
    expect(en.stdout).toMatch(/│ sample-pack\s+│ 1\.0\.0\s+│ sha256:[0-9a-f]{12} │ 2022\s+│\s+14 │ 160\.00 │ full\s+│/);
    expect(en.stderr).toMatch(
      /^error PACK_INVALID: pack broken-pack \(@test\/broken-pack\) cannot be loaded: .*; run `dti pack validate broken-pack` for every problem\n$/,
    );

    const json = await run(["packs", "--json"], { cwd: dir, hostDir: dir });
    const { packs } = JSON.parse(json.stdout);
    expect(packs[0]).toMatchObject({
      status: "ok",
      id: "sample-pack",
      packageName: "@test/sample-pack",
      version: "1.0.0",
      years: [2022],
      indicators: 14,
      subIndicators: 2,
      totalPoints: 160,
      coverage: "full",
      provisional: 1,
    });
    expect(packs[0].hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(packs[1]).toMatchObject({ status: "error", id: "broken-pack", error: { code: "PACK_INVALID" } });
  });

  it("says when no pack is installed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "empty" }));
    const { code, stdout } = await run(["--lang", "en", "packs"], { cwd: dir, hostDir: dir });
    expect(code).toBe(0);
    expect(stdout).toBe("No indicator packs are installed.\n");
    expect(JSON.parse((await run(["packs", "--json"], { cwd: dir, hostDir: dir })).stdout)).toEqual({ packs: [] });
  });

  it("finds installed packs by id for other commands", async () => {
    const dir = host();
    const { code, stdout } = await run(["pack", "validate", "sample-pack"], { cwd: tempDir(), hostDir: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ sample-pack 1\.0\.0 \(gói phụ thuộc: @test\/sample-pack\): 0 lỗi, 1 cảnh báo/);
  });

  it("finds packs in indicator-packs/ above the working directory and in DTI_PACKS_PATH, and says where each came from", async () => {
    const root = tempDir();
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "host" }));
    writePackDir(join(root, "indicator-packs"), { ...samplePack(), meta: { ...samplePack().meta, id: "local-pack" } }, "local-pack");
    const work = join(root, "work", "deep");
    mkdirSync(work, { recursive: true });
    const extra = tempDir();
    const other = samplePack();
    other.meta.id = "extra-pack";
    writePackDir(join(extra, "packs"), other, "extra-pack");
    const single = writePackDir(extra, { ...samplePack(), meta: { ...samplePack().meta, id: "single-pack" } }, "single-pack");
    const env = { DTI_PACKS_PATH: [join(extra, "packs"), single, join(extra, "missing")].join(":") };
    const { code, stdout, stderr } = await run(["--lang", "en", "packs"], { cwd: work, hostDir: root, env });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ local-pack\s+│ 1\.0\.0 .*│ indicator-packs directory │/);
    expect(stdout).toMatch(/│ extra-pack\s+│ 1\.0\.0 .*│ DTI_PACKS_PATH\s+│/);
    expect(stdout).toMatch(/│ single-pack\s+│ 1\.0\.0 .*│ DTI_PACKS_PATH\s+│/);
    const { packs } = JSON.parse((await run(["packs", "--json"], { cwd: work, hostDir: root, env })).stdout);
    expect(packs.map((p: { id: string; origin: string }) => [p.id, p.origin])).toEqual([
      ["local-pack", "indicator-packs"],
      ["extra-pack", "DTI_PACKS_PATH"],
      ["single-pack", "DTI_PACKS_PATH"],
    ]);
    // found packs are used by id like installed ones
    const validated = await run(["pack", "validate", "extra-pack"], { cwd: work, hostDir: root, env });
    expect(validated.code).toBe(0);
  });

  it("lists the repository's packs as package dependencies (deduplicated with indicator-packs/)", async () => {
    const { packs } = JSON.parse((await run(["packs", "--json"], { env: {} })).stdout);
    const ids = packs.map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(packs.find((p: { id: string }) => p.id === "dti-province-2022")).toMatchObject({ origin: "dependency" });
  });
});

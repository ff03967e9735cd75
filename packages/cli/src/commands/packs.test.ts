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
    const { code, stdout } = await run(["packs"], { cwd: dir, hostDir: dir });
    expect(code).toBe(0);
    expect(stdout).toBe("No indicator packs are installed.\n");
    expect(JSON.parse((await run(["packs", "--json"], { cwd: dir, hostDir: dir })).stdout)).toEqual({ packs: [] });
  });

  it("finds installed packs by id for other commands", async () => {
    const dir = host();
    const { code, stdout } = await run(["pack", "validate", "sample-pack"], { cwd: tempDir(), hostDir: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ sample-pack 1\.0\.0 \(package: @test\/sample-pack\)/);
  });
});

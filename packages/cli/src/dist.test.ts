import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createEngine } from "@dti/engine";
import { discoverInstalledPacks, importPackFromDirectory } from "@dti/engine/node";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_PACKAGE_DIR } from "./io";
import { run } from "./test/run";

/**
 * The compiled command, as `pnpm dti …` runs it: `node packages/cli/dist/bin.js`, plain JavaScript
 * (`pnpm build`; turbo builds it before these tests). It must answer as the sources do, with the same
 * packs (read from the prebuilt bundles in dist/packs, same hashes) and without tsx unless a pack
 * directory is named.
 */
const root = resolve(CLI_PACKAGE_DIR, "..", "..");
const bin = join(CLI_PACKAGE_DIR, "dist", "bin.js");
const demo = "indicator-packs/dti-province-2022/demo/demo-2022.json";

function dti(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(bin))
    execFileSync(process.execPath, ["--import", "tsx", join(root, "tooling/build/src/cli.ts"), "bin=src/bin.ts", "--packs", "--shebang"], {
      cwd: CLI_PACKAGE_DIR,
    });
}, 120_000);

describe("the compiled dti command (dist/bin.js)", () => {
  it("is plain JavaScript run by node: no tsx in the file, a node shebang", () => {
    const text = readFileSync(bin, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    // tsx appears only as the loader registered, lazily, for a pack directory.
    expect(text.match(/["']tsx[/"']/g) ?? []).toEqual(['"tsx/']);
    expect(dti(["--version"])).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it("scores the demo as the sources do", async () => {
    const compiled = dti(["score", "--input", demo, "--json"]);
    expect(compiled.code).toBe(0);
    const sources = await run(["score", "--input", demo, "--json"], { cwd: root });
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(sources.stdout));
    expect(JSON.parse(compiled.stdout).units).toHaveLength(3);
  });

  it("lists the installed packs from the prebuilt bundles with the hashes of the packages themselves", async () => {
    const listed = JSON.parse(dti(["packs", "--json"]).stdout) as { packs: { id: string; version: string; hash: string }[] };
    const engine = createEngine();
    const fromSources = await Promise.all(
      discoverInstalledPacks(CLI_PACKAGE_DIR).map(async (p) => engine.load(await importPackFromDirectory(p.dir)).ref),
    );
    expect(listed.packs.map((p) => [p.id, p.version, p.hash])).toEqual(fromSources.map((r) => [r.id, r.version, r.hash]));
    expect(listed.packs.map((p) => p.id)).toContain("dti-province-2022");
  });

  it("validates a pack directory (TypeScript) through tsx's loader, registered for that command", () => {
    const { code, stdout } = dti(["pack", "validate", "indicator-packs/example-pack"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ example-pack 0\.1\.0 \(directory: /);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createEngine } from "@dti/engine";
import { discoverInstalledPacks, importPackFromDirectory } from "@dti/engine/node";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_PACKAGE_DIR } from "./io";
import { run, testEnv } from "./test/run";

/**
 * The compiled command, as `pnpm dti …` runs it: `node packages/cli/dist/bin.js`, plain JavaScript
 * (`pnpm build`; turbo builds it before these tests). It must answer as the sources do, with the same
 * packs (read from the prebuilt bundles in dist/packs, same hashes) and without tsx unless a pack
 * directory is named.
 */
const root = resolve(CLI_PACKAGE_DIR, "..", "..");
const bin = join(CLI_PACKAGE_DIR, "dist", "bin.js");
const demo = "indicator-packs/dti-province-2022/demo/demo-2022.json";
const dist = join(CLI_PACKAGE_DIR, "dist");

/** The files and third-party packages a compiled file imports when it is loaded (static imports, followed). */
function staticGraph(file: string, seen = new Set<string>(), packages = new Set<string>()): { files: Set<string>; packages: Set<string> } {
  if (seen.has(file)) return { files: seen, packages };
  seen.add(file);
  for (const [, target] of readFileSync(join(dist, file), "utf8").matchAll(/^import(?:[^"']*from)?\s*["']([^"']+)["']/gm)) {
    if (target!.startsWith("./")) staticGraph(target!.slice(2), seen, packages);
    else if (!target!.startsWith("node:")) packages.add(target!);
  }
  return { files: seen, packages };
}

function dti(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", timeout: 60_000, env: testEnv() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(bin))
    execFileSync(process.execPath, ["--import", "tsx", join(root, "tooling/build/src/cli.ts"), "bin=src/bin.ts", "--packs", "--shebang"], {
      cwd: CLI_PACKAGE_DIR,
    });
}, 120_000);

describe("the compiled dti command (dist/bin.js)", () => {
  it("is plain JavaScript run by node: no tsx in the files, a node shebang", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    // tsx appears only as the loader registered, lazily, for a pack directory.
    const text = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(join(dist, f), "utf8"))
      .join("\n");
    expect(text.match(/["']tsx[/"']/g) ?? []).toEqual(['"tsx/']);
    expect(dti(["--version"])).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it("starts without loading any command's work: the engine, packs and their libraries are imported when a command runs", () => {
    const start = staticGraph("bin.js");
    // commander (to read the command line) is the only library loaded before a command runs.
    expect([...start.packages]).toEqual(["commander"]);
    const size = [...start.files].reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
    expect(size).toBeLessThan(150_000);
    // Each command is a file of its own, imported by `dti <command>`: score loads the engine, units does not.
    const commandFile = (name: string) => readdirSync(dist).find((f) => f.startsWith(`${name}-`) && f.endsWith(".js"))!;
    // jsep (expressions) and semver (engine ranges) come with the engine.
    expect(staticGraph(commandFile("score")).packages).toContain("jsep");
    expect(staticGraph(commandFile("units")).packages).not.toContain("jsep");
    expect(staticGraph(commandFile("units")).packages).not.toContain("semver");
    expect(staticGraph(commandFile("score")).packages).not.toContain("exceljs");
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
    expect(stdout).toMatch(/^✓ example-pack 0\.1\.0 \(thư mục: /);
  });

  it("chooses the pack for a year from the prebuilt manifest's metadata (years, legal basis date)", () => {
    const manifest = JSON.parse(readFileSync(join(dist, "packs", "index.json"), "utf8")) as {
      packs: { id: string; years: number[]; legalBasisDate: string }[];
    };
    expect(manifest.packs.find((p) => p.id === "dti-province-2022")).toMatchObject({ years: [2021, 2022, 2023] });
    for (const p of manifest.packs) expect(p.legalBasisDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { pack: _named, ...request } = JSON.parse(readFileSync(join(root, demo), "utf8")) as { pack: string };
    const file = join(mkdtempSync(join(tmpdir(), "dti-dist-")), "no-pack.json");
    writeFileSync(file, JSON.stringify(request));
    const chosen = dti(["score", "--input", file, "--json", "--lang", "en"]);
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).toMatch(/^dti: no --pack given: dti-province-2022 \S+ is the installed pack for 2022\n$/);
    expect(JSON.parse(chosen.stdout).pack.id).toBe("dti-province-2022");
  });
});

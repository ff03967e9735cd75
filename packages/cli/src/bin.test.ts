import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_PACKAGE_DIR } from "./io";
import { testEnv } from "./test/run";

/** The command from its sources, as `pnpm dti:dev …` runs it from the repository root (`tsx packages/cli/src/bin.ts`); the compiled one is in dist.test.ts. */
const root = resolve(CLI_PACKAGE_DIR, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

function dti(args: string[], runner: "tsx" | "node" = "node") {
  const [command, prefix] = runner === "tsx" ? [tsx, []] : [process.execPath, ["--import", "tsx"]];
  const result = spawnSync(command, [...prefix, "packages/cli/src/bin.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: testEnv(),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the dti command, spawned", () => {
  it("runs through the root's tsx like `pnpm dti:dev`", () => {
    expect(existsSync(tsx)).toBe(true);
    const { code, stdout } = dti(["--version"], "tsx");
    expect(code).toBe(0);
    expect(stdout.trim()).toBe("0.1.0");
  });

  it("prints JSON alone on stdout, so it can be piped", () => {
    const { code, stdout, stderr } = dti(["score", "--input", "indicator-packs/dti-province-2022/demo/demo-2022.json", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).units).toHaveLength(3);
  });

  it("exits 1 on data errors and 2 on usage errors, messages on stderr", () => {
    const missing = dti(["score", "--pack", "dti-province-2022", "--input", "no-such-file.json", "--lang", "en"]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/^error FILE_NOT_FOUND: no-such-file\.json: no such file/);
    const usage = dti(["frobnicate"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error USAGE: không có lệnh 'frobnicate'/);
  });

  it("prints help on stdout with exit 0", () => {
    const { code, stdout } = dti(["--help"]);
    expect(code).toBe(0);
    for (const command of ["packs", "pack", "score", "aggregate", "explain", "demo"])
      expect(stdout).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
  });
});

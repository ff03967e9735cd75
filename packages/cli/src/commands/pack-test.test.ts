import { cpSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { CLI_PACKAGE_DIR } from "../io";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";

const example = realpathSync(join(CLI_PACKAGE_DIR, "node_modules", "@dti-packs", "example-pack"));

describe("dti pack test", () => {
  it("runs an installed pack's golden cases and published figures and prints a summary", async () => {
    const { code, stdout, stderr } = await run(["--lang", "en", "pack", "test", "dti-province-2022"], { env: {} });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("✓ cases/ratios.yaml: 19 passed, 0 failed");
    expect(stdout).toContain("✓ published-2022.yaml: 5 passed, 0 failed");
    expect(stdout).toMatch(/✓ 61 passed, 0 failed\n$/);
  });

  it("says why published figures it cannot rebuild are not checked", async () => {
    const { code, stdout } = await run(["--lang", "en", "pack", "test", "dti-province-2024"], { env: {} });
    expect(code).toBe(0);
    expect(stdout).toContain("– published-2024.yaml: not checked (");
  });

  it("fails with expected vs got on a wrong golden case, in a pack directory; JSON for an installed one", async () => {
    const root = tempDir();
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const dir = join(root, "example-copy");
    cpSync(example, dir, { recursive: true, filter: (p) => !p.endsWith("node_modules") });
    symlinkSync(join(example, "node_modules"), join(dir, "node_modules"), "dir");
    writeFileSync(
      join(dir, "fixtures", "cases", "zz-wrong.yaml"),
      ["cases:", '  - name: "deliberately wrong"', "    period: 2099", "    input: {}", "    expected: { overall: 0.5 }", ""].join("\n"),
    );
    const byDir = await run(["--lang", "en", "pack", "test", dir], { cwd: root, env: {} });
    expect(byDir.code).toBe(1);
    expect(byDir.stdout).toContain("✗ cases/zz-wrong.yaml: 0 passed, 1 failed");
    expect(byDir.stdout).toMatch(/✗ cases\/zz-wrong\.yaml: deliberately wrong\n {6}CASE overall: expected 0\.5, got 0\n/);
    const json = await run(["pack", "test", "example-pack", "--json"], { cwd: root, env: {} });
    expect(JSON.parse(json.stdout)).toMatchObject({ pack: "example-pack", failed: 0 });
  });
});

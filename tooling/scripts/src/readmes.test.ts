import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readmeProblems, workspaceGroups, workspacePackages } from "./readmes";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * READMEs being rewritten on other branches (issue 8, "Clean boundaries"), which will gain their
 * "Must never import" section there. Remove a package from this list once its README has it.
 */

describe("every package, pack and tool", () => {
  const packages = workspacePackages(root);

  it("is found in the workspace folders", () => {
    expect(workspaceGroups(root)).toEqual(["apps", "packages", "indicator-packs", "tooling"]);
    expect(packages).toEqual(expect.arrayContaining(["apps/web", "packages/contracts", "indicator-packs/example-pack", "tooling/scripts"]));
  });

  it('has a README.md with a "never import" section (what it is, its API with an example, what it must never import)', () => {
    const problems = readmeProblems(root, packages);
    expect(problems.map((p) => `${p.pkg}: ${p.problem}`)).toEqual([]);
  });
});

describe("readmeProblems", () => {
  it("checks each package folder found when it runs: a missing README, a README without the section", () => {
    const dir = mkdtempSync(join(tmpdir(), "readmes-"));
    writeFileSync(join(dir, "pnpm-workspace.yaml"), 'packages:\n  - packages/*\n  - "tools/*"\n\ncatalog:\n  zod: 4.0.0\n');
    const pkg = (path: string, readme?: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, "package.json"), "{}");
      if (readme !== undefined) writeFileSync(join(dir, path, "README.md"), readme);
    };
    pkg("packages/good", "# good\n\nWhat it is.\n\n## Must never import\n\n- the engine\n");
    pkg("packages/silent", "# silent\n\nIt never imports anything, but says so in no heading.\n");
    pkg("packages/bare");
    pkg("tools/other", "# other\n\n### What it never imports\n");
    mkdirSync(join(dir, "packages/not-a-package"));
    expect(workspaceGroups(dir)).toEqual(["packages", "tools"]);
    expect(readmeProblems(dir)).toEqual([
      { pkg: "packages/bare", problem: "no README.md" },
      { pkg: "packages/silent", problem: 'no "never import" section' },
    ]);
  });
});

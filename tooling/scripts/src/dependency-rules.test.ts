import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dependencyProblems } from "./dependency-rules";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("the layering of the workspace", () => {
  it("holds: no package depends on what its README says it must never import", () => {
    expect(dependencyProblems(root).map((p) => `${p.pkg} → ${p.dependency} (${p.why})`)).toEqual([]);
  });
});

describe("dependencyProblems", () => {
  it("finds a pack depending on the engine and a CLI depending on the router, and allows dev dependencies", () => {
    const dir = mkdtempSync(join(tmpdir(), "deps-"));
    writeFileSync(join(dir, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n  - indicator-packs/*\n");
    const write = (pkg: string, json: object) => {
      mkdirSync(join(dir, pkg), { recursive: true });
      writeFileSync(join(dir, pkg, "package.json"), JSON.stringify(json));
    };
    write("indicator-packs/p", { dependencies: { "@dti/pack-sdk": "1", "@dti/engine": "1" }, devDependencies: { "@dti/engine": "1" } });
    write("packages/cli", { dependencies: { "@dti/engine": "1", "@dti/api-router": "1" } });
    write("packages/web-like", { dependencies: { "@dti/api-router": "1" } });
    expect(dependencyProblems(dir).map((p) => `${p.pkg} → ${p.dependency}`)).toEqual([
      "packages/cli → @dti/api-router",
      "indicator-packs/p → @dti/engine",
    ]);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "@dti/engine";
import { resolvePackSource } from "@dti/engine/node";
import { parseCaseFile, runCase } from "@dti/pack-sdk/testing";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { CLI_PACKAGE_DIR } from "../io";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";
import { templateDir } from "./pack-new";

let dir: string;

/**
 * What `pnpm install` would do for the new package's workspace dependencies, without the network: link
 * @dti/pack-sdk (which the pack's sources import) into the temporary directory's node_modules.
 */
function linkWorkspaceDeps(root: string): void {
  const scope = join(root, "node_modules", "@dti");
  mkdirSync(scope, { recursive: true });
  for (const name of ["pack-sdk", "contracts"])
    symlinkSync(realpathSync(join(CLI_PACKAGE_DIR, "node_modules", "@dti", name)), join(scope, name), "dir");
}

beforeAll(() => {
  dir = tempDir();
  linkWorkspaceDeps(dir);
});

describe("dti pack new", () => {
  it("scaffolds a pack that validates with the engine and passes its golden cases", async () => {
    const { code, stdout, stderr } = await run(
      ["pack", "new", "dti-province-2026", "--dir", "packs", "--title", "Bộ chỉ số DTI 2026 (bản nháp)"],
      { cwd: dir },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const target = join(dir, "packs", "dti-province-2026");
    expect(stdout.split("\n")[0]).toBe(
      `Đã tạo bộ chỉ số dti-province-2026 tại ${join("packs", "dti-province-2026")} (bản sao của example-pack, phiên bản 0.1.0)`,
    );
    expect(stdout).toContain(
      "  Đã thay example-pack → dti-province-2026 trong: CHANGELOG.md, README.md, package.json, src/meta.ts, src/pack.test.ts\n",
    );
    for (const step of ["pnpm install", "pnpm dti pack validate packs/dti-province-2026", "fixtures/cases/*.yaml", "pnpm changeset"])
      expect(stdout).toContain(step);

    // The copy: no installed or generated folders, no release record (it has released nothing), the new id and
    // package name, version 0.1.0, a fresh changelog.
    const template = templateDir(CLI_PACKAGE_DIR);
    expect(readdirSync(template)).toContain("pack-versions.json");
    expect(readdirSync(target).sort()).toEqual(
      readdirSync(template)
        .filter((f) => !["node_modules", ".turbo", ".test-results", "pack-versions.json"].includes(f))
        .sort(),
    );
    const pkg = JSON.parse(readFileSync(join(target, "package.json"), "utf8"));
    expect(pkg).toMatchObject({
      name: "@dti-packs/dti-province-2026",
      version: "0.1.0",
      dti: { kind: "indicator-pack", id: "dti-province-2026" },
    });
    expect(readFileSync(join(target, "CHANGELOG.md"), "utf8")).toBe("# @dti-packs/dti-province-2026\n");
    for (const file of ["package.json", "src/meta.ts", "src/pack.test.ts", "README.md"])
      expect(readFileSync(join(target, file), "utf8")).not.toContain("example-pack");

    // Green: it loads from its directory and validates, and every golden case passes under the engine.
    const engine = createEngine();
    const { content, source } = await resolvePackSource(target, dir);
    expect(source.kind).toBe("directory");
    const loaded = engine.load(content);
    expect(loaded.ref).toMatchObject({ id: "dti-province-2026", version: "0.1.0" });
    expect(loaded.pack.meta.title.vi).toBe("Bộ chỉ số DTI 2026 (bản nháp)");
    const caseDir = join(target, "fixtures", "cases");
    const cases = readdirSync(caseDir)
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((f) => parseCaseFile(readFileSync(join(caseDir, f), "utf8"), f));
    expect(cases.length).toBeGreaterThan(5);
    const outcomes = cases.map((c) =>
      runCase(c, loaded.ref.id, (request, options) => engine.score(loaded, request, { mode: options.mode, explain: false })),
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);

    // And through the CLI, as the next steps say.
    const validate = await run(["pack", "validate", "packs/dti-province-2026", "--lang", "en"], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^✓ dti-province-2026 0\.1\.0 \(directory: .*dti-province-2026\): 0 error\(s\)/);
  });

  it("keeps the example's title without --title, and refuses an existing directory", async () => {
    const first = await run(["pack", "new", "my-pack"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, "indicator-packs", "my-pack", "src", "meta.ts"), "utf8")).toContain(
      'vi: "Bộ chỉ số mẫu (ví dụ cho người viết bộ chỉ số)"',
    );
    const again = await run(["--lang", "en", "pack", "new", "my-pack"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toBe(
      `error PACK_EXISTS: ${join(dir, "indicator-packs", "my-pack")} already exists: choose another id or --dir, or remove it first\n`,
    );
  });

  it.each(["DTI-2026", "dti_2026", "2026-dti", "dti--2026", "dti-2026-", "example-pack"])(
    "refuses the id %s with PACK_ID_INVALID (exit 2)",
    async (id) => {
      const { code, stderr } = await run(["pack", "new", id, "--dir", "refused"], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error PACK_ID_INVALID: "/);
      expect(existsSync(join(dir, "refused"))).toBe(false);
    },
  );

  it("--from copies a pack as its next revision: found through DTI_PACKS_PATH, validated against its source, no package.json edited", async () => {
    const root = tempDir();
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const env = { DTI_PACKS_PATH: join(root, "packs") };
    const created = await run(["pack", "new", "dti-province-2026", "--from", "dti-province-2022", "--dir", "packs", "--lang", "en"], {
      cwd: root,
      env,
    });
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(
      "Created dti-province-2026 in packs/dti-province-2026: the next revision of dti-province-2022, version 1.0.0, years 2026",
    );
    const target = join(root, "packs", "dti-province-2026");
    expect(existsSync(join(target, "pack-versions.json"))).toBe(false);
    expect(existsSync(join(target, "fixtures", "published-2022.yaml"))).toBe(false);
    expect(readdirSync(join(target, "fixtures", "cases")).length).toBeGreaterThan(0);
    const pkg = JSON.parse(readFileSync(join(target, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "@dti-packs/dti-province-2026", version: "1.0.0", dti: { id: "dti-province-2026" } });

    const listed = JSON.parse((await run(["packs", "--json"], { cwd: root, env })).stdout).packs;
    expect(listed.find((p: { id: string }) => p.id === "dti-province-2026")).toMatchObject({
      status: "ok",
      origin: "DTI_PACKS_PATH",
      version: "1.0.0",
      years: [2026],
    });
    const validated = await run(["pack", "validate", "dti-province-2026", "--json"], { cwd: root, env });
    expect(validated.code).toBe(0);
    const report = JSON.parse(validated.stdout);
    expect(JSON.stringify(report)).not.toContain("CROSSWALK_UNCHECKED");

    const { content } = await resolvePackSource(target, root);
    const pack = createEngine().load(content).pack;
    expect(pack.crosswalks).toHaveLength(1);
    const [crosswalk] = pack.crosswalks;
    expect(crosswalk!.from).toBe("dti-province-2022");
    const mappings = [...crosswalk!.pillars, ...crosswalk!.indices, ...crosswalk!.indicators];
    expect(mappings.length).toBeGreaterThan(100);
    expect(new Set(mappings.map((m) => m.relation))).toEqual(new Set(["same"]));

    const again = await run(["pack", "new", "dti-province-2026", "--from", "dti-province-2022", "--dir", "packs"], { cwd: root, env });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain("PACK_EXISTS");
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildPackBundles, bundleEntries } from "./build";

const dirs: string[] = [];
function app(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dti-build-"));
  dirs.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@dti/fixture", type: "module" }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("bundleEntries", () => {
  it("writes one ESM file per entry in which import.meta.url names the source file and __DTI_COMPILED__ is true", async () => {
    const dir = app({
      "src/main.ts": `#!/usr/bin/env -S node --import tsx\nimport { where } from "./lib/where";\ndeclare const __DTI_COMPILED__: boolean | undefined;\nconsole.log(JSON.stringify({ where, compiled: typeof __DTI_COMPILED__ !== "undefined" && __DTI_COMPILED__ }));\n`,
      "src/lib/where.ts": `import { fileURLToPath } from "node:url";\nexport const where: string = fileURLToPath(new URL("../../data/x.csv", import.meta.url));\n`,
    });
    await bundleEntries({ packageDir: dir, entries: { main: "src/main.ts" }, shebang: true });
    const out = execFileSync(process.execPath, [join(dir, "dist", "main.js")], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ where: join(dir, "data", "x.csv"), compiled: true });
    expect(execFileSync("head", ["-1", join(dir, "dist", "main.js")], { encoding: "utf8" })).toBe("#!/usr/bin/env node\n");
  });

  it("fails on a third-party import that the app itself cannot resolve, naming what to add", async () => {
    const dir = app({ "src/main.ts": `import left from "left-pad-not-installed";\nconsole.log(left);\n` });
    await expect(bundleEntries({ packageDir: dir, entries: { main: "src/main.ts" } })).rejects.toThrow(
      /"left-pad-not-installed" \(imported by src\/main\.ts\) does not resolve from @dti\/fixture: add it/,
    );
  });

  it("with splitting, puts a module reached by import() in a file of its own, loaded only when imported, its import.meta.url intact", async () => {
    const dir = app({
      "src/main.ts": `const command = process.argv[2];\nif (command === "late") console.log((await import("./late")).where);\nelse console.log("early");\n`,
      "src/late.ts": `import { fileURLToPath } from "node:url";\nexport const where: string = fileURLToPath(new URL("../data/x.csv", import.meta.url));\n`,
    });
    await bundleEntries({ packageDir: dir, entries: { main: "src/main.ts" }, splitting: true });
    const files = readdirSync(join(dir, "dist")).filter((f) => f.endsWith(".js"));
    expect(files.length).toBe(2);
    expect(readFileSync(join(dir, "dist", "main.js"), "utf8")).not.toContain("data/x.csv");
    expect(execFileSync(process.execPath, [join(dir, "dist", "main.js")], { encoding: "utf8" })).toBe("early\n");
    expect(execFileSync(process.execPath, [join(dir, "dist", "main.js"), "late"], { encoding: "utf8" })).toBe(
      `${join(dir, "data", "x.csv")}\n`,
    );
  });
});

describe("buildPackBundles", () => {
  it("lists each installed pack with its years and legal basis date, to choose a pack without reading its bundle", async () => {
    const out = mkdtempSync(join(tmpdir(), "dti-build-packs-"));
    dirs.push(out);
    const manifest = await buildPackBundles(resolve(import.meta.dirname, "..", "..", "..", "packages", "cli"), out);
    const dti2022 = manifest.packs.find((p) => p.id === "dti-province-2022")!;
    expect(dti2022).toMatchObject({ years: [2021, 2022, 2023], file: "dti-province-2022.json" });
    expect(dti2022.legalBasisDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const bundle = JSON.parse(readFileSync(join(out, dti2022.file), "utf8")) as {
      pack: { meta: { years: number[]; legalBasis: { date: string } } };
    };
    expect(bundle.pack.meta.years).toEqual(dti2022.years);
    expect(bundle.pack.meta.legalBasis.date).toBe(dti2022.legalBasisDate);
  });
});

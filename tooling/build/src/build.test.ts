import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleEntries } from "./build";

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
});

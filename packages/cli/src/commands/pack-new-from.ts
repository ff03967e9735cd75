import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Engine } from "@dti/engine";
import { draftCrosswalk, type Pack } from "@dti/pack-sdk";
import { importPackDirectory } from "../installed-packs";
import { CliError } from "../errors";
import { both } from "../i18n/catalogue";
import type { CliIo } from "../io";
import { packsOf } from "../packs";

/**
 * Not copied from the source pack: installed dependencies, build and test output, its release record
 * (the new pack has released nothing), its own test files (they count the source's content: a new
 * pack.test.ts is written) and its published figures (of the source's years).
 */
function skipped(path: string, root: string): boolean {
  const name = basename(path);
  if (["node_modules", ".turbo", ".test-results", "dist", "pack-versions.json"].includes(name)) return true;
  if (/\.test\.[cm]?[jt]s$/.test(name)) return true;
  return path === join(root, "fixtures", name) && /^published-.*\.ya?ml$/.test(name);
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules") return [];
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(ts|js|mjs|cjs|json|ya?ml|md|txt|csv)$/i.test(name) ? [path] : [];
  });
}

/** The source pack's directory: a found pack (id or package name) or a pack directory. */
export function sourcePackDir(reference: string, io: CliIo): { id: string; packageName: string; dir: string } {
  const found = packsOf(io).find((p) => p.id === reference || p.packageName === reference);
  if (found) return { id: found.id, packageName: found.packageName, dir: realpathSync(found.dir) };
  const dir = resolve(io.cwd, reference);
  const pkgFile = join(dir, "package.json");
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { name?: string; dti?: { kind?: string; id?: string } };
    if (pkg.dti?.kind === "indicator-pack" && pkg.dti.id)
      return { id: pkg.dti.id, packageName: pkg.name ?? pkg.dti.id, dir: realpathSync(dir) };
  }
  throw new CliError(
    "PACK_NOT_FOUND",
    both("pack.sourceNotFound", {
      reference,
      found: packsOf(io)
        .map((p) => p.id)
        .join(", "),
    }),
  );
}

/**
 * The years of the new pack: those given, else the year in its id when it comes after the source's
 * last (dti-province-2026 → 2026), else the year after the source's last.
 */
export function newYears(id: string, source: Pack, given?: number[]): number[] {
  if (given && given.length > 0) return given;
  const last = Math.max(...source.meta.years);
  const inId = /(?:^|-)(\d{4})$/.exec(id);
  const year = inId ? Number(inId[1]) : NaN;
  return [year > last ? year : last + 1];
}

/** Links the source's installed dependencies (and the source itself) so the copy loads before `pnpm install`. */
function linkDependencies(sourceDir: string, target: string, sourcePackage: string): void {
  const modules = join(target, "node_modules");
  mkdirSync(modules, { recursive: true });
  const from = join(sourceDir, "node_modules");
  const link = (name: string, to: string) => {
    const at = join(modules, name);
    mkdirSync(join(at, ".."), { recursive: true });
    if (!existsSync(at)) symlinkSync(to, at, "dir");
  };
  if (existsSync(from))
    for (const name of readdirSync(from)) {
      if (name.startsWith(".") || name === "@dti-packs") continue;
      const path = join(from, name);
      if (name.startsWith("@") && lstatSync(path).isDirectory() && !lstatSync(path).isSymbolicLink())
        for (const sub of readdirSync(path)) link(`${name}/${sub}`, realpathSync(join(path, sub)));
      else link(name, realpathSync(path));
    }
  link(sourcePackage, sourceDir);
}

function crosswalksModule(source: Pack, crosswalk: unknown): string {
  return `import type { PackDefinition } from "@dti/pack-sdk";

/**
 * From ${source.meta.id} ${source.meta.version}, of which this pack began as a copy (\`dti pack new --from\`):
 * every pillar, index and indicator maps "same" until the content is revised. \`dti pack validate\`
 * checks each mapping against both packs, so a revised indicator still called "same" is refused: change
 * its relation as you revise (\`dti pack diff ${source.meta.id} <this pack> --crosswalk-draft\` prints a draft).
 */
export const crosswalks = [
${JSON.stringify(crosswalk, null, 2)
  .split("\n")
  .map((line) => `  ${line}`)
  .join("\n")},
] satisfies PackDefinition["crosswalks"];
`;
}

/** Spelt apart: the build rewrites that expression in this file's own code, and it must reach the test file as written. */
const META_URL = ["import", "meta", "url"].join(".");

function testModule(id: string, sourcePackage: string, hasCases: boolean): string {
  return `import { fileURLToPath } from "node:url";
import source from "${sourcePackage}";
import { createEngine } from "@dti/engine";
import { describePack } from "@dti/pack-sdk/testing";
import definition from "./index";

const engine = createEngine();
const loaded = engine.load(definition);

// ${id}: validates, speaks Vietnamese and English, scores each golden case of fixtures/cases/ as written
// (the same runner as \`dti pack test\`), its crosswalk is checked against the source pack's content, and
// its content against the released one (pack-versions.json, once \`dti pack release\` wrote it).
describePack(definition, {
${hasCases ? `  casesDir: fileURLToPath(new URL("../fixtures/cases/", ${META_URL})),\n` : ""}  score: (request, options) => engine.score(loaded, request, options),
  evidence: true,
  packs: [source],
  versionsFile: fileURLToPath(new URL("../pack-versions.json", ${META_URL})),
});
`;
}

export interface RevisionCopy {
  source: Pack;
  years: number[];
  version: string;
  mappings: number;
}

/** The version a copy starts at: 1.0.0 — versions count the releases of one id, and the new id is the new major of the framework. */
export const COPY_VERSION = "1.0.0";

/**
 * Copies the source pack to `target` as the next revision of its framework: the new id (and package
 * name) everywhere, the new years, version 1.0.0, an empty changelog, one crosswalk to the source with
 * every mapping "same", its golden cases (periods moved to the new year) and a test file that runs them.
 */
export async function copyPackAsRevision(
  io: CliIo,
  engine: Engine,
  from: string,
  target: string,
  id: string,
  options: { years?: number[]; title?: string } = {},
): Promise<RevisionCopy> {
  const src = sourcePackDir(from, io);
  if (src.id === id) throw new CliError("PACK_ID_INVALID", both("packNew.sourceId", { id }));
  const source = engine.load(await importPackDirectory(src.dir)).pack;
  const years = newYears(id, source, options.years);
  const newPackage = src.packageName.includes(src.id) ? src.packageName.split(src.id).join(id) : `@dti-packs/${id}`;
  cpSync(src.dir, target, { recursive: true, filter: (path) => !skipped(path, src.dir) });

  for (const file of textFiles(target)) {
    const before = readFileSync(file, "utf8");
    let after = before.split(src.packageName).join(newPackage).split(src.id).join(id);
    if (options.title !== undefined) after = after.split(source.meta.title.vi).join(options.title);
    if (file === join(target, "src", "meta.ts")) after = after.replace(/\byears:\s*\[[^\]]*\]/, `years: [${years.join(", ")}]`);
    if (file.startsWith(join(target, "fixtures", "cases")))
      after = after.replace(/^(\s*-?\s*period:\s*)(\d{4})\b/gm, (all, head: string, year: string) =>
        source.meta.years.includes(Number(year)) ? `${head}${years[0]}` : all,
      );
    if (file === join(target, "package.json")) {
      const pkg = JSON.parse(after) as { version?: string; devDependencies?: Record<string, string> };
      pkg.version = COPY_VERSION;
      const dev = Object.fromEntries(Object.entries(pkg.devDependencies ?? {}).filter(([name]) => !name.startsWith("@dti-packs/")));
      pkg.devDependencies = Object.fromEntries(
        Object.entries({ ...dev, [src.packageName]: "workspace:*" }).sort(([a], [b]) => a.localeCompare(b)),
      );
      after = `${JSON.stringify(pkg, null, 2)}\n`;
    }
    if (after !== before) writeFileSync(file, after);
  }
  writeFileSync(
    join(target, "CHANGELOG.md"),
    `# ${newPackage}\n\nBegan as a copy of ${src.id} ${source.meta.version} (\`dti pack new ${id} --from ${src.id}\`).\n`,
  );

  const crosswalk = {
    ...draftCrosswalk(source, source),
    from: src.id,
    note: `${src.id} → ${id}: copied as the next revision; every mapping is "same" until the content is revised.`,
  };
  writeFileSync(join(target, "src", "crosswalks.ts"), crosswalksModule(source, crosswalk));
  const index = join(target, "src", "index.ts");
  const indexText = readFileSync(index, "utf8");
  if (!/\bcrosswalks\b/.test(indexText)) {
    if (!indexText.includes("definePack({")) throw new CliError("PACK_LOAD_FAILED", both("pack.noDefinePack", { file: index }));
    writeFileSync(index, `import { crosswalks } from "./crosswalks";\n${indexText.replace("definePack({", "definePack({\n  crosswalks,")}`);
  } else if (existsSync(join(target, "src", "crosswalk.ts")) && !/from "\.\/crosswalks"/.test(indexText)) {
    writeFileSync(index, indexText.replace(/from "\.\/crosswalk"/, 'from "./crosswalks"'));
  }
  const hasCases = existsSync(join(target, "fixtures", "cases"));
  writeFileSync(join(target, "src", "pack.test.ts"), testModule(id, src.packageName, hasCases));
  linkDependencies(src.dir, target, src.packageName);
  const mappings = crosswalk.pillars.length + crosswalk.indices.length + crosswalk.indicators.length;
  return { source, years, version: COPY_VERSION, mappings };
}

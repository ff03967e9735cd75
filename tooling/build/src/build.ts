import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { createEngine, ENGINE_VERSION } from "@dti/engine";
import { discoverInstalledPacks, importPackFromDirectory } from "@dti/engine/node";
import * as esbuild from "esbuild";

/**
 * The build step of an app (`apps/api`, `packages/cli`): each entry becomes one ESM file in `dist/`
 * with the workspace packages it loads (`@dti/*`, `@dti-packs/*`, TypeScript) inlined, and third-party
 * packages left as imports (they are installed, and some, like PGlite, load files next to themselves).
 * No tsx at run time: `node dist/<entry>.js`.
 *
 * Two rules keep compiled code behaving like the sources:
 * - `import.meta.url` in an inlined module still names that module's source file (rewritten to
 *   `new URL("../src/…/file.ts", import.meta.url).href`), so files read next to the sources (data CSVs,
 *   demo JSON, package.json, the web root, `.data/`) are found from `dist/` as from `src/`.
 * - `__DTI_COMPILED__` is `true` in the bundle (undefined under tsx): the app then loads its installed
 *   packs from the JSON bundles written by {@link buildPackBundles} instead of importing TypeScript.
 */
export interface BuildOptions {
  /** The app's package directory (holding package.json). */
  packageDir: string;
  /** Output name → entry file, relative to packageDir: `{ server: "src/server.ts" }` → `dist/server.js`. */
  entries: Record<string, string>;
  /** Prepend `#!/usr/bin/env node` (a command's bin). */
  shebang?: boolean;
  /** Output directory, relative to packageDir (default `dist`). */
  outDir?: string;
  /**
   * Split code reached only through `import()` into files of its own (esbuild's code splitting), next
   * to the entries in the output directory: a command line that imports each command's module when it
   * runs then loads only that command's code (`dti --version` loads none of it).
   */
  splitting?: boolean;
}

/** The marker of compiled code: see {@link BuildOptions}. */
export const COMPILED_DEFINE = "__DTI_COMPILED__";

const WORKSPACE_IMPORT = /^@dti(-packs)?\//;
const BUILTIN = new Set(builtinModules);

function packageNameOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name;
}

/** Third-party imports stay imports, and must resolve from the app itself (or dist/ could not load them). */
function externalsPlugin(packageDir: string): esbuild.Plugin {
  const host = packageNameOf(packageDir);
  return {
    name: "dti-externals",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "dti-check" || WORKSPACE_IMPORT.test(args.path)) return undefined;
        const bare = args.path.startsWith("node:") ? args.path : args.path.split("/")[0]!;
        if (bare.startsWith("node:") || BUILTIN.has(bare)) return { path: args.path, external: true };
        const fromHost = await build.resolve(args.path, { kind: args.kind, resolveDir: packageDir, pluginData: "dti-check" });
        if (fromHost.errors.length > 0)
          return {
            errors: [
              {
                text: `"${args.path}" (imported by ${relative(packageDir, args.importer)}) does not resolve from ${host}: add it to ${host}'s dependencies, so that dist/ can import it`,
              },
            ],
          };
        return { path: args.path, external: true };
      });
    },
  };
}

/** `import.meta.url` of an inlined module keeps naming its source file (relative to the output file). */
function sourceUrlPlugin(outDir: string): esbuild.Plugin {
  return {
    name: "dti-source-url",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        if (args.path.split(sep).includes("node_modules")) return undefined;
        // An entry's own hashbang (`#!/usr/bin/env -S node --import tsx`) is the source's, not dist's.
        const source = readFileSync(args.path, "utf8").replace(/^#!.*/, "");
        const loader = args.path.endsWith("x") ? "tsx" : "ts";
        if (!source.includes("import.meta.url")) return { contents: source, loader };
        const fromOut = relative(outDir, args.path).split(sep).join("/");
        const url = `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`;
        return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader };
      });
    },
  };
}

export async function bundleEntries(options: BuildOptions): Promise<string[]> {
  const outDir = resolve(options.packageDir, options.outDir ?? "dist");
  const result = await esbuild.build({
    absWorkingDir: options.packageDir,
    entryPoints: Object.entries(options.entries).map(([out, entry]) => ({ in: entry, out })),
    outdir: outDir,
    bundle: true,
    splitting: options.splitting ?? false,
    // Chunks sit beside the entries, so the rewritten import.meta.url of their modules (relative to outDir) holds.
    chunkNames: "[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20.11",
    sourcemap: "linked",
    sourcesContent: false,
    define: { [COMPILED_DEFINE]: "true" },
    banner: options.shebang ? { js: "#!/usr/bin/env node" } : {},
    plugins: [externalsPlugin(options.packageDir), sourceUrlPlugin(outDir)],
    logLevel: "warning",
    metafile: true,
  });
  return Object.keys(result.metafile!.outputs).filter((file) => file.endsWith(".js"));
}

/** `dist/packs/index.json`: the installed packs of an app, each prebuilt as a dti-pack-bundle@1 file. */
export const INSTALLED_PACKS_FORMAT = "dti-installed-packs@1";

export interface InstalledPacksManifest {
  format: typeof INSTALLED_PACKS_FORMAT;
  packs: {
    id: string;
    packageName: string;
    version: string;
    hash: string;
    file: string;
    /** The pack's years and the date of its legal basis: enough to choose the pack for a year without reading its bundle. */
    years: number[];
    legalBasisDate: string;
  }[];
}

/**
 * Imports every installed pack of the app (the packs among its dependencies; this runs under tsx),
 * loads it with the engine and writes it as a JSON bundle, as `dti pack build` does: the parsed pack,
 * whose hash is the same when it is loaded again.
 */
export async function buildPackBundles(packageDir: string, outDir = "dist/packs"): Promise<InstalledPacksManifest> {
  const dir = resolve(packageDir, outDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const engine = createEngine();
  const manifest: InstalledPacksManifest = { format: INSTALLED_PACKS_FORMAT, packs: [] };
  for (const installed of discoverInstalledPacks(packageDir)) {
    const loaded = engine.load(await importPackFromDirectory(installed.dir));
    const file = `${installed.id}.json`;
    const bundle = { format: "dti-pack-bundle@1", hash: loaded.ref.hash, builtWith: { engine: ENGINE_VERSION }, pack: loaded.pack };
    writeFileSync(join(dir, file), `${JSON.stringify(bundle)}\n`);
    const { id, packageName, version } = installed;
    const { years, legalBasis } = loaded.pack.meta;
    manifest.packs.push({ id, packageName, version, hash: loaded.ref.hash, file, years: [...years], legalBasisDate: legalBasis.date });
  }
  writeFileSync(join(dir, "index.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Both steps, as an app's `build` script runs them; returns what it wrote, relative to packageDir. */
export async function buildApp(options: BuildOptions & { packs?: boolean }): Promise<string[]> {
  const outDir = resolve(options.packageDir, options.outDir ?? "dist");
  rmSync(outDir, { recursive: true, force: true });
  const written = (await bundleEntries(options)).map((file) => relative(options.packageDir, resolve(options.packageDir, file)));
  if (options.packs) {
    const manifest = await buildPackBundles(options.packageDir, join(outDir, "packs"));
    written.push(...manifest.packs.map((p) => `${relative(options.packageDir, outDir)}/packs/${p.file} (${p.id} ${p.version})`));
  }
  return written;
}

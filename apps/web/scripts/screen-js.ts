/**
 * The JavaScript each screen of the built web app loads, from the Vite manifest (`build.manifest`):
 * the entry chunk and everything it imports statically, plus the screen's route chunk(s) with their
 * static imports, plus the charts and the map the screen shows as soon as it opens (dynamic imports
 * of the route under src/charts/ and src/map/). Sizes raw and gzipped (level 9, as the build writes
 * the `.gz` files). `tsx scripts/screen-js.ts [--json] [distDir]` prints them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface ScreenJs {
  screen: string;
  /** Manifest keys of the route modules (and the charts shown) beyond the entry. */
  modules: string[];
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Each screen's route modules: the assessment's screens open inside its layout. */
const LAYOUT = "src/routes/assessment/layout.tsx";
const SHOWN_AT_ONCE = /^src\/(charts|map)\//;

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, ".vite", "manifest.json");
  if (!existsSync(path)) throw new Error(`no Vite manifest at ${path}: build the web app first (vite build)`);
  return JSON.parse(readFileSync(path, "utf8")) as Manifest;
}

/** Every chunk key reached from `keys` through static imports. */
function closure(manifest: Manifest, keys: readonly string[], into = new Set<string>()): Set<string> {
  const visit = (key: string) => {
    if (into.has(key)) return;
    into.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  keys.forEach(visit);
  return into;
}

/**
 * One entry per screen: "entry (sign-in, home)" for the entry alone, then one per route module the
 * router loads on demand (src/routes/…), named after its path ("assessment/scorecard").
 */
export function screenJs(distDir: string): ScreenJs[] {
  const manifest = readManifest(distDir);
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error("no entry chunk in the Vite manifest");
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(join(distDir, file));
      sizes.set(file, (size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }));
    }
    return size;
  };
  const measure = (screen: string, modules: string[]): ScreenJs => {
    const keys = closure(manifest, [entryKey, ...modules]);
    const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith(".js"));
    return {
      screen,
      modules,
      files,
      rawBytes: files.reduce((sum, f) => sum + sizeOf(f).raw, 0),
      gzipBytes: files.reduce((sum, f) => sum + sizeOf(f).gzip, 0),
    };
  };
  const routes = (manifest[entryKey]!.dynamicImports ?? []).filter((k) => k.startsWith("src/routes/") && k !== LAYOUT);
  return [
    measure("entry (sign-in, home)", []),
    ...routes.map((route) => {
      const shown = (manifest[route]!.dynamicImports ?? []).filter((k) => SHOWN_AT_ONCE.test(k));
      const modules = [...(route.startsWith("src/routes/assessment/") ? [LAYOUT] : []), route, ...shown];
      return measure(route.replace(/^src\/routes\//, "").replace(/\.tsx?$/, ""), modules);
    }),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const distDir = args.find((a) => !a.startsWith("--")) ?? fileURLToPath(new URL("../dist", import.meta.url));
  const screens = screenJs(distDir);
  if (args.includes("--json")) console.log(JSON.stringify(screens.map(({ files: _files, ...s }) => s)));
  else
    for (const s of screens)
      console.log(
        `${s.screen.padEnd(28)} ${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzipped  ${(s.rawBytes / 1024).toFixed(1).padStart(8)} KB raw`,
      );
}

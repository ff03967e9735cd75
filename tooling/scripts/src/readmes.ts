import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folders pnpm-workspace.yaml lists as `<folder>/*` (apps, packages, indicator-packs, tooling). */
export function workspaceGroups(root: string): string[] {
  const text = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  // The indented "- x/*" lines under the top-level "packages:" key, up to the next top-level key.
  const list = text.match(/^packages:[^\n]*\n((?:[ \t]+[^\n]*\n?)*)/m)?.[1] ?? "";
  return [...list.matchAll(/^[ \t]+-[ \t]*["']?([^"'\s*]+)\/\*["']?[ \t]*$/gm)].map((m) => m[1]!);
}

/** Every workspace package found now: a folder of a workspace group holding a package.json. */
export function workspacePackages(root: string): string[] {
  return workspaceGroups(root).flatMap((group) => {
    const dir = join(root, group);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
      .map((entry) => `${group}/${entry.name}`)
      .sort();
  });
}

/** A heading that says what the package must never import: "## Must never import", "## What it never imports" … */
export const NEVER_IMPORT_HEADING = /^#{2,3}\s.*\b(never|must not|may not|does not)\s+imports?\b/im;

export interface ReadmeProblem {
  pkg: string;
  problem: "no README.md" | 'no "never import" section';
}

/**
 * What each package's README lacks: the file itself, or a heading saying what the package must never
 * import. Packages are found when called, so a package added later is checked as it is.
 */
export function readmeProblems(root: string, packages: readonly string[] = workspacePackages(root)): ReadmeProblem[] {
  return packages.flatMap((pkg): ReadmeProblem[] => {
    const file = join(root, pkg, "README.md");
    if (!existsSync(file)) return [{ pkg, problem: "no README.md" }];
    return NEVER_IMPORT_HEADING.test(readFileSync(file, "utf8")) ? [] : [{ pkg, problem: 'no "never import" section' }];
  });
}

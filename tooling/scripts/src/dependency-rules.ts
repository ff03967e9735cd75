import { readFileSync } from "node:fs";
import { join } from "node:path";
import { workspacePackages } from "./readmes";

/**
 * The layering every README states under "Must never import", as data: which workspace packages a
 * package may not depend on at run time (`dependencies`). Tests and tools may use more
 * (`devDependencies`), except where `includeDev` says the rule holds for them too.
 */
export interface DependencyRule {
  /** A package folder ("packages/cli") or a group ("indicator-packs/*"). */
  packages: string;
  forbidden: readonly (string | RegExp)[];
  includeDev?: boolean;
  why: string;
}

const SERVER_STACK = ["@dti/api-router", "@dti/db", "@dti/api", "fastify", "kysely", "pg", "@electric-sql/pglite"];

export const DEPENDENCY_RULES: readonly DependencyRule[] = [
  {
    packages: "indicator-packs/*",
    forbidden: [/^@dti\/(?!pack-sdk$|contracts$)/, "react", "fastify", "kysely", "pg"],
    why: "a pack is data described with pack-sdk and contracts: no engine, database, server or UI",
  },
  {
    packages: "packages/conventions",
    forbidden: [/./],
    why: "the rules of the trade are pure and dependency-free, usable everywhere including the browser",
  },
  { packages: "packages/contracts", forbidden: [/^@dti\//], why: "the shared contracts depend on nothing of ours" },
  { packages: "packages/units", forbidden: [/^@dti\/(?!conventions$)/], why: "provinces over time are pure data" },
  {
    packages: "packages/pack-sdk",
    forbidden: [/^@dti\/(?!contracts$|conventions$)/],
    why: "how a pack is written cannot depend on how it is run",
  },
  { packages: "packages/engine", forbidden: [...SERVER_STACK, "@dti/cli", "@dti/spreadsheets"], why: "the engine is pure" },
  { packages: "packages/cli", forbidden: SERVER_STACK, why: "the dti command scores files: it does not need the server stack" },
  { packages: "packages/spreadsheets", forbidden: SERVER_STACK, why: "workbooks are built and read without a database or server" },
  {
    packages: "packages/db",
    forbidden: ["@dti/api-router", "@dti/api", "@dti/engine", "fastify"],
    why: "the database layer knows no HTTP and no scoring",
  },
  {
    packages: "packages/api-router",
    forbidden: ["@dti/api", "fastify", "kysely", "pg"],
    why: "routers reach data through @dti/db's repositories, never SQL, and know no HTTP host",
  },
  {
    packages: "apps/web",
    forbidden: [...SERVER_STACK, "@dti/cli"],
    why: "the web app imports only `type AppRouter` (a dev dependency) from the router",
  },
];

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface DependencyProblem {
  pkg: string;
  dependency: string;
  why: string;
}

function applies(rule: DependencyRule, pkg: string): boolean {
  return rule.packages.endsWith("/*") ? pkg.startsWith(rule.packages.slice(0, -1)) : pkg === rule.packages;
}

/** Every run-time dependency (and dev dependency where the rule says so) that breaks a rule. */
export function dependencyProblems(
  root: string,
  packages: readonly string[] = workspacePackages(root),
  rules = DEPENDENCY_RULES,
): DependencyProblem[] {
  return packages.flatMap((pkg) => {
    const json = JSON.parse(readFileSync(join(root, pkg, "package.json"), "utf8")) as PackageJson;
    return rules
      .filter((rule) => applies(rule, pkg))
      .flatMap((rule) => {
        const names = Object.keys({ ...json.dependencies, ...(rule.includeDev ? json.devDependencies : {}) });
        return names
          .filter((name) => rule.forbidden.some((f) => (typeof f === "string" ? f === name : f.test(name))))
          .map((dependency) => ({ pkg, dependency, why: rule.why }));
      });
  });
}

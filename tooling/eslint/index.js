// Shared ESLint flat config for every package: recommended JS + TypeScript rules,
// plus the few rules that guard the project's own promises (no eval: pack content is data).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const config = tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
);

export default config;

const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

// Every Node built-in by its bare name ("fs", "fs/promises", "path", "crypto"…) and any "node:" import.
const NODE_PATHS = builtinModules
  .filter((name) => !name.startsWith("_"))
  .map((name) => ({ name, message: "Node modules are not available in the browser: keep this code pure." }));
const NODE_PATTERNS = [{ group: ["node:*"], message: "Node modules are not available in the browser: keep this code pure." }];

/**
 * Code that must run unchanged in the browser (the engine, @dti/conventions): no Node import outside
 * test files and a Node-only entry under src/node/.
 */
export const pureConfig = tseslint.config(...config, {
  files: ["src/**/*.ts", "src/**/*.tsx"],
  ignores: [...TESTS, "src/node/**"],
  rules: { "no-restricted-imports": ["error", { paths: NODE_PATHS, patterns: NODE_PATTERNS }] },
});

/**
 * Indicator packs are data: their sources import neither Node modules (a pack loads in the browser
 * and in a bundle) nor the engine (a pack is written against @dti/pack-sdk; the engine runs it).
 * Test files may use both.
 */
export const packConfig = tseslint.config(...config, {
  files: ["src/**/*.ts"],
  ignores: TESTS,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: NODE_PATHS,
        patterns: [
          ...NODE_PATTERNS,
          { group: ["@dti/engine", "@dti/engine/*"], message: "A pack is data written with @dti/pack-sdk: it does not import the engine." },
        ],
      },
    ],
  },
});

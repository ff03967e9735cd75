import config from "@dti/eslint-config";

// *.tmp.ts: scratch files (benchmarks, probes) are never part of the package.
export default [{ ignores: ["**/*.tmp.ts"] }, ...config];

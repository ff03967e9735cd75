import config from "@dti/eslint-config";

export default [
  ...config,
  {
    // Plain Node scripts (test-summary.mjs): Node's globals.
    files: ["**/*.mjs"],
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
  },
];

import { packConfig } from "@dti/eslint-config";

export default [
  ...packConfig,
  // The demo entry (`./demo`) is not pack data: it gives Node hosts (the CLI, the API) the path of the
  // demo file, which takes node:url.
  { files: ["src/demo.ts"], rules: { "no-restricted-imports": "off" } },
];

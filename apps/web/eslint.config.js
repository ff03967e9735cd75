import config from "@dti/eslint-config";

export default [
  ...config,
  { ignores: ["src/map/data/**"] },
  {
    // The web app may import only types from the server side: a runtime import would bundle the API.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // Their root entries hold zod schemas, and zod compiles with `Function`: the CSP refuses it.
          paths: ["@dti/pack-sdk", "@dti/contracts"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "the root entry holds zod schemas (refused by the CSP: no eval); use @dti/pack-sdk/model or @dti/contracts/enums",
          })),
          patterns: [
            {
              group: ["@dti/api-router", "@dti/db", "@dti/engine", "@dti/api"],
              allowTypeImports: true,
              message: "the web app imports only types from the server packages",
            },
          ],
        },
      ],
    },
  },
];

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

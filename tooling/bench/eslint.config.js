import config from "@dti/eslint-config";

// .prof/ holds scratch profiles and engine copies made while profiling (git-ignored).
export default [{ ignores: [".prof/**"] }, ...config];

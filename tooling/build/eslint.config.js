import config from "@dti/eslint-config";

export default config;

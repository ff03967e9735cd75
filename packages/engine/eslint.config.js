import { pureConfig } from "@dti/eslint-config";

export default pureConfig;

import { packConfig } from "@dti/eslint-config";

export default packConfig;

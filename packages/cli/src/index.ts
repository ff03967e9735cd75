export { main } from "./main";
export { processIo, CLI_PACKAGE_DIR, type CliIo } from "./io";
export { CLI_ERROR_CODES, CliError, type CliErrorCode, type CliIssue } from "./errors";
export type { Lang } from "./i18n/lang";
export { parseCsv, type CsvTable } from "./io/csv";
export { readNumber } from "./io/numbers";
export { textKey } from "@dti/conventions";

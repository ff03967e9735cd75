/** A problem found in a pack, with where it is. Validation returns all of them at once. */
export interface PackIssue {
  code: PackIssueCode;
  /** Path inside the pack, e.g. ["indicators", 12, "rule", "a"]. */
  path: (string | number)[];
  message: string;
}

export const PACK_ISSUE_CODES = {
  SCHEMA: "The pack does not match the pack schema (wrong type, missing field, bad format).",
  DUPLICATE_CODE: "Two indices, indicators, inputs, pillars or agencies share one code or id.",
  UNKNOWN_INDEX: "An indicator or pillar names an index the pack does not declare.",
  UNKNOWN_INPUT: "A rule or indicator names an input the pack does not declare.",
  UNUSED_INPUT: "An input is declared but no rule uses it.",
  UNLISTED_INPUT: "A rule uses an input the indicator does not list among its inputs.",
  UNKNOWN_AGENCY: "An indicator names a lead or cooperating agency the pack does not declare.",
  UNKNOWN_GENERAL_INFO: "An input links to a general-information item the pack does not declare.",
  POINTS_MISMATCH: "Max points do not add up (indicators to their index, sub-indicators to their parent, indices to the total).",
  WRONG_INPUT_UNIT: "A rule uses an input whose unit does not fit (e.g. a boolean rule on a count).",
  CHOICE_MISMATCH: "A choice rule's values differ from its input's options.",
  BANDS_ORDER: "Bands must be listed from the highest minimum to the lowest.",
  PARTS_FRACTION: "The parts of a rule are worth more than the whole indicator.",
  BAD_HIERARCHY: "A sub-indicator and its parent's sum_children rule disagree.",
  DUPLICATE_ADDRESS: "Two inputs of one indicator share an official address.",
  EXPRESSION: "An expression rule does not parse or uses an unknown variable.",
  ENGINE_INCOMPATIBLE: "The pack was written for engine versions this engine is not.",
  COVERAGE: "The pack claims a coverage its content cannot support (unknown points or rules in a pack that scores).",
  CROSSWALK: "A crosswalk names a code that does not exist in the pack it maps to or from.",
  SENSITIVITY: "A sensitivity alternative names an indicator or index the pack lacks, or one its kind cannot change.",
  PROVISIONAL: "An indicator is marked provisional (a warning, so doubts stay visible).",
} as const;
export type PackIssueCode = keyof typeof PACK_ISSUE_CODES;

export interface ValidationReport {
  errors: PackIssue[];
  warnings: PackIssue[];
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
}

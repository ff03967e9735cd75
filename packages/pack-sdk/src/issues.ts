import type { MessageParams, PackMessageKey } from "./pack-messages";

/** A problem found in a pack, with where it is. Validation returns all of them at once. */
export interface PackIssue {
  code: PackIssueCode;
  /** Path inside the pack, e.g. ["indicators", 12, "rule", "a"]. */
  path: (string | number)[];
  /**
   * The same path as a person reads it, items named by their code, id or mapping instead of their
   * position: `indicators[3.3].rule.b`, `inputs[households_total]`, `crosswalks[dti-province-2022].indicators[7.1]`.
   */
  where?: string;
  /** In English; `text` says it in another language (packIssueMessage). */
  message: string;
  /** The message's key in PACK_MESSAGES and its values. */
  text?: { key: PackMessageKey; params: MessageParams };
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
  CYCLE: "Indicators sum each other in a cycle through sum_children (an indicator would contain itself).",
  DUPLICATE_ADDRESS: "Two inputs of one indicator share an official address.",
  EXPRESSION: "An expression rule does not parse or uses an unknown variable.",
  ENGINE_INCOMPATIBLE: "The pack was written for engine versions this engine is not.",
  COVERAGE: "The pack claims a coverage its content cannot support (unknown points or rules in a pack that scores).",
  CROSSWALK:
    "A crosswalk names a code that does not exist in the pack it maps to or from, maps a code twice, or has a relation whose shape is wrong (a split maps one code to several).",
  CROSSWALK_CONTENT:
    'A crosswalk\'s relation contradicts the two packs\' content: "same" needs equal points, rule and inputs; "renamed" equal points and rule (at index level: equal points and the same indicators with equal rules and points).',
  CROSSWALK_POINTS:
    "A split or merge does not account for its points: the points before and after differ and the mapping's note does not say why.",
  CROSSWALK_UNCHECKED:
    "A crosswalk could not be checked against its content: the pack it maps from is not known to the validating host (a warning).",
  VERSION_PENDING:
    "The pack's content differs from its released version and a pending changeset bumps it (a warning: the version changes at pnpm version-packages).",
  VERSION_NOT_BUMPED:
    "The pack's content changed but its version did not: the version is recorded (pack-versions.json) with another content hash, or is below a released version.",
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

import type { Lang } from "./lang";
import { paramsIn, type Localized, type Message, type ParamsOf } from "./message";
import { FILE_ERRORS } from "./messages/file-errors";
import { DIFF_OUTPUT } from "./messages/diff-output";
import { PACK_OUTPUT } from "./messages/pack-output";
import { DATA_OUTPUT } from "./messages/data-output";
import { COMPARE_OUTPUT } from "./messages/compare-output";
import { SCORE_OUTPUT } from "./messages/score-output";
import { ISSUE_WORDS } from "./messages/issues";
import { USAGE_MESSAGES } from "./messages/usage";
import { COMMAND_ERRORS } from "./messages/command-errors";

/**
 * Every message of the CLI, in Vietnamese and English, keyed by what it says. Help texts are in
 * `help.ts`; problems of a pack are worded by @dti/pack-sdk's PACK_MESSAGES, problems of input data by
 * `input-issues.ts`, errors of the engine and of @dti/units by `engine-text.ts`. A test checks that
 * every key gives a non-empty text in both languages, Vietnamese with its diacritics.
 */
export const CATALOGUE_PARTS = {
  FILE_ERRORS,
  COMMAND_ERRORS,
  USAGE_MESSAGES,
  ISSUE_WORDS,
  SCORE_OUTPUT,
  COMPARE_OUTPUT,
  DATA_OUTPUT,
  PACK_OUTPUT,
  DIFF_OUTPUT,
} as const;

export const CATALOGUE = {
  ...FILE_ERRORS,
  ...COMMAND_ERRORS,
  ...USAGE_MESSAGES,
  ...ISSUE_WORDS,
  ...SCORE_OUTPUT,
  ...COMPARE_OUTPUT,
  ...DATA_OUTPUT,
  ...PACK_OUTPUT,
  ...DIFF_OUTPUT,
};
export type MessageKey = keyof typeof CATALOGUE;

/** A message in one language. */
export function say<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsOf<(typeof CATALOGUE)[K]>): string {
  const entry = CATALOGUE[key] as Message<unknown>;
  return entry[lang](paramsIn(params[0], lang));
}

/** A message in both languages, to be chosen when it is printed (errors are raised before that). */
export function both<K extends MessageKey>(key: K, ...params: ParamsOf<(typeof CATALOGUE)[K]>): Localized {
  return { vi: say("vi", key, ...params), en: say("en", key, ...params) };
}

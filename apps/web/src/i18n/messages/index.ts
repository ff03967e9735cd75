/**
 * Every text of the interface, one file per screen (common.ts for what every screen shares).
 * Vietnamese is the source (with diacritics, as officers write it); English must have every key
 * (each file's type says so, and this one for the whole). `{name}` marks a parameter. A key
 * starts with its screen ("entry.", "packs."), and lives in that screen's file.
 */
import * as common from "./common";
import * as signIn from "./sign-in";
import * as errors from "./errors";
import * as assessments from "./assessments";
import * as scorecard from "./scorecard";
import * as entry from "./entry";
import * as plan from "./plan";
import * as review from "./review";
import * as account from "./account";
import * as rankings from "./rankings";
import * as admin from "./admin";
import * as packs from "./packs";
import * as workflow from "./workflow";

/** The catalogues in the order they are combined (a test checks that no key is in two of them). */
export const MESSAGE_PARTS = {
  common,
  signIn,
  errors,
  assessments,
  scorecard,
  entry,
  plan,
  review,
  account,
  rankings,
  admin,
  packs,
  workflow,
};

const vi = {
  ...common.vi,
  ...signIn.vi,
  ...errors.vi,
  ...assessments.vi,
  ...scorecard.vi,
  ...entry.vi,
  ...plan.vi,
  ...review.vi,
  ...account.vi,
  ...rankings.vi,
  ...admin.vi,
  ...packs.vi,
  ...workflow.vi,
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  ...common.en,
  ...signIn.en,
  ...errors.en,
  ...assessments.en,
  ...scorecard.en,
  ...entry.en,
  ...plan.en,
  ...review.en,
  ...account.en,
  ...rankings.en,
  ...admin.en,
  ...packs.en,
  ...workflow.en,
};

export const MESSAGES: Record<"vi" | "en", Record<MessageKey, string>> = { vi, en };

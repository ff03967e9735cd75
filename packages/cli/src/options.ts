import { InvalidArgumentError } from "commander";
import { say } from "./i18n/catalogue";
import { isLang, type Lang } from "./i18n/lang";

/** Today's date in Vietnam (UTC+7), where administrative changes take effect. */
export { todayInVietnam } from "@dti/conventions";

/** --from, --to of dti compare: "<pack>:<year>", the pack an id, directory, bundle or variant file. */
export interface PackAtYear {
  pack: string;
  year: number;
}

/**
 * The parsers of option values, their reasons worded in the language of the run (commander puts the
 * reason after "option '--period <year>' argument 'x' is invalid", said again by i18n/commander.ts).
 */
export function optionParsers(lang: Lang) {
  const refuse = (reason: string): never => {
    throw new InvalidArgumentError(reason);
  };
  return {
    /** --period: a year such as 2022. */
    period(value: string): number {
      const period = Number(value);
      if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(period)) refuse(say(lang, "option.year", { value }));
      return period;
    },
    /** --top, --runs: a positive whole number. */
    count(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) refuse(say(lang, "option.count", { value }));
      return n;
    },
    /** --at, --to: an ISO calendar date such as 2025-07-01. */
    date(value: string): string {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
      const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
      if (!m || !day || day.toISOString().slice(0, 10) !== m[0]) refuse(say(lang, "option.date", { value }));
      return m![0];
    },
    /** --from, --to of dti compare. */
    packAtYear(value: string): PackAtYear {
      const at = value.lastIndexOf(":");
      const year = at > 0 ? value.slice(at + 1) : "";
      if (!/^\d{4}$/.test(year)) refuse(say(lang, "option.packAtYear", { value }));
      return { pack: value.slice(0, at), year: Number(year) };
    },
    /** --lang: vi or en. */
    lang(value: string): Lang {
      if (!isLang(value)) refuse(say(lang, "option.lang", { value }));
      return value as Lang;
    },
    /** --seed: a whole number from 0 to 2³² − 1. */
    seed(value: string): number {
      const n = Number(value);
      if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) refuse(say(lang, "option.seed", { value }));
      return n;
    },
    /** --crosswalk-draft [format]: json or ts. */
    draftFormat(value: string): "json" | "ts" {
      if (value !== "json" && value !== "ts") refuse(say(lang, "option.draftFormat", { value }));
      return value as "json" | "ts";
    },
  };
}

export type OptionParsers = ReturnType<typeof optionParsers>;

import { Help, type Command, type HelpConfiguration, type Option } from "commander";
import { say } from "./catalogue";
import type { Lang } from "./lang";

/**
 * commander words its own errors and help in English. These say them in the language of the run:
 * errors are read back from commander's message by their code (commander.unknownOption…), the only
 * place the flag or value at fault is given; a message this does not recognise is kept as it is,
 * after a Vietnamese lead. The option parsers of `options.ts` already word their reasons in the
 * language of the run.
 */

/** "\n(Did you mean --pack?)" or "\n(Did you mean one of a, b?)" → in the language of the run. */
function suggestion(text: string | undefined, lang: Lang): string {
  if (!text) return "";
  const many = /^one of (.+)$/.exec(text);
  const said = many ? (lang === "vi" ? `một trong ${many[1]}` : `one of ${many[1]}`) : text;
  return say(lang, "usage.didYouMean", { suggestion: said });
}

/** commander's "Allowed choices are a, b." (or a parser's own reason) in the language of the run. */
function reasonText(reason: string, lang: Lang): string {
  const choices = /^Allowed choices are (.+)\.$/.exec(reason.trim());
  return choices ? say(lang, "usage.choices", { choices: choices[1]! }) : reason.trim();
}

export function usageMessage(code: string, rawMessage: string, lang: Lang): string {
  const text = rawMessage.replace(/^error:\s*/, "");
  let m: RegExpExecArray | null;
  switch (code) {
    case "commander.unknownOption":
      if ((m = /^unknown option '([^']*)'(?:\s*\(Did you mean (.+)\?\))?$/s.exec(text)))
        return say(lang, "usage.unknownOption", { flag: m[1]! }) + suggestion(m[2], lang);
      break;
    case "commander.unknownCommand":
      if ((m = /^unknown command '([^']*)'(?:\s*\(Did you mean (.+)\?\))?$/s.exec(text)))
        return say(lang, "usage.unknownCommand", { name: m[1]! }) + suggestion(m[2], lang);
      break;
    case "commander.missingArgument":
      if ((m = /^missing required argument '([^']*)'$/.exec(text))) return say(lang, "usage.missingArgument", { name: m[1]! });
      break;
    case "commander.optionMissingArgument":
      if ((m = /^option '([^']*)' argument missing$/.exec(text))) return say(lang, "usage.optionMissingArgument", { flags: m[1]! });
      break;
    case "commander.missingMandatoryOptionValue":
      if ((m = /^required option '([^']*)' not specified$/.exec(text))) return say(lang, "usage.missingMandatoryOption", { flags: m[1]! });
      break;
    case "commander.excessArguments":
      if ((m = /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text)))
        return say(lang, "usage.excessArguments", { command: m[1] ?? "", expected: Number(m[2]), got: Number(m[3]) });
      break;
    case "commander.invalidArgument":
      if ((m = /^option '([^']*)' argument '(.*?)' is invalid\.\s*(.*)$/s.exec(text)))
        return say(lang, "usage.invalidOptionValue", { flags: m[1]!, value: m[2]!, reason: reasonText(m[3]!, lang) });
      if ((m = /^command-argument value '(.*?)' is invalid for argument '([^']*)'\.\s*(.*)$/s.exec(text)))
        return say(lang, "usage.invalidArgumentValue", { name: m[2]!, value: m[1]!, reason: reasonText(m[3]!, lang) });
      break;
  }
  return say(lang, "usage.other", { detail: text });
}

const TITLES: Record<Lang, Record<string, string>> = {
  vi: {
    "Usage:": "Cách dùng:",
    "Arguments:": "Đối số:",
    "Options:": "Tùy chọn:",
    "Global Options:": "Tùy chọn chung:",
    "Commands:": "Lệnh:",
  },
  en: {},
};

/** "[options]" and "[command]" in a usage line, in the language of the run. */
function usageWords(usage: string, lang: Lang): string {
  return lang === "vi" ? usage.replace("[options]", "[tùy chọn]").replace("[command]", "[lệnh]") : usage;
}

/** The help of every command in the language of the run: titles, usage lines, the choices and defaults of options. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const words = lang === "vi" ? { choices: "chọn một trong", default: "mặc định" } : { choices: "choices", default: "default" };
  return {
    commandUsage(this: Help, cmd: Command) {
      return usageWords(Help.prototype.commandUsage.call(this, cmd), lang);
    },
    subcommandTerm(this: Help, cmd: Command) {
      return usageWords(Help.prototype.subcommandTerm.call(this, cmd), lang);
    },
    showGlobalOptions: true,
    styleTitle: (title: string) => TITLES[lang][title] ?? title,
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${words.choices}: ${option.argChoices.join(", ")}`);
      if (option.defaultValue !== undefined && (option.required || option.optional))
        extra.push(`${words.default}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
      return extra.length > 0 ? `${option.description} (${extra.join("; ")})` : option.description;
    },
  };
}
